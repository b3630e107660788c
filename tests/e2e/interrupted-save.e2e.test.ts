/**
 * Issue 14 item 9 in real Chromium and Firefox ESR with the built e2e extension: the extension is
 * reloaded (as an update does) while the reader's Save is still working. The reader's code left in
 * the page then has a dead extension context: every extension call throws "Extension context
 * invalidated" or never answers. What a reader must still get: Save no longer pretends to be
 * working for ever (it says saving, failed or no answer, never saved), Escape closes the orphaned
 * reader and gives the page its scrolling back (Chromium; Firefox stops the old reader's code
 * outright), and opening the reader again replaces the orphaned one with a working reader.
 *
 * The save is held open by the story photo: the save's request for it is answered only when the
 * test ends (the save gives an image 15 s), and the reload comes as soon as that request arrives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import type { Page } from 'puppeteer-core';
import {
  BROWSER_KINDS,
  HOST,
  type ExtensionBrowser,
  clickInShadow,
  inShadow,
  poll,
  pressKey,
  waitForOverlay,
  waitForOverlayGone,
} from './harness';
import { MISSION_DIR, readAnnotation, serveMission } from './cases';
import { useBrowser } from './setup';

const mission = readAnnotation(MISSION_DIR);
const PHOTO = '/wp-content/uploads/2023/09/umar-saif-ambassador.jpg';
type Ext = { runtime: { reload(): void } };
type DevPrivate = { developerPrivate: { updateProfileConfiguration(c: { inDeveloperMode: boolean }, done: () => void): void } };

/** The page is not frozen: no `overflow: hidden` left on it, and it scrolls. */
async function expectScrollable(page: Page): Promise<void> {
  const frozen = await page.evaluate(
    () => [document.documentElement.style.overflow, document.body.style.overflow].filter((v) => v === 'hidden').length,
  );
  expect(frozen).toBe(0);
  const scrolled = await page.evaluate(() => {
    window.scrollTo(0, 0);
    window.scrollTo(0, 400);
    return window.scrollY;
  });
  expect(scrolled).toBeGreaterThan(0);
}

/**
 * Reloads the extension as an update does. Chromium disables a reloaded unpacked extension unless
 * developer mode is on (as it is for anyone who loads Saaf unpacked), so the test turns it on first.
 */
async function reloadExtension(b: ExtensionBrowser): Promise<void> {
  if (b.kind === 'chromium') {
    const settings = await b.browser.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      () =>
        new Promise<void>((done) =>
          (globalThis as unknown as { chrome: DevPrivate }).chrome.developerPrivate.updateProfileConfiguration(
            { inDeveloperMode: true },
            done,
          ),
        ),
    );
    await settings.close();
  }
  const messenger = await b.messenger();
  // Called a moment later, so this evaluate returns before the page it runs in closes.
  await messenger.evaluate(() => {
    const ext = (globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome;
    setTimeout(() => ext.runtime.reload(), 50);
  });
  // Its pages close with it (Firefox over BiDi may not say so: then they stop answering).
  await poll(
    'the old options page to close',
    async () => messenger.isClosed() || (await messenger.evaluate(() => !document.body).catch(() => true)) || undefined,
    20_000,
  );
  b.forgetMessenger();
}

describe.each(BROWSER_KINDS)('%s: the extension reloaded in the middle of a save', (kind) => {
  /** Requests for the story photo (the page's og:image, which Save keeps), held unanswered until the end. */
  const held: ServerResponse[] = [];
  let url = '';
  const ctx = useBrowser(kind, (s) => {
    url = serveMission(s);
    s.route(PHOTO, (_req, res) => void held.push(res));
  });
  afterAll(() => {
    for (const res of held) res.destroy();
  });

  it('Save stops saying it is working, Escape gives the page back, and the reader opens again', { timeout: 120_000 }, async () => {
    const b = ctx.browser;
    // The photo never loads, so the page's load event never comes: wait for its DOM only.
    const page = await b.newPage(url, 'domcontentloaded');
    await page.setViewport({ width: 1200, height: 800 });
    expect(await b.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    const before = held.length;
    await clickInShadow(page, '[data-control="save"]');
    // The save has reached the photo (its fetch waits up to 15 s): it is working, not finished.
    await poll('the save to ask for the photo', async () => (held.length > before ? true : undefined), 30_000).catch(
      async (err: unknown) => {
        const state = await inShadow(page, (root) => root.querySelector('[data-control="save"]')?.outerHTML);
        throw new Error(`Save: ${state}`, { cause: err });
      },
    );
    expect(await inShadow(page, (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state'))).toBe('saving');

    // Marks the reader now open, to tell it from the one the reloaded extension opens.
    await page.evaluate((host) => document.querySelector(host)!.setAttribute('data-test-old', ''), HOST);
    await reloadExtension(b);

    // Save never claims success for a save that was cut off. Its time limit (3 minutes) ending
    // "saving" is checked in SaveButton.test; here: it says saving, failed or no answer.
    const state = await inShadow(page, (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state'));
    expect(['saving', 'failed', 'no-answer']).toContain(state);

    if (kind === 'chromium') {
      // Escape closes the orphaned reader and the page scrolls again. (Firefox stops a reloaded
      // extension's content scripts outright, listeners included: there the orphaned reader can
      // only be replaced, below, or removed by reloading the page. The README says so.)
      await pressKey(page, 'Escape');
      await waitForOverlayGone(page);
      await expectScrollable(page);
    }

    // The reloaded extension opens a new reader on the same page, replacing any leftover (its
    // background may take a moment to start again after the reload).
    await poll(
      'the reloaded extension to open the reader',
      async () => ((await b.openReader(page).catch(() => undefined)) as { ok?: boolean } | undefined)?.ok || undefined,
      30_000,
    );
    await page.waitForFunction(() => !document.querySelector('[data-test-old]'), { timeout: 15_000, polling: 100 });
    expect(await waitForOverlay(page)).toBe('article');
    expect(await page.evaluate((host) => document.querySelectorAll(host).length, HOST)).toBe(1);
    const title = await inShadow(page, (root) => root.querySelector('.saaf-title')?.textContent ?? '');
    expect(title).toBe(mission.title);
    // The new reader works: Escape closes it and gives the page back, in both browsers.
    await pressKey(page, 'Escape');
    await waitForOverlayGone(page);
    await expectScrollable(page);
  });
});
