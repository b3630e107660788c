/**
 * Issue 14 #7 and #8 in real Chromium and Firefox ESR: a library bigger than Chrome's 64 MiB
 * message limit is imported, backed up and restored through the library page's own buttons and
 * file input, with the progress bar showing; a backup with a damaged photo is refused with its
 * message and changes nothing. The imported library is also searched from the page: a search
 * that finds more than a screenful shows its first 12 results, then all 50.
 *
 * The library is `SAAF_BACKUP_MIB` MiB of photos (default 65, just over the limit; run with 200 for
 * the issue's case), two photos of 256 KiB an article. Times are printed, not asserted.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, ExtensionBrowser, startServer } from './harness';

const MIB = Number(process.env.SAAF_BACKUP_MIB ?? 65);
const PHOTO = 256 * 1024;
const ARTICLES = Math.ceil((MIB * 2 ** 20) / (2 * PHOTO));
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

type Ext = { storage: { local: { set(v: object): Promise<void> } } };

/** A backup file of `n` articles with two photos each (a PNG signature, then noise), and the photos. */
function bigBackup(n: number): { file: Buffer; photos: Map<string, string> } {
  const photos = new Map<string, string>();
  const parts: Buffer[] = [Buffer.from('{"format":"saaf-library-backup","version":1,"exportedAt":"2026-12-01T00:00:00.000Z","articles":[')];
  for (let i = 0; i < n; i++) {
    const url = `https://news.example.pk/${i}`;
    const images = [0, 1].map((j) => {
      const data = Buffer.concat([PNG_HEAD, randomBytes(PHOTO - PNG_HEAD.length)]).toString('base64');
      const src = `https://cdn.example.pk/${i}/${j}.png`;
      photos.set(src, data);
      return { url: src, type: 'image/png', data };
    });
    const text = `خبر نمبر ${i}: پاکستان میں آج بارش ہوئی۔ `.repeat(40);
    const article = {
      url,
      title: `خبر ${i}`,
      byline: 'نامہ نگار',
      siteName: 'مثال نیوز',
      lang: 'ur',
      dir: 'rtl',
      publishedTime: '2026-11-30',
      excerpt: text.slice(0, 80),
      leadImage: images[0]!.url,
      contentHtml: `<p>${text}</p>${images.map((im) => `<img src="${im.url}" alt="تصویر">`).join('')}`,
      text,
      embeds: [],
      removed: [],
    };
    const wire = { url, article, translations: {}, tags: ['موسم'], savedAt: 1000 + i, updatedAt: 1000 + i, readAt: null, images };
    parts.push(Buffer.from(`${i ? ',' : ''}\n${JSON.stringify(wire)}`));
  }
  parts.push(Buffer.from('\n]}\n'));
  return { file: Buffer.concat(parts), photos };
}

/** Polls `fn` in the page until it returns something truthy. */
async function until<T, A = undefined>(
  page: Page,
  what: string,
  fn: (arg: A) => T | undefined | null | false,
  arg?: A,
  timeoutMs = 15_000,
) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(fn as never, arg as never).catch(() => undefined)) as T | undefined;
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Puts a file into the library page's Import input, as choosing it in the file dialog does: from
 * `url` (the test server), or the backup the page made last (`null`). Returns at once.
 */
async function chooseFile(lib: Page, url: string | null): Promise<void> {
  await lib.evaluate(async (u) => {
    const w = window as unknown as { saafBackup?: Blob };
    const blob = u ? await (await fetch(u)).blob() : w.saafBackup!;
    const dt = new DataTransfer();
    dt.items.add(new File([blob], 'backup.json', { type: 'application/json' }));
    const input = document.querySelector<HTMLInputElement>('.lib-tools input[type=file]')!;
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, url);
}

/** Waits for the toast saying `text`, noting every state of the progress bar seen meanwhile. */
async function toastAfterProgress(lib: Page, text: string, timeoutMs: number) {
  const bars = new Set<string>();
  const end = Date.now() + timeoutMs;
  for (;;) {
    const seen = await lib.evaluate(() => {
      const bar = document.querySelector<HTMLProgressElement>('.lib-progress progress');
      // The bar's accessible name is its <label>'s text; role progressbar is <progress>'s own.
      const name = bar?.closest('label')?.textContent?.trim();
      return {
        bar: bar ? `${name}|${bar.max}` : null,
        toast: document.querySelector('.lib-status .status-text')?.textContent ?? null,
        disabled: [...document.querySelectorAll<HTMLButtonElement>('.lib-tools button')].every((b) => b.disabled),
      };
    });
    if (seen.bar) {
      bars.add(seen.bar);
      expect(seen.disabled).toBe(true);
    }
    if (seen.toast === text) return [...bars];
    if (Date.now() > end) throw new Error(`timed out waiting for "${text}" (last toast: ${seen.toast})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BROWSER_KINDS)('%s: a library bigger than one message', (kind) => {
  it(
    `imports, backs up and restores ${MIB} MiB of photos with a progress bar; a damaged photo changes nothing`,
    { timeout: 600_000 + MIB * 6_000 },
    async () => {
      const { file, photos } = bigBackup(ARTICLES);
      const server = await startServer();
      server.route('/big.json', { contentType: 'application/json', body: file });
      const broken = JSON.parse(bigBackup(2).file.toString()) as { articles: { images: { data: string }[] }[] };
      broken.articles[1]!.images[0]!.data = `iVBORw0KGgo${'!'.repeat(9)}`;
      server.route('/broken.json', { contentType: 'application/json', body: JSON.stringify(broken) });
      const b = await ExtensionBrowser.launch(kind);
      const times: Record<string, number> = {};
      try {
        await (
          await b.messenger()
        ).evaluate(() =>
          ((globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({
            'ui.lang': 'en',
          }),
        );
        const lib = await b.openExtensionPage('library.html');
        await until(lib, 'the empty library', () => !!document.querySelector('.lib-empty'), undefined, 60_000);
        // Downloads are caught in the page: the Blob the page offers, and its file name.
        await lib.evaluate(() => {
          const w = window as unknown as { saafBackup?: Blob; saafDownload?: string };
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (blob: Blob | MediaSource) => {
            if (blob instanceof Blob) w.saafBackup = blob;
            return create(blob);
          };
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            w.saafDownload = this.download;
          };
          // The user declines the optional downloads permission (a headless browser's prompt never answers).
          type Perms = { permissions: { request: (p: unknown, cb?: (granted: boolean) => void) => Promise<boolean> } };
          const g = globalThis as unknown as { chrome?: Perms; browser?: Perms };
          (g.chrome?.permissions ? g.chrome : g.browser)!.permissions.request = (_p, cb) => {
            cb?.(false);
            return Promise.resolve(false);
          };
        });

        let t = Date.now();
        await chooseFile(lib, server.url('/big.json'));
        const importBars = await toastAfterProgress(lib, `Imported: ${ARTICLES} added, 0 updated, 0 skipped.`, 300_000 + MIB * 4_000);
        times.import = Date.now() - t;
        expect(importBars.some((s) => s.startsWith('Checking the backup file'))).toBe(true);
        expect(importBars.some((s) => new RegExp(`^Importing: \\d+ of ${ARTICLES} articles\\|${ARTICLES}$`).test(s))).toBe(true);
        const list = await b.sendMessage<{ entries: { id: number; url: string }[]; bytes: number }>({ type: 'library-list' });
        expect(list.entries).toHaveLength(ARTICLES);
        expect(list.bytes).toBeGreaterThan(MIB * 2 ** 20);

        // A search that finds more than a screenful (every article says بارش): the first answer
        // holds 12 results, and the page asks for the rest and shows 50 cards, each highlighted.
        const first = await b.sendMessage<{ results: unknown[]; more: boolean }>({
          type: 'library-search',
          query: 'بارش',
          filters: {},
          from: 0,
        });
        expect(first.results).toHaveLength(Math.min(ARTICLES, 12));
        expect(first.more).toBe(ARTICLES > 12);
        const typeSearch = (q: string) =>
          lib.evaluate((value) => {
            const input = document.querySelector<HTMLInputElement>('.lib-search input[type=search]')!;
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }, q);
        await typeSearch('بارش');
        await until(
          lib,
          'every search result (up to 50), highlighted',
          (n) => {
            const cards = [...document.querySelectorAll('.lib-card')];
            return cards.length === n && cards.every((c) => c.querySelector('.lib-snippet mark')?.textContent === 'بارش');
          },
          Math.min(ARTICLES, 50),
          30_000,
        );
        await typeSearch('');
        // The list again (its first page of 60 cards).
        await until(lib, 'the list again', (n) => document.querySelectorAll('.lib-card').length === n, Math.min(ARTICLES, 60), 30_000);

        t = Date.now();
        await lib.evaluate(() => document.querySelector<HTMLButtonElement>('.lib-tools button')!.click());
        const made = await until(
          lib,
          'the backup download',
          () => {
            const w = window as unknown as { saafBackup?: Blob; saafDownload?: string };
            if (w.saafDownload) return { name: w.saafDownload, size: w.saafBackup!.size };
            const error = document.querySelector('.lib-status .status-alert .status-text')?.textContent;
            return error ? { name: `error: ${error}`, size: 0 } : null;
          },
          undefined,
          300_000 + MIB * 4_000,
        );
        times.backup = Date.now() - t;
        expect(made.name).toMatch(/^saaf-library-\d{4}-\d\d-\d\d\.json$/);
        expect(made.size).toBeGreaterThan(64 * 2 ** 20);
        expect(made.size).toBeGreaterThan(file.length * 0.99);
        await lib.waitForFunction(() => !document.querySelector('.lib-progress'), { timeout: 10_000 });

        // Three articles deleted, then the backup restores them; the rest are already there.
        const gone = [list.entries[0]!, list.entries[Math.floor(ARTICLES / 2)]!, list.entries.at(-1)!];
        for (const e of gone) await b.sendMessage({ type: 'library-delete', id: e.id });
        expect((await b.sendMessage<{ entries: unknown[] }>({ type: 'library-list' })).entries).toHaveLength(ARTICLES - 3);
        t = Date.now();
        await chooseFile(lib, null);
        await toastAfterProgress(lib, `Imported: 0 added, 3 updated, ${ARTICLES - 3} skipped.`, 300_000 + MIB * 4_000);
        times.restore = Date.now() - t;
        expect((await b.sendMessage<{ entries: unknown[] }>({ type: 'library-list' })).entries).toHaveLength(ARTICLES);
        for (const e of gone) {
          const got = await b.sendMessage<{ article: { url: string; images: { url: string; data: string }[] } }>({
            type: 'library-get',
            id: e.id,
          });
          expect(got.article.url).toBe(e.url);
          expect(got.article.images).toHaveLength(2);
          for (const im of got.article.images) expect(im.data === photos.get(im.url)).toBe(true);
        }

        // Issue 14 #8: an invalid base64 photo refuses the whole file up front, with its message.
        await chooseFile(lib, server.url('/broken.json'));
        await toastAfterProgress(
          lib,
          'An image of article #2 in this backup is damaged (not a valid PNG, JPEG, GIF, WebP or AVIF), so the file was refused. Nothing was changed.',
          60_000,
        );
        expect((await b.sendMessage<{ entries: unknown[] }>({ type: 'library-list' })).entries).toHaveLength(ARTICLES);
        console.log(
          `${kind}: ${ARTICLES} articles, ${(file.length / 2 ** 20).toFixed(1)} MiB file: import ${times.import} ms, backup ${times.backup} ms, restore ${times.restore} ms`,
        );
      } finally {
        await b.close();
        await server.close();
      }
    },
  );
});
