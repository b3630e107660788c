/**
 * Hostile page HTML in real browsers: the XSS vectors of tests/security (DOMPurify's fixtures and
 * Saaf's own body vectors) spliced into an Urdu article, and Saaf's metadata vectors each in the
 * head of its own page. Opening the reader must run nothing: alert/prompt/confirm/print/open are hooked
 * in the page's main world and must not fire after the reader opens, and the overlay must hold no
 * script, no frame, no event-handler attribute and no javascript: URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, e2eExtensionDir, inShadow, navigate, waitForOverlay, watchDialogs } from './harness';
import { MISSION_DIR, hostileHeadPage, hostilePages } from './cases';
import { fontsDrawing } from './checks';
import { useBrowser } from './setup';
import { dompurifyVectors, saafVectors } from '../security/vectors';
import { EXTENSION_PAGES_CSP } from '../../utils/csp';
import { BUNDLED_FONTS } from '../../utils/fonts';

// The project's own copies: a missing file throws here and fails the run (never a skip).
const vectors = [...dompurifyVectors(), ...saafVectors('body')];
const headVectors = [...saafVectors('head'), ...saafVectors('html-attrs')];
/** 28 vectors a page: nine pages hold all of them (see hostilePages for why not one page). */
const pages = [...hostilePages(vectors, 28), ...headVectors.map(hostileHeadPage)];
const names = [
  ...hostilePages(vectors, 28).map((_, i) => `body vectors ${i * 28 + 1}-${Math.min(vectors.length, i * 28 + 28)}`),
  ...headVectors.map((v) => `${v.id} (${v.title})`),
];
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BROWSER_KINDS)('%s: hostile pages', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    pages.forEach((html, i) => s.route(`/hostile/${i}/`, { contentType: 'text/html; charset=utf-8', body: html }));
  });
  let firedOnLoad = 0;
  afterAll(() => {
    // The hooks must be live: some payloads do fire in the page itself, before the reader opens.
    expect(firedOnLoad, 'no payload fired in the page itself: the dialog hooks are not working').toBeGreaterThan(0);
  });

  it('the built manifest gives extension pages the CSP of utils/csp.ts', () => {
    const manifest = JSON.parse(readFileSync(join(e2eExtensionDir(kind), 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
    };
    expect(manifest.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
  });

  it.each(pages.map((_, i) => [i, names[i]] as const))(
    `page %i, %s: opening the reader runs no payload and renders no active markup`,
    async (i) => {
      const { browser, server } = ctx;
      const page: Page = await browser.browser.newPage();
      try {
        const dialogs = await watchDialogs(page);
        await navigate(page, server.url(`/hostile/${i}/`));
        await settle(300); // payloads on timers and late error events fire in the page, not the reader
        firedOnLoad += (await dialogs.fired()).length;
        await dialogs.reset();

        await browser.openReader(page);
        expect(await waitForOverlay(page)).toBe('article');
        await settle(500);
        expect(await dialogs.fired(), 'hooked calls after the reader opened').toEqual([]);

        const active = await inShadow(page, (root) => {
          const urlAttr = /^(href|src|action|formaction|xlink:href|srcset|data|poster|background|ping)$/i;
          return [...root.querySelectorAll('*')]
            .filter(
              (e) =>
                /^(script|iframe|frame|object|embed|base|meta|link|form)$/i.test(e.localName) ||
                (e.localName === 'style' && e.parentNode !== root) ||
                [...e.attributes].some(
                  (a) => /^on/i.test(a.name) || (urlAttr.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)),
                ),
            )
            .map((e) => e.outerHTML.slice(0, 160));
        });
        expect(active, 'active markup in the overlay').toEqual([]);
        // The payloads went through extraction: the article's own first paragraph is shown.
        const shown = await inShadow(page, (root) => root.querySelector<HTMLElement>('.saaf-body')?.innerText ?? '');
        expect(shown).toContain('نئی عوامی لائبریری کا افتتاح');
      } finally {
        await page.close();
      }
    },
  );
});

// Issue 14 item 5: any site could fetch chrome-extension://<id>/fonts/... and so learn that Saaf is
// installed. The fonts are reachable through Chrome's per-session dynamic URL only (Firefox's
// moz-extension origin is random per installation already).
describe('chromium: the bundled fonts do not reveal the extension to pages', () => {
  const ctx = useBrowser('chromium');
  const nastaliq = BUNDLED_FONTS.find((f) => f.family === 'Noto Nastaliq Urdu')!;
  /** What a page script gets when it fetches `url`: the byte count, or why it failed. */
  const pageFetch = (page: Page, url: string) =>
    page.evaluate(async (u) => {
      try {
        const res = await fetch(u);
        return res.ok ? (await res.arrayBuffer()).byteLength : `HTTP ${res.status}`;
      } catch (err) {
        return String(err);
      }
    }, url);

  it('a page cannot fetch a font by its static URL, and the reader still draws Urdu in Nastaliq', async () => {
    const { browser, server } = ctx;
    const page = await browser.newPage(server.servePage(MISSION_DIR));
    try {
      const url = browser.extensionUrl(`fonts/${nastaliq.file}`);
      expect(await pageFetch(page, url), url).not.toEqual(expect.any(Number));
      expect(await browser.openReader(page)).toEqual({ ok: true });
      expect(await waitForOverlay(page)).toBe('article');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The reader registered its fonts in this page: the static URL still answers nothing.
      expect(await pageFetch(page, url), url).not.toEqual(expect.any(Number));
      expect((await fontsDrawing(page, '.saaf-body p')).map((f) => f.familyName)).toEqual([nastaliq.family]);
    } finally {
      await page.close();
    }
  });
});
