/**
 * Issue 13 in real Chromium and Firefox ESR with the built extension: remove mode in the reader
 * (pointer and keyboard), undo, Escape leaving the mode before it closes the reader. Pages: two
 * articles of one made-up template (tests/fixtures/site-rules/e2e), whose leftover box (a
 * "study circle" notice) the general rules keep.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSER_KINDS,
  REPO_ROOT,
  clickInShadow,
  inShadow,
  inShadowOf,
  overlayOpen,
  poll,
  pressKey,
  screenshot,
  setUiLang,
  waitForOverlay,
} from './harness';
import { useBrowser } from './setup';

const DIR = join(REPO_ROOT, 'tests/fixtures/site-rules/e2e');
const page = (name: string) => ({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(DIR, name), 'utf8') });
/** Words of the template's leftover box and of each story. */
const LEFTOVER = 'مطالعہ حلقہ';
const STORY_A = 'عوامی لائبریری';
/** Words of the template's notice, which a general rule (`disclaimers`) removes. */
const NOTICE = 'متفق ہونا ضروری نہیں';

describe.each(BROWSER_KINDS)('%s: fixing what the engine missed', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    s.route('/news/a', page('article-a.html'));
    s.route('/news/b', page('article-b.html'));
    s.route('/brief/a', page('brief-a.html'));
    s.route('/brief/b', page('brief-b.html'));
  });
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });
  async function openReaderAt(path: string, shows: 'article' | 'message' = 'article'): Promise<Page> {
    const p = await ctx.browser.newPage(ctx.server.url(path));
    open.push(p);
    await p.setViewport({ width: 1000, height: 800 });
    expect(await ctx.browser.openReader(p)).toEqual({ ok: true });
    expect(await waitForOverlay(p)).toBe(shows);
    return p;
  }
  const pickerOn = (p: Page) => p.evaluate(() => document.querySelector('saaf-picker') !== null);
  /** Waits until the picker is up and the reader gone (or the other way round). */
  const waitPicker = (p: Page, on: boolean) =>
    poll(on ? 'the picker' : 'the picker gone', async () =>
      (await pickerOn(p)) === on && (await overlayOpen(p)) !== on ? true : undefined,
    );
  /** The text of the blocks the reader shows (removed ones are hidden). */
  const shownText = (p: Page) =>
    inShadow(p, (root) =>
      [...root.querySelectorAll('.saaf-body *')]
        .filter((el) => !el.closest('[data-saaf-removed]') && el.children.length === 0)
        .map((el) => el.textContent)
        .join(' '),
    );
  /** Points the real mouse at the reader's block holding `words` and clicks it (remove mode is on). */
  async function removeBlockWith(p: Page, words: string): Promise<void> {
    const at = await inShadow(
      p,
      (root, w) => {
        const el = [...root.querySelectorAll('.saaf-body p')].find((e) => e.textContent?.includes(w))!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      words,
    );
    await p.mouse.move(at.x, at.y);
    await poll('the outline', () =>
      inShadow(p, (root, w) => root.querySelector('[data-saaf-target]')?.textContent?.includes(w) || undefined, words),
    );
    await p.mouse.click(at.x, at.y);
    await poll('the removal', async () => ((await shownText(p)).includes(words) ? undefined : true));
  }
  const rememberStep = (p: Page) =>
    poll('the remember bar', () =>
      inShadow(p, (root) => root.querySelector('[data-control="remember-bar"]')?.getAttribute('data-step') ?? undefined),
    );
  const pressed = (p: Page) => inShadow(p, (root) => root.querySelector('[data-control="remove-mode"]')?.getAttribute('aria-pressed'));

  it('removes the block under the pointer, undoes it, and Escape leaves the mode before closing', async () => {
    const p = await openReaderAt('/news/a');
    expect(await shownText(p)).toContain(LEFTOVER);
    await clickInShadow(p, '[data-control="remove-mode"]');
    expect(await pressed(p)).toBe('true');
    // Point at the leftover's text with the real mouse: its block is outlined, a click removes it.
    const at = await inShadow(
      p,
      (root, words) => {
        const el = [...root.querySelectorAll('.saaf-body p')].find((e) => e.textContent?.includes(words))!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      LEFTOVER,
    );
    await p.mouse.move(at.x, at.y);
    await poll('the outline', () =>
      inShadow(p, (root, words) => root.querySelector('[data-saaf-target]')?.textContent?.includes(words) || undefined, LEFTOVER),
    );
    await screenshot(p, `remove-mode-${kind}`); // the README shows this (docs/remove-mode.png)
    await p.mouse.click(at.x, at.y);
    await poll('the removal', async () => ((await shownText(p)).includes(LEFTOVER) ? undefined : true));
    expect(await shownText(p)).toContain(STORY_A);
    expect(await inShadow(p, (root) => root.querySelector('[data-control="announce"]')?.textContent)).toContain(LEFTOVER);

    await pressKey(p, 'Escape');
    await poll('the mode off', async () => ((await pressed(p)) === 'false' ? true : undefined));
    expect(await overlayOpen(p), 'the first Escape only leaves remove mode').toBe(true);

    await p.keyboard.down('Control');
    await p.keyboard.press('KeyZ');
    await p.keyboard.up('Control');
    await poll('the undo', async () => ((await shownText(p)).includes(LEFTOVER) ? true : undefined));

    await pressKey(p, 'Escape');
    await poll('the reader closed', async () => ((await overlayOpen(p)) ? undefined : true));
  });

  it('works from the keyboard: X, arrow keys, Enter, the Undo button', async () => {
    const p = await openReaderAt('/news/a');
    await pressKey(p, 'KeyX');
    expect(await pressed(p)).toBe('true');
    // Step down to the leftover and remove it with Enter.
    for (let i = 0; i < 12; i++) {
      await p.keyboard.press('ArrowDown');
      const current = await inShadow(p, (root) => root.querySelector('[data-saaf-target]')?.textContent ?? '');
      if (current.includes(LEFTOVER)) break;
    }
    await p.keyboard.press('Enter');
    await poll('the removal', async () => ((await shownText(p)).includes(LEFTOVER) ? undefined : true));
    await clickInShadow(p, '[data-control="undo"]');
    await poll('the undo', async () => ((await shownText(p)).includes(LEFTOVER) ? true : undefined));
  });

  it('lists what Saaf removed by rule, and "this was part of the story" puts a general rule\'s removal back at once', async () => {
    const p = await openReaderAt('/news/a');
    expect(await shownText(p)).not.toContain(NOTICE);
    await clickInShadow(p, '[data-control="removed"]');
    await screenshot(p, `removed-panel-${kind}`); // the README shows this (docs/removed-panel.png)
    const listed = await inShadow(p, (root) =>
      [...root.querySelectorAll('.saaf-removed-group')].map((g) => ({
        kind: g.getAttribute('data-kind'),
        rules: [...g.querySelectorAll('li')].map((li) => li.getAttribute('data-rule')),
        text: g.textContent ?? '',
      })),
    );
    const general = listed.find((g) => g.kind === 'general');
    expect(general?.rules).toContain('disclaimers');
    expect(general?.text).toContain(NOTICE);
    await clickInShadow(p, 'li[data-rule="disclaimers"] [data-control="restore"]');
    await poll('the notice back in the article', async () => ((await shownText(p)).includes(NOTICE) ? true : undefined));
    expect(await shownText(p)).toContain(STORY_A);
    const state = await poll("the panel's answer", () =>
      inShadow(p, (root) => root.querySelector('.saaf-removed-after')?.getAttribute('data-state') ?? undefined),
    );
    expect(state).toBe('missed');
  });

  // Last: the rule it saves stays in this browser's storage for the tests after it.
  it('remembers a removal for the site: the second article of the template opens without the block, named user:<id>', async () => {
    const p = await openReaderAt('/news/a');
    await clickInShadow(p, '[data-control="remove-mode"]');
    await removeBlockWith(p, LEFTOVER);
    expect(await rememberStep(p)).toBe('offer');
    await pressKey(p, 'Escape');
    await clickInShadow(p, '[data-control="remember"]');
    expect(await rememberStep(p)).toBe('check');
    const message = await inShadow(p, (root) => root.querySelector('.saaf-remember-msg')?.textContent ?? '');
    // Urdu UI: "on this page the rule applies to 1 block"; the site is named.
    expect(message).toMatch(/[1۱]/);
    expect(message).toContain('127.0.0.1');
    await screenshot(p, `remember-${kind}`);
    await clickInShadow(p, '[data-control="remember-save"]');
    expect(await poll('saved', async () => ((await rememberStep(p)) === 'saving' ? undefined : rememberStep(p)))).toBe('saved');

    const b = await openReaderAt('/news/b');
    expect(await shownText(b)).not.toContain(LEFTOVER);
    expect(await shownText(b)).toContain('کٹاؤ');
    await clickInShadow(b, '[data-control="removed"]');
    const mine = await inShadow(b, (root) =>
      [...root.querySelectorAll('.saaf-removed-group[data-kind="user"] li')].map((li) => [
        li.getAttribute('data-rule'),
        li.textContent ?? '',
      ]),
    );
    expect(mine.length).toBe(1);
    expect(mine[0]![0]).toMatch(/^user:[a-z0-9-]+$/);
    expect(mine[0]![1]).toContain(LEFTOVER);
    await screenshot(b, `remembered-${kind}`);
  });

  it('refuses to remember a rule that would also remove story text, and says why', async () => {
    await setUiLang(ctx.browser, 'ur'); // the Urdu interface (the browser's, English, is the default)
    try {
      const p = await openReaderAt('/news/a');
      await pressKey(p, 'KeyX');
      await removeBlockWith(p, STORY_A);
      await clickInShadow(p, '[data-control="remember"]');
      expect(await rememberStep(p)).toBe('refused');
      expect(await inShadow(p, (root) => root.querySelector('.saaf-remember-msg')?.textContent ?? '')).toContain('خبر کا متن');
      expect(await inShadow(p, (root) => root.querySelector('[data-control="remember-save"]') !== null)).toBe(false);
      await screenshot(p, `remember-refused-${kind}`);
    } finally {
      await setUiLang(ctx.browser, 'auto');
    }
  });

  it("Select the story in an Urdu UI: the hint bar is set in the reader's Nastaliq, nothing clipped", async () => {
    await setUiLang(ctx.browser, 'ur');
    try {
      const p = await openReaderAt('/brief/a', 'message');
      await clickInShadow(p, '.saaf-message [data-control="select-story"]');
      await waitPicker(p, true);
      const bar = await poll('the Nastaliq face loaded', () =>
        inShadowOf(p, 'saaf-picker', (root) => {
          const hint = root.querySelector('.bar p')!;
          const button = root.querySelector('.bar button')!;
          const face = getComputedStyle(hint).fontFamily;
          if (!document.fonts.check(`16px ${face}`, hint.textContent ?? '')) return undefined;
          const bar = root.querySelector('.bar')!;
          return {
            face,
            lineHeight: parseFloat(getComputedStyle(hint).lineHeight) / parseFloat(getComputedStyle(hint).fontSize),
            // The bar holds its lines (Nastaliq reaches far above and below them) inside the viewport.
            fits:
              hint.scrollHeight <= bar.clientHeight &&
              button.scrollHeight <= button.clientHeight &&
              bar.getBoundingClientRect().bottom <= innerHeight + 0.5 &&
              button.getBoundingClientRect().bottom <= bar.getBoundingClientRect().bottom + 0.5,
            loaded: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Nastaliq Urdu' && f.status === 'loaded'),
          };
        }),
      );
      await screenshot(p, `select-story-ur-${kind}`);
      expect(bar.face.replace(/"/g, "'")).toMatch(/^'Noto Nastaliq Urdu'/);
      expect(bar.lineHeight).toBeGreaterThanOrEqual(2);
      expect(bar.fits).toBe(true);
      expect(bar.loaded).toBe(true);
      await screenshot(p, `select-story-ur-${kind}`);
      await pressKey(p, 'Escape');
      await waitPicker(p, false);
    } finally {
      await setUiLang(ctx.browser, 'auto');
    }
  });

  it('Select the story: a page with no story found opens on the region chosen with the pointer, and "always" keeps it for the site', async () => {
    const p = await openReaderAt('/brief/a', 'message');
    await clickInShadow(p, '.saaf-message [data-control="select-story"]');
    await waitPicker(p, true);
    // The page is not covered or frozen while picking, and its own scripts cannot drive the picker.
    expect(
      await p.evaluate(() => [getComputedStyle(document.documentElement).overflow, getComputedStyle(document.body).overflow]),
    ).not.toContain('hidden');
    await p.evaluate(() => {
      (document.querySelector('.kh-text p') as HTMLElement).click();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await pickerOn(p)).toBe(true);
    expect(await overlayOpen(p)).toBe(false);

    const at = await p.evaluate(() => {
      const r = document.querySelector('.kh-text p')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await p.mouse.move(at.x, at.y);
    await screenshot(p, `select-story-${kind}`);
    await p.mouse.click(at.x, at.y);
    expect(await waitForOverlay(p)).toBe('article');
    expect(await pickerOn(p)).toBe(false);
    expect(await shownText(p)).toContain('نہر پر بنے پرانے پل');
    expect(await shownText(p)).not.toContain('سب سے زیادہ پڑھی گئی');
    await poll('the region bar', () => inShadow(p, (root) => root.querySelector('[data-control="region-always"]') !== null || undefined));
    await screenshot(p, `select-story-chosen-${kind}`);
    await clickInShadow(p, '[data-control="region-always"]');
    expect(
      await poll('saved', () =>
        inShadow(p, (root) => {
          const step = root.querySelector('[data-control="region-bar"]')?.getAttribute('data-step');
          return step === 'saving' ? undefined : step;
        }),
      ),
    ).toBe('saved');

    // The next page of the template opens on the same region, named as the reader's rule.
    const b = await openReaderAt('/brief/b');
    expect(await shownText(b)).toContain('پارکنگ پلازہ');
    expect(await shownText(b)).not.toContain('سب سے زیادہ پڑھی گئی');
    await clickInShadow(b, '[data-control="removed"]');
    const mine = await inShadow(b, (root) =>
      [...root.querySelectorAll('.saaf-removed-group[data-kind="user"] li')].map((li) => li.getAttribute('data-rule') ?? ''),
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => /^user:g[a-z0-9]+$/.test(r))).toBe(true);
  });

  it('Select the story from the removed panel, by keyboard: Esc brings the reader back, arrows and Enter choose', async () => {
    const p = await openReaderAt('/news/b');
    const startSelect = async () => {
      await clickInShadow(p, '[data-control="removed"]');
      await clickInShadow(p, '#saaf-removed [data-control="select-story"]');
      await waitPicker(p, true);
    };
    await startSelect();
    await pressKey(p, 'ArrowDown');
    await pressKey(p, 'Escape');
    await waitPicker(p, false);
    expect(await waitForOverlay(p)).toBe('article');
    expect(await inShadow(p, (root) => root.querySelector('[data-control="region-bar"]') !== null)).toBe(false);
    // The site's rule remembered above still applies to the reader reopened after the picker.
    expect(await shownText(p)).not.toContain(LEFTOVER);

    await startSelect();
    // The first region in page order holds the whole story; Enter chooses it.
    await pressKey(p, 'ArrowDown');
    await pressKey(p, 'Enter');
    await waitPicker(p, false);
    expect(await waitForOverlay(p)).toBe('article');
    expect(await shownText(p)).toContain('کٹاؤ');
    expect(await inShadow(p, (root) => root.querySelector('[data-control="region-bar"]') !== null)).toBe(true);
  });
});
