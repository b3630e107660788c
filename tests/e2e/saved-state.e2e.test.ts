/**
 * Issue 10 items 9 and 10 in real Chromium and Firefox ESR with the built e2e extension: what the
 * reader did before Save is kept in the saved copy. The mission page's English tweet translated
 * (by the LibreTranslate stub the translate e2e uses) and then saved shows its translation beside
 * the original in the library's saved view and in the HTML export.
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { exportHtml } from '@/utils/export/html';
import { exportInputOf } from '@/utils/export/input';
import type { ArticleWire } from '@/utils/library/types';
import { startTranslateStub, type TranslateStub } from '../stubs/translate-servers';
import { BROWSER_KINDS, clickInShadow, inShadow, waitForOverlay, waitInShadow } from './harness';
import { MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';

const mission = readAnnotation(MISSION_DIR);
const TWEET_START = mission.embeds!.find((e) => e.kind === 'tweet')!.textStartsWith!;
type Ext = { storage: { local: { set(v: object): Promise<void> } } };

/** Polls `fn` in the page until it returns something truthy. */
async function until<T, A = undefined>(page: Page, what: string, fn: (arg: A) => T | undefined | null | false, arg?: A): Promise<T> {
  const end = Date.now() + 20_000;
  for (;;) {
    const v = (await page.evaluate(fn as never, arg as never).catch(() => undefined)) as T | undefined;
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe.each(BROWSER_KINDS)('%s: the saved copy keeps what the reader did', (kind) => {
  let stub: TranslateStub;
  beforeAll(async () => {
    stub = await startTranslateStub('libretranslate');
  });
  const ctx = useBrowser(kind, (s) => void s.servePage(MISSION_DIR));
  afterAll(async () => {
    await stub?.close();
  });

  it(
    'a tweet translated before saving shows its translation beside the original in the saved view and the HTML export',
    { timeout: 120_000 },
    async () => {
      const b = ctx.browser;
      await (
        await b.messenger()
      ).evaluate(
        (origin) =>
          ((globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({
            translation: { services: [{ id: 'libretranslate', enabled: true }], libretranslate: { url: origin, key: '' } },
          }),
        stub.origin,
      );
      const page = await b.newPage(ctx.server.url(new URL(mission.url!).pathname));
      expect(await b.openReader(page)).toEqual({ ok: true });
      expect(await waitForOverlay(page)).toBe('article');
      await clickInShadow(page, '.saaf-embed .saaf-tr-btn');
      await waitInShadow(
        page,
        { timeout: 40_000 },
        (root) => !!root.querySelector('.saaf-embed .saaf-tr-out, .saaf-embed .saaf-tr-error'),
      ).catch(async (err: unknown) => {
        const state = await inShadow(page, (root) => root.querySelector('.saaf-embed .saaf-tr')?.outerHTML.slice(0, 400));
        throw new Error(`no translation: ${state}; requests ${stub.requests.length}`, { cause: err });
      });
      expect(await inShadow(page, (root) => root.querySelector('.saaf-embed .saaf-tr-error')?.textContent ?? null)).toBeNull();
      const translated = await inShadow(page, (root) => root.querySelector('.saaf-embed .saaf-tr-out')!.textContent);
      expect(translated).toBe(stub.translationOf(stub.requests[0] ? JSON.parse(stub.requests[0].body).q : ''));

      await clickInShadow(page, '[data-control="save"]');
      await waitInShadow(
        page,
        { timeout: 30_000 },
        (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state') === 'saved',
      );
      await page.close();

      const list = await b.sendMessage<{ entries: { id: number; url: string }[] }>({ type: 'library-list' });
      const entry = list.entries.find((e) => e.url.endsWith(new URL(mission.url!).pathname))!;
      expect(entry).toBeDefined();

      // The saved view: the original tweet, and the translation under it, with no request to the service.
      const requests = stub.requests.length;
      const lib = await b.openExtensionPage(`library.html?id=${entry.id}`);
      const shown = await until(lib, 'the saved tweet with its translation', () => {
        const root = document.querySelector('.lib-reader-host')?.shadowRoot;
        const card = root?.querySelector('.saaf-embed');
        const out = card?.querySelector('.saaf-tr-out');
        return out
          ? {
              tweet: card!.querySelector('.saaf-embed-text')!.textContent,
              out: out.textContent,
              note: card!.querySelector('.saaf-tr-note')!.textContent,
            }
          : null;
      });
      expect(shown.tweet.startsWith(TWEET_START)).toBe(true);
      expect(shown.out).toBe(translated);
      expect(shown.note).toContain('LibreTranslate');
      expect(stub.requests.length).toBe(requests);
      await lib.close();

      // The HTML export of the stored article (the library page's own exporter, from the same record).
      const got = await b.sendMessage<{ article: ArticleWire }>({ type: 'library-get', id: entry.id });
      const win = new JSDOM('<!doctype html><body></body>').window as unknown as Window;
      const html = new JSDOM(exportHtml(exportInputOf(got.article), win)).window.document;
      const card = html.querySelector('blockquote.saaf-embed')!;
      expect(card.querySelector('p')!.textContent.startsWith(TWEET_START)).toBe(true);
      expect(card.querySelector('.saaf-translation p')!.textContent).toBe(translated);
    },
  );
});
