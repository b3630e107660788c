/**
 * Issue 6 in real Chromium and Firefox ESR with the built e2e extension: save the mission page
 * (its photo served by the local server), stop the server, restart the browser on the same
 * profile, open the library, find the article by typing Arabic-keyboard letter forms (ك for ک,
 * ي for ی), open it and see its photo from a stored blob, with nothing left to fetch it from.
 */
import { createServer, type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, ExtensionBrowser, startServer } from './harness';
import { MISSION_DIR, readAnnotation } from './cases';

const mission = readAnnotation(MISSION_DIR);
/** The mission page's lead photo (a relative URL in the page); a real PNG so the browser decodes it. */
const PHOTO_PATH = '/wp-content/uploads/2023/09/umar-saif-ambassador.jpg';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAGklEQVR42mNgYGD4z8DAwMDEwMDAxMDAAAAkGQIDkW5c0QAAAABJRU5ErkJggg==', 'base64');

/**
 * The mission page names its photo with an absolute og:image on 127.0.0.1:8080 (the port in its
 * annotation), while the harness server takes a free port: serve the photo on 8080 as well.
 */
async function photoServer(): Promise<{ server: Server; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    if (req.url !== PHOTO_PATH) return void res.writeHead(404).end();
    hits++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(new Error(`port 8080 is needed for the mission page's og:image: ${String(err)}`)));
    server.listen(8080, '127.0.0.1', resolve);
  });
  return { server, hits: () => hits };
}

/** Polls `fn` in the page until it returns something truthy. */
async function until<T, A = undefined>(page: Page, what: string, fn: (arg: A) => T | undefined | null | false, arg?: A, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(fn as never, arg as never).catch(() => undefined)) as T | undefined;
    if (v) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Types a query the way an input event delivers it (Urdu through synthetic key events is unreliable in BiDi). */
async function search(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('.lib-search input[type=search]')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}

describe.each(BROWSER_KINDS)('%s: the offline library', (kind) => {
  it('saves the mission page, survives a restart with the server gone, finds it with other letter forms, shows its photo from a blob', { timeout: 180_000 }, async () => {
    const server = await startServer();
    const url = server.servePage(MISSION_DIR);
    server.route(PHOTO_PATH, { contentType: 'image/png', body: PNG });
    const photo = await photoServer();
    const b = await ExtensionBrowser.launch(kind);
    try {
      const page = await b.newPage(url);
      const tabId = await b.tabIdFor(url);
      const saved = await b.sendMessage<{ ok: boolean; id: number; created: boolean; images: number }>({ type: 'save-article', tabId });
      expect(saved).toMatchObject({ ok: true, created: true });
      expect(saved.images).toBeGreaterThanOrEqual(1);
      expect(photo.hits()).toBeGreaterThanOrEqual(1);
      // Saving the same URL again updates the same row.
      expect(await b.sendMessage({ type: 'save-article', tabId })).toMatchObject({ ok: true, created: false, id: saved.id });
      await page.close();

      await server.close();
      await new Promise((r) => photo.server.close(r));
      await b.restart();

      const lib = await b.openExtensionPage('library.html');
      await until(lib, 'the saved card', () => document.querySelectorAll('.lib-card').length === 1);
      expect(await lib.evaluate(() => document.querySelector('.lib-title')!.textContent)).toBe(mission.title);

      // ك (Arabic kaf) and ي (Arabic yeh) where the page has ک and ی.
      for (const query of ['پاكستان', 'چين سے مدد']) {
        await search(lib, query);
        // Highlights show the page's own letters (ک, ی): fold them back to compare with what was typed.
        const marked = await until(
          lib,
          `highlights for ${query}`,
          (words: string[]) => {
            const seen = [...document.querySelectorAll('.lib-card mark')].map((x) => (x.textContent ?? '').replace(/ک/g, 'ك').replace(/ی/g, 'ي'));
            return words.every((w) => seen.includes(w)) ? seen : null;
          },
          query.split(' '),
        );
        expect(marked.length).toBeGreaterThan(0);
      }
      // A word the article does not contain finds nothing (the search is not just "show everything").
      await search(lib, 'زيرزمين');
      await until(lib, 'the no-results message', () => document.querySelector('.lib-empty') && document.querySelectorAll('.lib-card').length === 0);

      await search(lib, '');
      await until(lib, 'the list again', () => document.querySelectorAll('.lib-card').length === 1);
      await lib.evaluate(() => document.querySelector<HTMLAnchorElement>('.lib-title a')!.click());
      const images = await until(lib, 'the saved article with its photo', () => {
        const root = document.querySelector('.lib-reader-host')?.shadowRoot;
        const imgs = [...(root?.querySelectorAll<HTMLImageElement>('.saaf-article img') ?? [])];
        const title = root?.querySelector('.saaf-title')?.textContent;
        return title && imgs.length && imgs.every((i) => i.complete) ? { title, imgs: imgs.map((i) => ({ src: i.src, w: i.naturalWidth })) } : null;
      });
      expect(images.title).toBe(mission.title);
      for (const img of images.imgs) {
        expect(img.src).toMatch(/^blob:/);
        expect(img.w).toBe(4);
      }
    } finally {
      await b.close();
      await server.close().catch(() => undefined);
      photo.server.closeAllConnections();
      photo.server.close();
    }
  });
});
