/**
 * Issue 10 item 5 in real Chromium and Firefox ESR with the built e2e extension: Saaf's interface
 * follows the browser's language (English here), not the page's, and the first Urdu page asks
 * once, under the toolbar, whether to show Saaf in Urdu. Choosing Urdu from the keyboard applies at
 * once, is stored, and is not asked again; the library follows the same setting.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS, inShadow, pressKey, waitForOverlay, waitInShadow } from './harness';
import { MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';

const mission = readAnnotation(MISSION_DIR);
type Ext = { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };

describe.each(BROWSER_KINDS)('%s: the interface language', (kind) => {
  const ctx = useBrowser(kind, (s) => void s.servePage(MISSION_DIR));

  it('follows the browser, offers Urdu once on an Urdu page, and applies the choice at once', { timeout: 120_000 }, async () => {
    const b = ctx.browser;
    const page = await b.newPage(ctx.server.url(new URL(mission.url!).pathname));
    expect(await b.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    const state = () =>
      inShadow(page, (root) => ({
        ui: root.querySelector('.saaf-root')?.getAttribute('lang'),
        offer: !!root.querySelector('[data-control="lang-offer"]'),
        inToolbar: !!root.querySelector('[role="toolbar"] [data-control="lang-offer"]'),
        focused: (root.activeElement as HTMLElement | null)?.dataset.control ?? null,
      }));
    expect(await state()).toMatchObject({ ui: 'en', offer: true, inToolbar: false });

    // From the keyboard: Tab from the focused Close button until the offer's Urdu button, then Enter.
    for (let i = 0; i < 30 && (await state()).focused !== 'lang-offer-accept'; i++) await pressKey(page, 'Tab');
    expect((await state()).focused).toBe('lang-offer-accept');
    await pressKey(page, 'Enter');
    await waitInShadow(page, { timeout: 5000 }, (root) => root.querySelector('.saaf-root')?.getAttribute('lang') === 'ur');
    expect(await state()).toMatchObject({ ui: 'ur', offer: false });
    const stored = await (
      await b.messenger()
    ).evaluate(() =>
      ((globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.get([
        'ui.lang',
        'ui.langAsked',
      ]),
    );
    expect(stored).toEqual({ 'ui.lang': 'ur', 'ui.langAsked': true });

    // Reopened: Urdu, and not asked again. The library follows the same setting.
    await page.reload({ waitUntil: 'load' });
    expect(await b.openReader(page)).toEqual({ ok: true });
    await waitForOverlay(page);
    expect(await state()).toMatchObject({ ui: 'ur', offer: false });
    const lib = await b.openExtensionPage('library.html');
    expect(await lib.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
  });
});
