/**
 * Issue 4's "done means", in real Chromium and Firefox ESR with the built extension: every reader
 * control changes the computed style at once and survives a page reload (the reader re-opened),
 * settings are kept per script, the keys work, read aloud never fakes a voice, printing hides the
 * toolbar and the page, and opt-in detection badges an Urdu article.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSER_KINDS,
  clickInShadow,
  inShadow,
  pressKey,
  screenshot,
  setUiLang as setUiLangIn,
  waitForOverlay,
  waitInShadow,
} from './harness';
import { MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';
import { ENGLISH_STORY, readerStyle, setControl, waitForStyle } from './reader-controls.helpers';

const mission = readAnnotation(MISSION_DIR);

describe.each(BROWSER_KINDS)('%s: reader controls', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    s.servePage(MISSION_DIR);
    s.route('/en/story', { contentType: 'text/html; charset=utf-8', body: ENGLISH_STORY });
  });
  const missionUrl = () => ctx.server.url(new URL(mission.url!).pathname);
  const setUiLang = (v: 'ur' | 'en' | 'auto') => setUiLangIn(ctx.browser, v);
  // These tests read the Urdu interface (toolbar on the right, Urdu reading time).
  beforeAll(() => setUiLang('ur'));
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });
  async function openReaderAt(url: string): Promise<Page> {
    const page = await ctx.browser.newPage(url);
    open.push(page);
    await page.setViewport({ width: 1000, height: 800 });
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    return page;
  }

  it('applies each control at once, keeps it after a reload, and keeps Urdu and English apart', async () => {
    const page = await openReaderAt(missionUrl());
    const before = await readerStyle(page);
    expect(before.fontFamily).toMatch(/^"?Noto Nastaliq Urdu/);
    expect(before.lineHeightRatio).toBeGreaterThanOrEqual(2);
    expect(before.imagesShown, 'the mission article shows an image to hide').toBeGreaterThan(0);
    expect(before.toolbarSide, 'the Urdu toolbar starts on the right').toBe('right');

    await clickInShadow(page, '[data-control="settings"]');
    await setControl(page, 'font', 'naskh');
    await waitForStyle(page, (s) => s.fontFamily.includes('Noto Naskh Arabic') && !s.fontFamily.includes('Nastaliq'));
    await setControl(page, 'fontSize', '28');
    await waitForStyle(page, (s) => s.fontSize === 28);
    await setControl(page, 'lineHeight', '2.6');
    await waitForStyle(page, (s) => Math.abs(s.lineHeightRatio - 2.6) < 0.05);
    await setControl(page, 'width', '560');
    await waitForStyle(page, (s) => s.maxWidth === 560);
    await setControl(page, 'align-justify');
    await waitForStyle(page, (s) => s.textAlign === 'justify');
    await setControl(page, 'images');
    await waitForStyle(page, (s) => s.imagesShown === 0);
    await setControl(page, 'theme-dark');
    await waitForStyle(page, (s) => s.background === 'rgb(23, 24, 26)');
    // The A+ button and the keys: one step (2px) each.
    await clickInShadow(page, '[data-control="size-up"]');
    await waitForStyle(page, (s) => s.fontSize === 30);
    await pressKey(page, 'Minus');
    await pressKey(page, 'Minus');
    await waitForStyle(page, (s) => s.fontSize === 26);
    await pressKey(page, 'KeyT'); // dark -> follow system (light in a headless browser)
    await waitForStyle(page, (s) => s.background === 'rgb(251, 250, 247)');
    await pressKey(page, 'KeyT'); // -> light
    await pressKey(page, 'KeyT'); // -> sepia
    await waitForStyle(page, (s) => s.background === 'rgb(244, 236, 216)');
    const changed = await readerStyle(page);

    await page.reload({ waitUntil: 'load' });
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    await waitForOverlay(page);
    const after = await waitForStyle(page, (s) => s.fontSize === 26);
    expect(after).toEqual(changed);

    // An English page has its own settings: still the Latin defaults, but the same theme (and here the English interface).
    await setUiLang('en');
    const en = await openReaderAt(ctx.server.url('/en/story'));
    const enStyle = await readerStyle(en);
    expect(enStyle.fontFamily).toMatch(/^"?Source Serif 4/);
    expect(enStyle.fontSize).toBe(20);
    expect(enStyle.maxWidth).toBe(720);
    expect(enStyle.textAlign).toBe('start');
    expect(enStyle.background).toBe('rgb(244, 236, 216)');
    expect(enStyle.toolbarSide, 'the English toolbar starts on the left').toBe('left');
    await setUiLang('ur');
  });

  it('applies options-page changes to an open reader at once (UI language, Urdu defaults)', async () => {
    const page = await openReaderAt(missionUrl());
    const opts = await ctx.browser.openExtensionPage('options.html');
    open.push(opts);
    try {
      await opts.waitForSelector('fieldset[data-script="ur"] [data-control="fontSize"]', { timeout: 10_000 });
      await opts.select('[data-control="ui-lang"]', 'en');
      await opts.evaluate(() => {
        const r = document.querySelector('fieldset[data-script="ur"] [data-control="fontSize"]') as HTMLInputElement;
        r.value = '32';
        r.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.bringToFront();
      await waitForStyle(page, (s) => s.fontSize === 32);
      await waitInShadow(page, { timeout: 5000 }, (root) => root.querySelector('.saaf-root')?.getAttribute('lang') === 'en');
      expect(await inShadow(page, (root) => root.querySelector('.saaf-close-label')?.textContent)).toBe('Close reader');
    } finally {
      await opts.select('[data-control="ui-lang"]', 'ur');
    }
  });

  it('starts keyboard focus on Close, then moves in toolbar order with a visible focus ring', async () => {
    const page = await openReaderAt(missionUrl());
    const focused = () =>
      inShadow(page, (root) => {
        const el = root.activeElement as HTMLElement | null;
        return { control: el?.dataset.control ?? el?.className ?? '', outline: el ? getComputedStyle(el).outlineStyle : '' };
      });
    expect((await focused()).control).toContain('saaf-close');
    await pressKey(page, 'Tab');
    const next = await focused();
    expect(next.control).toBe('settings');
    expect(next.outline).toBe('solid');
  });

  it('shows the reading time and a progress bar that follows scrolling', async () => {
    const page = await openReaderAt(missionUrl());
    const state = () =>
      inShadow(page, (root) => ({
        time: root.querySelector('[data-control="reading-time"]')?.textContent ?? '',
        progress: Number(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')),
      }));
    const top = await state();
    expect(top.time).toMatch(/^\d+ منٹ/);
    // On one line at every width that shows it (it wrapped to two at 1400 px, labels shown).
    for (const width of [900, 1400, 1100]) {
      await page.setViewport({ width, height: 900 });
      const lines = await waitInShadow(page, { timeout: 5000 }, (root) => {
        const el = root.querySelector('[data-control="reading-time"]');
        if (!el || getComputedStyle(el).display === 'none') return null;
        // Lines of its text (the span is a flex item, one box however many lines it holds).
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, `reading time at ${width} px`).toBe(1);
    }
    expect(top.progress).toBe(0);
    await inShadow(page, (root) => {
      const el = root.querySelector('.saaf-root') as HTMLElement;
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    });
    await waitInShadow(page, { timeout: 5000 }, (root) => {
      const v = Number(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'));
      return v > 40 && v < 60;
    });
  });

  it('says plainly when there is no voice, in the status line: the toolbar keeps its height, the message can be closed', async () => {
    const page = await openReaderAt(missionUrl());
    const voices = await page.evaluate(() => (globalThis.speechSynthesis?.getVoices() ?? []).map((v) => v.lang));
    const heights = () =>
      inShadow(page, (root) => ({
        bar: Math.round(root.querySelector('.saaf-bar')!.getBoundingClientRect().height),
        toolbar: Math.round(root.querySelector('.saaf-toolbar')!.getBoundingClientRect().height),
        // every button visible without scrolling the row sideways
        fits: root.querySelector('.saaf-toolbar')!.scrollWidth <= root.querySelector('.saaf-toolbar')!.clientWidth + 1,
      }));
    const before = await heights();
    expect(before.fits, 'at a window of the default width the whole toolbar fits on one row').toBe(true);
    await clickInShadow(page, '[data-control="listen"]');
    if (voices.some((l) => l.toLowerCase().startsWith('ur'))) return; // a real Urdu voice would read
    await waitInShadow(page, { timeout: 10_000 }, (root) => root.querySelector('.saaf-status')?.getAttribute('data-status') === 'error');
    const msg = await inShadow(page, (root) => {
      const status = root.querySelector('.saaf-status')!;
      const box = status.getBoundingClientRect();
      return {
        alert: status.querySelector('[role="alert"]')?.textContent ?? '',
        inToolbar: !!root.querySelector('[role="toolbar"] .saaf-status'),
        visible: box.height > 0 && getComputedStyle(status).visibility === 'visible',
      };
    });
    expect(msg.alert).toMatch(/اردو|Urdu/);
    expect(msg).toMatchObject({ inToolbar: false, visible: true });
    expect(await heights(), 'the message does not move or wrap the toolbar').toEqual(before);
    expect(await page.evaluate(() => globalThis.speechSynthesis?.speaking ?? false)).toBe(false);
    await screenshot(page, `${kind}-reader-status`);

    // The close button is a real button in the tab order, and takes the message away.
    await inShadow(page, (root) => (root.querySelector('.saaf-status .status-close') as HTMLElement).focus());
    await pressKey(page, 'Enter');
    await waitInShadow(page, { timeout: 5000 }, (root) => root.querySelector('.saaf-status')?.getAttribute('data-status') === 'none');
  });

  it.runIf(kind === 'chromium')('prints the article alone: no toolbar, page hidden, text not clipped to the viewport', async () => {
    const page = await openReaderAt(missionUrl());
    await page.emulateMediaType('print');
    try {
      const p = await waitInShadow(page, { timeout: 5000 }, (root) => {
        const host = root.host;
        const bar = root.querySelector('.saaf-bar') as HTMLElement;
        const scroller = root.querySelector('.saaf-root') as HTMLElement;
        const state = {
          bar: getComputedStyle(bar).display,
          host: getComputedStyle(host).position,
          body: getComputedStyle(document.body).display,
          overflow: getComputedStyle(scroller).overflowY,
        };
        return state.bar === 'none' && state.body === 'none' ? state : false;
      });
      expect(p).toEqual({ bar: 'none', host: 'static', body: 'none', overflow: 'visible' });
    } finally {
      await page.emulateMediaType('screen');
    }
    await page.waitForFunction(() => getComputedStyle(document.body).display !== 'none', { timeout: 5000 });
  });

  it('marks the toolbar button on an Urdu article only after the user opted in', async () => {
    const ext = await ctx.browser.messenger();
    type Ext = { storage: { local: { set(v: object): Promise<void> } }; action: { getBadgeText(d: object): Promise<string> } };
    const badge = async (page: Page) => {
      const tabId = await ctx.browser.tabIdFor(page.url());
      return ext.evaluate(
        (id) =>
          ((globalThis as unknown as { browser: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).action.getBadgeText({
            tabId: id,
          }),
        tabId,
      );
    };
    const setDetect = (on: boolean) =>
      ext.evaluate(
        (v) =>
          ((globalThis as unknown as { browser: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({
            'detect.enabled': v,
          }),
        on,
      );

    await setDetect(false);
    const off = await ctx.browser.newPage(missionUrl());
    open.push(off);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await badge(off)).toBe('');
    await off.close();

    await setDetect(true);
    try {
      const on = await ctx.browser.newPage(missionUrl());
      open.push(on);
      const end = Date.now() + 10_000;
      let text = '';
      while (Date.now() < end && (text = await badge(on)) !== '✓') await new Promise((r) => setTimeout(r, 200));
      expect(text).toBe('✓');
      const en = await ctx.browser.newPage(ctx.server.url('/en/story'));
      open.push(en);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await badge(en), 'an English article is not marked').toBe('');
    } finally {
      await setDetect(false);
    }
  });
});
