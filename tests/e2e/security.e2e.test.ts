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
import { BROWSER_KINDS, HOST, REPO_ROOT, e2eExtensionDir, inShadow, navigate, waitForOverlay, watchDialogs } from './harness';
import { MISSION_DIR, hostileHeadPage, hostilePages } from './cases';
import { fontsDrawing } from './checks';
import { readerStyle } from './reader-controls.helpers';
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
/** The rule check's script, as utils/site-rules/site-rules-service.ts injects it (checked below against its source). */
const RULE_CHECK_FILE = '/rule-check.js';

describe.each(BROWSER_KINDS)('%s: hostile pages', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    pages.forEach((html, i) => s.route(`/hostile/${i}/`, { contentType: 'text/html; charset=utf-8', body: html }));
  });
  let firedOnLoad = 0;
  afterAll(() => {
    // The hooks must be live: some payloads do fire in the page itself, before the reader opens.
    expect(firedOnLoad, 'no payload fired in the page itself: the dialog hooks are not working').toBeGreaterThan(0);
  });

  it('the rule check this file injects is the one the options page injects', () => {
    expect(readFileSync(join(REPO_ROOT, 'utils/site-rules/site-rules-service.ts'), 'utf8')).toContain(`'${RULE_CHECK_FILE}'`);
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

// Issue 14 item 2: a page script pressed Translate all, Save and A+ in the open overlay and read
// the translations. `page.evaluate` runs in the page's main world, where the page's own scripts run.
describe.each(BROWSER_KINDS)('%s: the page cannot drive the reader', (kind) => {
  const SQUATS = {
    'its own <saaf-reader> custom element with a closed root': `customElements.define('saaf-reader', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'closed' }); } });
      document.documentElement.append(document.createElement('saaf-reader'));`,
    'a <saaf-reader> custom element with shadow roots disabled': `customElements.define('saaf-reader', class extends HTMLElement {
      static get disabledFeatures() { return ['shadow']; } });`,
    'a patched Element.prototype.attachShadow': `Element.prototype.attachShadow = function () { throw new Error('no shadow for Saaf'); };`,
    'a fake overlay host with a closed root': `const el = document.createElement('saaf-reader'); el.setAttribute('data-saaf-reader', '');
      el.attachShadow({ mode: 'closed' }); document.documentElement.append(el);`,
  };
  const mission = readFileSync(join(MISSION_DIR, 'source.html'), 'utf8');
  const ctx = useBrowser(kind, (s) => {
    s.servePage(MISSION_DIR);
    Object.values(SQUATS).forEach((script, i) =>
      s.route(`/squat/${i}/`, {
        contentType: 'text/html; charset=utf-8',
        body: mission.replace(/<head[^>]*>/i, (m) => `${m}<script>${script}</script>`),
      }),
    );
  });

  it('a page script finds no shadow root, and its clicks and keys press nothing', async () => {
    const { browser, server } = ctx;
    const page = await browser.newPage(server.servePage(MISSION_DIR));
    try {
      expect(await browser.openReader(page)).toEqual({ ok: true });
      expect(await waitForOverlay(page)).toBe('article');
      const before = await readerStyle(page);
      const theme = await inShadow(page, (root) => root.querySelector('.saaf-root')?.getAttribute('data-theme'));
      const saveState = await inShadow(page, (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state'));
      expect(saveState).toBeTruthy();

      const seen = await page.evaluate((host) => {
        const el = document.querySelector(host);
        if (!el) return { host: false, root: 'no host', read: '' };
        const root = el.shadowRoot;
        // Everything a script can try without the root: buttons through the (missing) root, the
        // reader's keys and Escape as synthetic events on window, document and the host, clicks on the host.
        for (const c of ['translate-all', 'save', 'size-up', 'settings'])
          root?.querySelector<HTMLElement>(`[data-control="${c}"]`)?.click();
        for (const target of [window, document, el])
          for (const key of ['+', '=', 't', 'Escape'])
            target.dispatchEvent(
              new KeyboardEvent('keydown', { key, code: key === 't' ? 'KeyT' : key === '+' ? 'Equal' : '', bubbles: true, composed: true }),
            );
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: innerWidth / 2, clientY: 20 }));
        (document.elementFromPoint(innerWidth / 2, 20) as HTMLElement | null)?.click();
        return { host: true, root: root === null ? 'null' : 'open', read: el.shadowRoot?.textContent ?? el.textContent ?? '' };
      }, HOST);
      expect(seen).toEqual({ host: true, root: 'null', read: '' });
      await settle(1000);

      // Nothing happened: the reader is open, same size and theme, no translation, nothing saved.
      expect(await page.evaluate((host) => !!document.querySelector(host), HOST)).toBe(true);
      expect((await readerStyle(page)).fontSize).toBe(before.fontSize);
      expect(await inShadow(page, (root) => root.querySelector('.saaf-root')?.getAttribute('data-theme'))).toBe(theme);
      expect(
        await inShadow(page, (root) => root.querySelectorAll('.saaf-tr:not([data-state="idle"]), .saaf-tr-out, .saaf-tr-error').length),
      ).toBe(0);
      expect(await inShadow(page, (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state'))).toBe(saveState);
      expect((await browser.sendMessage<{ entries: unknown[] }>({ type: 'library-list' })).entries).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // WXT's content-script wrapper posted `wxt:content-script-started` to the page at every injection:
  // any page could tell that Saaf was there. Both steps are unlisted scripts now, without it.
  it('opening, closing and opening the reader again posts nothing to the page', async () => {
    const { browser, server } = ctx;
    const page = await browser.newPage(server.servePage(MISSION_DIR));
    try {
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { saafSeen: string[] }).saafSeen = seen;
        window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data) ?? String(e.data)), true);
      });
      for (const expected of ['article', null, 'article']) {
        expect(await browser.openReader(page)).toEqual({ ok: true });
        if (expected) expect(await waitForOverlay(page)).toBe(expected);
        else await page.waitForFunction((host) => !document.querySelector(host), {}, HOST);
      }
      await settle(300);
      expect(await page.evaluate(() => (window as unknown as { saafSeen: string[] }).saafSeen)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Saving without the reader and the options page's rule check inject their own scripts; unlisted
  // too, so they post nothing either (both did while they were WXT content scripts).
  it('saving without the reader and checking site rules on the tab post nothing to the page', async () => {
    const { browser, server } = ctx;
    const url = server.servePage(MISSION_DIR);
    const page = await browser.newPage(url);
    try {
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { saafSeen: string[] }).saafSeen = seen;
        window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data) ?? String(e.data)), true);
      });
      const tabId = await browser.tabIdFor(url);
      // Save as the shortcut and the menu do: the background injects the save script.
      const saved = await browser.sendMessage<{ ok: boolean; id: number }>({ type: 'save-article', tabId });
      expect(saved).toMatchObject({ ok: true });
      // "Test on the open tab": the rules left in the slot, then the check script (site-rules-service.ts's two steps).
      const checked = await (
        await browser.messenger()
      ).evaluate(
        async (id, file) => {
          type Scripting = {
            scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
          };
          const g = globalThis as unknown as { browser?: Scripting; chrome: Scripting };
          const ext = g.browser ?? g.chrome;
          const rule = {
            id: 'r1',
            host: '127.0.0.1',
            name: 'x',
            kind: 'selector',
            selector: 'footer',
            example: 'x',
            created: '2026-01-01T00:00:00.000Z',
            fired: 0,
            enabled: true,
          };
          await ext.scripting.executeScript({
            target: { tabId: id },
            func: (rules: unknown) => {
              const w = globalThis as unknown as Record<string, { ruleCheck?: unknown } | undefined>;
              (w['__saafReaderSlot'] ??= {}).ruleCheck = rules;
            },
            args: [[rule]],
          });
          const [res] = await ext.scripting.executeScript({ target: { tabId: id }, files: [file] });
          return res?.result;
        },
        tabId,
        RULE_CHECK_FILE,
      );
      expect(checked).toMatchObject({ ok: true, article: true, checks: [{ id: 'r1' }] });
      await settle(300);
      expect(await page.evaluate(() => (window as unknown as { saafSeen: string[] }).saafSeen)).toEqual([]);
      await browser.sendMessage({ type: 'library-delete', id: saved.id });
    } finally {
      await page.close();
    }
  });

  it.each(Object.keys(SQUATS).map((name, i) => [i, name] as const))('page %i, %s: the reader still opens', async (i) => {
    const { browser, server } = ctx;
    const page = await browser.newPage(server.url(`/squat/${i}/`));
    try {
      expect(await browser.openReader(page)).toEqual({ ok: true });
      expect(await waitForOverlay(page)).toBe('article');
      expect(await inShadow(page, (root) => root.querySelector<HTMLElement>('.saaf-title')?.innerText ?? '')).not.toBe('');
    } finally {
      await page.close();
    }
  });
});
