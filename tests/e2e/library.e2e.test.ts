/**
 * Issue 6 in real Chromium and Firefox ESR with the built e2e extension: save the mission page
 * with the reader's Save button and again by message (its photo served by the local server), stop the server, restart the browser on the same
 * profile, open the library, find the article by typing Arabic-keyboard letter forms (ك for ک,
 * ي for ی), open it and see its photo from a stored blob, with nothing left to fetch it from
 * (backup and import: backup.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, ExtensionBrowser, clickInShadow, startServer, waitForOverlay, waitInShadow } from './harness';
import { MISSION_DIR, readAnnotation, serveMission } from './cases';

const mission = readAnnotation(MISSION_DIR);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Ext = { storage: { local: { set(v: object): Promise<void> } } };
/** The mission page's lead photo (its og:image); a real PNG so the browser decodes it. */
const PHOTO_PATH = '/wp-content/uploads/2023/09/umar-saif-ambassador.jpg';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAGklEQVR42mNgYGD4z8DAwMDEwMDAxMDAAAAkGQIDkW5c0QAAAABJRU5ErkJggg==',
  'base64',
);

/** Polls `fn` in the page until it returns something truthy. */
async function until<T, A = undefined>(
  page: Page,
  what: string,
  fn: (arg: A) => T | undefined | null | false,
  arg?: A,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(fn as never, arg as never).catch(() => undefined)) as T | undefined;
    if (v) return v;
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
  it(
    'saves the mission page, survives a restart with the server gone, finds it with other letter forms, shows its photo from a blob',
    { timeout: 180_000 },
    async () => {
      const server = await startServer();
      const url = serveMission(server);
      server.route(PHOTO_PATH, { contentType: 'image/png', body: PNG });
      const b = await ExtensionBrowser.launch(kind);
      try {
        const page = await b.newPage(url);
        const tabId = await b.tabIdFor(url);
        // The reader's own Save button: the overlay asks the background to save its tab.
        await b.openReader(page);
        await waitForOverlay(page);
        await clickInShadow(page, '[data-control="save"]');
        // Ends on any outcome, so a failed save fails here with its state rather than as a timeout.
        const outcome = await waitInShadow(page, { timeout: 20_000 }, (root) => {
          const state = root.querySelector('[data-control="save"]')?.getAttribute('data-state');
          return state === 'saved' || state === 'failed' || state === 'no-answer' ? state : null;
        });
        expect(outcome).toBe('saved');
        expect(server.requests.filter((r) => r.path === PHOTO_PATH).length).toBeGreaterThanOrEqual(1);
        // Saving the same URL again (the save-article message, as the shortcut and menu do) updates the same row.
        const saved = await b.sendMessage<{ ok: boolean; id: number; created: boolean; images: number }>({ type: 'save-article', tabId });
        expect(saved).toMatchObject({ ok: true, created: false });
        expect(saved.images).toBeGreaterThanOrEqual(1);
        expect((await b.sendMessage<{ entries: unknown[] }>({ type: 'library-list' })).entries).toHaveLength(1);
        await page.close();

        await server.close();
        await b.restart();

        // The library in its Urdu UI (the setting the options page writes).
        await (
          await b.messenger()
        ).evaluate(() =>
          ((globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({
            'ui.lang': 'ur',
          }),
        );
        const lib = await b.openExtensionPage('library.html');
        await until(lib, 'the saved card', () => document.querySelectorAll('.lib-card').length === 1);
        expect(await lib.evaluate(() => document.querySelector('.lib-title')!.textContent)).toBe(mission.title);
        expect(
          await lib.evaluate(() => [
            document.documentElement.lang,
            document.documentElement.dir,
            document.querySelector('.lib h1')!.textContent,
          ]),
        ).toEqual(['ur', 'rtl', 'صاف لائبریری']);
        // evaluate, not a <script> tag: the extension page's CSP allows only its own scripts.
        await lib.evaluate(AXE_SOURCE);
        const violations = await lib.evaluate(async () => {
          type Rule = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
          const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Rule[] }> } }).axe;
          const res = await axe.run(document);
          return res.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
        });
        expect(violations).toEqual([]);

        // ك (Arabic kaf) and ي (Arabic yeh) where the page has ک and ی.
        for (const query of ['پاكستان', 'چين سے مدد']) {
          await search(lib, query);
          // Highlights show the page's own letters (ک, ی): fold them back to compare with what was typed.
          const marked = await until(
            lib,
            `highlights for ${query}`,
            (words: string[]) => {
              const seen = [...document.querySelectorAll('.lib-card mark')].map((x) =>
                (x.textContent ?? '').replace(/ک/g, 'ك').replace(/ی/g, 'ي'),
              );
              return words.every((w) => seen.includes(w)) ? seen : null;
            },
            query.split(' '),
          );
          expect(marked.length).toBeGreaterThan(0);
        }
        // A word the article does not contain finds nothing (the search is not just "show everything").
        await search(lib, 'زيرزمين');
        await until(
          lib,
          'the no-results message',
          () => document.querySelector('.lib-empty') && document.querySelectorAll('.lib-card').length === 0,
        );

        await search(lib, '');
        await until(lib, 'the list again', () => document.querySelectorAll('.lib-card').length === 1);
        await lib.evaluate(() => document.querySelector<HTMLAnchorElement>('.lib-title a')!.click());
        const images = await until(lib, 'the saved article with its photo', () => {
          const root = document.querySelector('.lib-reader-host')?.shadowRoot;
          const imgs = [...(root?.querySelectorAll<HTMLImageElement>('.saaf-article img') ?? [])];
          const title = root?.querySelector('.saaf-title')?.textContent;
          return title && imgs.length && imgs.every((i) => i.complete)
            ? { title, imgs: imgs.map((i) => ({ src: i.src, w: i.naturalWidth })) }
            : null;
        });
        expect(images.title).toBe(mission.title);
        for (const img of images.imgs) {
          expect(img.src).toMatch(/^blob:/);
          expect(img.w).toBe(4);
        }

        // Backup and import are streams over ports, driven through the page: backup.e2e.test.ts.
      } finally {
        await b.close();
        await server.close().catch(() => undefined);
      }
    },
  );
});
