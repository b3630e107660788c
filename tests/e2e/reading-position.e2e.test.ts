/**
 * Issue 10 item 10 in real Chromium and Firefox ESR with the built e2e extension: a saved article
 * remembers where the reader stopped. Save the mission page, open the saved copy, scroll to the
 * middle with the mouse wheel, close it (the saved view writes the position when the page is
 * left): the library card shows the share read; open it again and it opens near the same place,
 * and stays there when the reader scrolls themselves.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, clickInShadow, inShadow, pressKey, waitForOverlay, waitInShadow } from './harness';
import { MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';

const mission = readAnnotation(MISSION_DIR);

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

/** The saved view's scroll position as a share of what can be scrolled (null until the article is shown). */
const shareScrolled = () => {
  const root = document.querySelector('.lib-reader-host')?.shadowRoot?.querySelector<HTMLElement>('.saaf-root');
  // The reader puts the body in a frame after the header: until then there is nothing to scroll.
  if (!root?.querySelector('.saaf-title') || !root.querySelector('.saaf-body')?.hasChildNodes()) return null;
  const max = root.scrollHeight - root.clientHeight;
  return { share: max > 0 ? root.scrollTop / max : 0, max };
};

async function wheelTo(page: Page, share: number): Promise<number> {
  const { width, height } = page.viewport() ?? { width: 1000, height: 700 };
  await page.mouse.move(width / 2, height / 2);
  for (let i = 0; i < 200; i++) {
    const now = (await page.evaluate(shareScrolled))!.share;
    if (now >= share) return now;
    await page.mouse.wheel({ deltaY: 120 });
    await new Promise((r) => setTimeout(r, 40));
  }
  throw new Error(`could not wheel to ${share}`);
}

describe.each(BROWSER_KINDS)('%s: reading position of a saved article', (kind) => {
  const ctx = useBrowser(kind, (s) => void s.servePage(MISSION_DIR));

  it('reopens where the reader stopped, and the library card shows how much was read', { timeout: 120_000 }, async () => {
    const b = ctx.browser;
    const page = await b.newPage(ctx.server.url(new URL(mission.url!).pathname));
    expect(await b.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    await clickInShadow(page, '[data-control="save"]');
    await waitInShadow(
      page,
      { timeout: 30_000 },
      (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state') === 'saved',
    );
    await page.close();
    const list = await b.sendMessage<{ entries: { id: number; readPosition: number }[] }>({ type: 'library-list' });
    expect(list.entries).toHaveLength(1);
    const { id } = list.entries[0]!;
    expect(list.entries[0]!.readPosition).toBe(0);

    // The saved copy opens at the top; the reader wheels to the middle.
    const lib = await b.openExtensionPage(`library.html?id=${id}`);
    const first = await until(lib, 'the saved article', shareScrolled);
    expect(first.share).toBe(0);
    expect(first.max, 'the article is long enough to scroll').toBeGreaterThan(1000);
    const stopped = await wheelTo(lib, 0.5);
    expect(stopped).toBeLessThan(0.7);

    // Close (the toolbar's close button goes back to the library): the card shows the share read.
    // A real click (the reader ignores a script's element.click()); the saved view's root is open.
    await (await lib.waitForSelector('pierce/.saaf-close'))!.click();
    const shown = await until(lib, 'the card with its progress', () => {
      const el = document.querySelector('.lib-card .lib-readpos');
      return el ? { words: el.textContent, percent: Number(el.getAttribute('data-progress')) } : null;
    });
    expect(Math.abs(shown.percent - stopped * 100)).toBeLessThanOrEqual(3);
    expect(shown.words).toMatch(new RegExp(`^(${shown.percent}% read|${shown.percent} فیصد پڑھ لیا)$`));
    expect(await lib.evaluate(() => document.querySelector<HTMLElement>('.lib-card .lib-readbar-fill')?.style.width)).toBe(
      `${shown.percent}%`,
    );

    // Open it again: it comes back near the same place, once fonts and images have settled too.
    await lib.evaluate(() => document.querySelector<HTMLAnchorElement>('.lib-title a')!.click());
    // Its first frame may come before the article's layout: its length is checked once settled.
    await until(lib, 'the article again', shareScrolled);
    for (let end = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 150))) {
      const s = await lib.evaluate(shareScrolled);
      if (s && Math.abs(s.share - stopped) < 0.03) break;
      if (Date.now() > end) throw new Error(`not restored: ${JSON.stringify(s)}, left at ${stopped}`);
    }
    await new Promise((r) => setTimeout(r, 1500));
    const settled = (await lib.evaluate(shareScrolled))!;
    expect(Math.abs(settled.share - stopped)).toBeLessThan(0.03);
    expect(settled.max).toBeGreaterThan(1000);

    // The reader scrolls up themselves: the view is not pulled back.
    await lib.mouse.wheel({ deltaY: -1200 });
    await new Promise((r) => setTimeout(r, 1500));
    const moved = (await lib.evaluate(shareScrolled))!;
    expect(moved.share).toBeLessThan(stopped - 0.05);
  });

  // After the test above: the mission page is saved.
  it('reading the saved page in the reader on the page itself moves its saved place too', { timeout: 120_000 }, async () => {
    const b = ctx.browser;
    const positions = async () =>
      (await b.sendMessage<{ entries: { id: number; readPosition: number }[] }>({ type: 'library-list' })).entries.map(
        (e) => e.readPosition,
      );
    const list = await b.sendMessage<{ entries: { id: number }[] }>({ type: 'library-list' });
    expect(list.entries).toHaveLength(1);
    await b.sendMessage({ type: 'library-set-position', id: list.entries[0]!.id, position: 0.3 });
    const before = 0.3;
    expect(await positions()).toEqual([before]);
    const page = await b.newPage(ctx.server.url(new URL(mission.url!).pathname));
    expect(await b.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    /** The overlay's scroll position as a share of what can be scrolled. */
    const share = () =>
      inShadow(page, (root) => {
        const el = root.querySelector<HTMLElement>('.saaf-root')!;
        return el.scrollTop / Math.max(1, el.scrollHeight - el.clientHeight);
      });
    // Opening it at the top tells nothing: the saved place stays until the reader scrolls.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await positions()).toEqual([before]);

    const { width, height } = page.viewport() ?? { width: 1000, height: 700 };
    await page.mouse.move(width / 2, height / 2);
    let now = 0;
    for (let i = 0; i < 300 && now < 0.85; i++) {
      await page.mouse.wheel({ deltaY: 120 });
      await new Promise((r) => setTimeout(r, 40));
      now = await share();
    }
    expect(now).toBeGreaterThanOrEqual(0.85);
    // Closing the reader tells the last place at once (no waiting for the 2 s interval).
    await pressKey(page, 'Escape');
    const end = Date.now() + 10_000;
    let saved = await positions();
    while (Math.abs(saved[0]! - now) > 0.03 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 150));
      saved = await positions();
    }
    expect(saved).toHaveLength(1);
    expect(Math.abs(saved[0]! - now)).toBeLessThanOrEqual(0.03);
    await page.close();
  });
});
