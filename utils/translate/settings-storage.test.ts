import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { parseSettings } from './settings';

const LT_KEY = 'lt-secret-0123456789';
const MS_KEY = 'ms-secret-abcdefghij';

/** Settings with both keys, as the options page saves them (and as version 1 stored them). */
const full = parseSettings({
  services: [
    { id: 'microsoft', enabled: true },
    { id: 'libretranslate', enabled: true },
    { id: 'browser', enabled: true },
  ],
  libretranslate: { url: 'https://lt.example.org', key: LT_KEY },
  microsoft: { key: MS_KEY, region: 'westeurope', endpoint: 'https://api.cognitive.microsofttranslator.com' },
  target: 'ur',
});

/** A fresh copy of the glue module: its storage items are made (and migrate) on first use. */
const glue = () => import('./settings-storage');

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('translation settings in storage', () => {
  it('the fake browser stands in for the extension API', () => {
    expect(browser).toBe(fakeBrowser);
  });

  it('the keys are stored apart from the public item, and load back whole', async () => {
    const s = await glue();
    await s.saveTranslationSettings(full);
    const stored = await browser.storage.local.get(null);
    expect(JSON.stringify(stored.translation)).not.toMatch(/secret/);
    expect(stored['translation.keys']).toEqual({ libretranslate: LT_KEY, microsoft: MS_KEY });
    expect(await s.loadTranslationSettings()).toEqual(full);
  });

  it('what the content script loads holds no key (nor an address), only which services are on', async () => {
    const s = await glue();
    await s.saveTranslationSettings(full);
    const view = await s.loadReaderTranslationSettings();
    expect(view).toEqual({ services: ['microsoft', 'libretranslate', 'browser'], target: 'ur', timeoutMs: full.timeoutMs });
    expect(JSON.stringify(view)).not.toMatch(/secret|example\.org/);
  });

  it('the content-side loader reads neither the keys item nor a key left in an unmigrated item', async () => {
    await browser.storage.local.set({ translation: full, 'translation.keys': { libretranslate: LT_KEY, microsoft: MS_KEY } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const s = await glue();
    const view = await s.loadReaderTranslationSettings();
    expect(JSON.stringify(view)).not.toMatch(/secret/);
    const asked = get.mock.calls.flatMap((c) => (c[0] === null || c[0] === undefined ? ['<all>'] : [c[0]].flat()));
    expect(asked.map(String).filter((k) => /keys|<all>/.test(k))).toEqual([]);
    // Not defined here, so not migrated by the content script: the stored item is untouched.
    expect((await browser.storage.local.get('translation')).translation).toEqual(full);
  });

  it('migrates a version 1 item: the keys move to their own item and nothing is lost', async () => {
    await browser.storage.local.set({ translation: full });
    const s = await glue();
    expect(await s.loadTranslationSettings()).toEqual(full);
    const stored = await browser.storage.local.get(null);
    expect(JSON.stringify(stored.translation)).not.toMatch(/secret/);
    expect(stored['translation$']).toEqual({ v: 2 });
    expect(stored['translation.keys']).toEqual({ libretranslate: LT_KEY, microsoft: MS_KEY });
    expect((await s.loadReaderTranslationSettings()).services).toEqual(['microsoft', 'libretranslate', 'browser']);
  });

  it('a failed key write leaves the version 1 item as it was', async () => {
    await browser.storage.local.set({ translation: full });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('translation.keys' in items) throw new Error('quota');
      return set(items);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = await glue();
    await expect(s.translationSettingsItem().migrate()).rejects.toThrow(/migration failed/);
    const stored = await browser.storage.local.get(null);
    expect(stored.translation).toEqual(full);
    expect(stored['translation$']).toBeUndefined();
  });
});
