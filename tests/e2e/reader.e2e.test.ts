/**
 * The journey issue 2 is about, in real Chromium and Firefox ESR with the built extension: the
 * mission page opened in the reader through the `open-reader` message, its content, direction,
 * font and tweet card, then Esc / the close button / a second open putting the page back.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { checkFragments, normalizeForMatch } from '../../scripts/lib/match';
import {
  BROWSER_KINDS,
  HOST,
  clickInShadow,
  domSnapshot,
  firstDifference,
  inShadow,
  pressKey,
  screenshot,
  setUiLang,
  waitForOverlay,
  waitForOverlayGone,
} from './harness';
import { HOME_DIR, MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';
import { overlayText, typography, tweetLayout } from './checks';

const mission = readAnnotation(MISSION_DIR);
const tweet = mission.embeds?.find((e) => e.kind === 'tweet');

describe.each(BROWSER_KINDS)('%s: the reader on the mission page', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    s.servePage(MISSION_DIR);
    s.servePage(HOME_DIR, '/');
  });
  const missionUrl = () => ctx.server.url(new URL(mission.url!).pathname);

  // Every test's tab is closed after it, pass or fail, so the next one finds exactly one tab.
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });
  async function newMissionTab(): Promise<Page> {
    const page = await ctx.browser.newPage(missionUrl());
    open.push(page);
    return page;
  }

  /** A fresh tab on the mission page with the reader opened by the message. */
  async function openMission(): Promise<Page> {
    const page = await newMissionTab();
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    return page;
  }

  describe('opened', () => {
    let page: Page;
    // One reader for the checks of what it shows; it stays open across them.
    it('covers the page and shows the title, every mustInclude fragment and no mustExclude one', async () => {
      page = await openMission();
      open.length = 0;
      const view = await overlayText(page);
      expect(view.covers, 'the overlay is what shows at the middle of the viewport').toBe(true);
      expect(normalizeForMatch(view.title)).toBe(normalizeForMatch(mission.title!));
      expect(view.titleOnScreen).toBe(true);
      const { missing, leaked } = checkFragments(mission, view.title, view.text);
      expect(missing, 'mustInclude fragments not visible in the overlay').toEqual([]);
      expect(leaked, 'mustExclude fragments visible in the overlay').toEqual([]);
    });

    it('shows the published date: the shell reads it off the page, the reader UI parses it', async () => {
      // The page's JSON-LD and meta give a local timestamp (+05:00): the date the page prints.
      const when = await inShadow(page, (root) => root.querySelector('time.saaf-date')?.getAttribute('datetime') ?? null);
      expect(when).toBe('2023-09-28T10:15:00+05:00');
    });

    it('is Urdu, right to left, in the loaded Noto Nastaliq Urdu, with line-height at least 2x the font size', async () => {
      const t = await typography(page, 'Noto Nastaliq Urdu', 'پاکستان');
      expect({ lang: t.lang, dir: t.dir, direction: t.direction }).toEqual({ lang: 'ur', dir: 'rtl', direction: 'rtl' });
      expect(t.firstFamily).toBe('Noto Nastaliq Urdu');
      expect(t.fontLoaded, 'a Noto Nastaliq Urdu FontFace is loaded and document.fonts.check() passes').toBe(true);
      expect(t.lines.length).toBeGreaterThan(3);
      for (const l of t.lines) expect(l.lineHeight, `line-height of ${l.what}`).toBeGreaterThanOrEqual(2 * l.fontSize);
    });

    it('shows the English tweet as a card laid out left to right', async () => {
      expect(tweet?.textStartsWith).toBeTruthy();
      const card = await tweetLayout(page, tweet!.textStartsWith!);
      expect(card.cards).toBeGreaterThanOrEqual(1);
      expect(card.found, 'a tweet card holds the tweet text').toBe(true);
      expect(card.direction).toBe('ltr');
      expect(card.startsAtLeft, 'the tweet text starts at the left edge of its box').toBe(true);
    });

    it('takes a screenshot of the reader', async () => {
      const path = await screenshot(page, `reader-mission-${kind}`);
      expect(path).toMatch(/\.png$/);
      // And one with the tweet card in view, to look at the LTR card inside the RTL article.
      await inShadow(page, (root) => root.querySelector('.saaf-embed[data-kind="tweet"]')?.scrollIntoView({ block: 'center' }));
      await screenshot(page, `reader-mission-tweet-${kind}`);
    });

    afterAll(() => page?.close());
  });

  it('Esc removes the overlay and restores the page DOM and scroll position exactly', async () => {
    const page = await newMissionTab();
    await page.evaluate(() => window.scrollTo(0, 700));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(0);
    const before = await domSnapshot(page);
    await ctx.browser.openReader(page);
    await waitForOverlay(page);
    await pressKey(page, 'Escape');
    await waitForOverlayGone(page);
    const after = await domSnapshot(page);
    expect(after.hash, firstDifference(before, after)).toBe(before.hash);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
  });

  it('the close button closes the reader and restores the page', async () => {
    const page = await newMissionTab();
    const before = await domSnapshot(page);
    await ctx.browser.openReader(page);
    await waitForOverlay(page);
    await clickInShadow(page, '.saaf-close');
    await waitForOverlayGone(page);
    const after = await domSnapshot(page);
    expect(after.hash, firstDifference(before, after)).toBe(before.hash);
  });

  it('a second open-reader closes the reader, a third opens it again', async () => {
    const page = await openMission();
    await ctx.browser.openReader(page);
    await waitForOverlayGone(page);
    await ctx.browser.openReader(page);
    expect(await waitForOverlay(page)).toBe('article');
    expect(await inShadow(page, (root) => root.querySelectorAll('.saaf-article').length)).toBe(1);
    expect(await page.evaluate((host) => document.querySelectorAll(host).length, HOST)).toBe(1);
  });

  /**
   * Watches the tab from before the reader opens, in the extension's isolated world (the overlay's
   * root is closed to the page): at the first frame whose overlay has the title, how many
   * characters the story's body holds. Left on the page's root element for the test to read.
   */
  async function watchFirstFrame(tabId: number): Promise<void> {
    const messenger = await ctx.browser.messenger();
    await messenger.evaluate(
      async (id, host) => {
        type Ext = { scripting: { executeScript(o: object): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
        await (g.browser ?? g.chrome).scripting.executeScript({
          target: { tabId: id },
          args: [host],
          func: (h: string) => {
            type Dom = { dom?: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } };
            const api =
              (globalThis as unknown as { browser?: Dom; chrome?: Dom }).browser ?? (globalThis as unknown as { chrome?: Dom }).chrome;
            // Chromium: chrome.dom.openOrClosedShadowRoot(el); Firefox: the element's own openOrClosedShadowRoot property.
            const rootOf = (el: Element): ShadowRoot | null =>
              api?.dom?.openOrClosedShadowRoot(el) ??
              (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
              null;
            document.documentElement.removeAttribute('data-test-first-frame');
            const tick = () => {
              const el = document.querySelector(h);
              const root = el && rootOf(el);
              if (!root?.querySelector('.saaf-title')) return void requestAnimationFrame(tick);
              const chars = root.querySelector('.saaf-body')?.textContent?.trim().length ?? 0;
              document.documentElement.setAttribute('data-test-first-frame', String(chars));
            };
            requestAnimationFrame(tick);
          },
        });
      },
      tabId,
      HOST,
    );
  }

  it("the reader's first frame with the title already shows the story, on the first open and a later one", async () => {
    const page = await newMissionTab();
    const tabId = await ctx.browser.tabIdFor(missionUrl());
    for (const open of ['first', 'again']) {
      await watchFirstFrame(tabId);
      expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
      expect(await waitForOverlay(page)).toBe('article');
      const chars = await page.evaluate(async () => {
        for (let i = 0; i < 100 && !document.documentElement.hasAttribute('data-test-first-frame'); i++)
          await new Promise((r) => setTimeout(r, 50));
        return Number(document.documentElement.getAttribute('data-test-first-frame') ?? -1);
      });
      expect(chars, `${open} open: characters of the story in the frame that first shows the title`).toBeGreaterThan(500);
      await ctx.browser.openReader(page);
      await waitForOverlayGone(page);
    }
  });

  it('on a home page (no article) shows a clear message in Urdu, and Esc still closes it', async () => {
    await setUiLang(ctx.browser, 'ur'); // the Urdu interface (the browser's, English, is the default)
    const page = await ctx.browser.newPage(ctx.server.url('/'));
    open.push(page);
    try {
      await ctx.browser.openReader(page);
      expect(await waitForOverlay(page)).toBe('message');
      const msg = await inShadow(page, (root) => {
        const m = root.querySelector<HTMLElement>('.saaf-message');
        const text = m?.innerText.trim() ?? '';
        const letters = text.match(/\p{L}/gu) ?? [];
        return {
          role: m?.getAttribute('role'),
          lang: m?.closest('[lang]')?.getAttribute('lang') ?? '',
          direction: m ? getComputedStyle(m).direction : '',
          length: text.length,
          arabicScriptShare: letters.filter((c) => /\p{Script=Arabic}/u.test(c)).length / Math.max(1, letters.length),
          articles: root.querySelectorAll('.saaf-article').length,
        };
      });
      expect(msg).toMatchObject({ role: 'alert', direction: 'rtl', articles: 0 });
      expect(msg.lang).toMatch(/^ur\b/);
      expect(msg.length).toBeGreaterThan(10);
      expect(msg.arabicScriptShare).toBeGreaterThan(0.9);
      await pressKey(page, 'Escape');
      await waitForOverlayGone(page);
    } finally {
      await setUiLang(ctx.browser, 'auto');
    }
  });
});
