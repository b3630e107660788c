// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { prefetchSettings } from './prefetch-service';
import { DEFAULT_PREFS, LIMITS } from './prefs';
import { openReaderStore } from './reader-store';
import { loadPrefs, savePrefs, themeItem } from './storage';
import { PREFS_VERSION, prefsCurrent, prefsKey } from './stored';

describe("the shell's early settings read", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  });

  const open = async (script: 'ur' | 'latin', early = prefetchSettings(document)) => {
    const store = await openReaderStore(script, script === 'ur' ? 'ur' : 'en', () => undefined, early);
    store.dispose();
    return store.current;
  };

  it('gives the settings the storage items give', async () => {
    await savePrefs('ur', { ...DEFAULT_PREFS.ur, fontSize: 28, font: 'naskh' });
    await themeItem().setValue('sepia');
    await fakeBrowser.storage.local.set({ 'ui.lang': 'en' });
    const s = await open('ur');
    expect(s.prefs).toEqual(await loadPrefs('ur'));
    expect(s.prefs.fontSize).toBe(28);
    expect(s.theme).toBe('sepia');
    expect(s.uiLang).toBe('en');
    expect((await open('latin')).prefs).toEqual(DEFAULT_PREFS.latin);
  });

  it('repairs what it reads, as the items do', async () => {
    await fakeBrowser.storage.local.set({
      'reader.prefs.ur': { fontSize: 1000, font: 'comic-sans' },
      'reader.theme': 'neon',
      'ui.lang': 'de',
    });
    const s = await open('ur');
    expect(s.prefs).toEqual(await loadPrefs('ur'));
    expect(s.prefs.fontSize).toBe(LIMITS.fontSize.max);
    expect(s.theme).toBe('system');
    expect(s.uiLang).toBe('en'); // a broken value reads as 'auto': the browser's language (English here), never the article's
  });

  it('reads storage again when the early read failed', async () => {
    await savePrefs('ur', { ...DEFAULT_PREFS.ur, fontSize: 30 });
    const stored = Promise.reject(new Error('Extension context invalidated.'));
    stored.catch(() => undefined);
    const failed = { stored, localFonts: Promise.resolve([]) };
    expect((await open('ur', failed)).prefs.fontSize).toBe(30);
  });

  it('leaves a record stored in another version to its item (which migrates it)', () => {
    const key = prefsKey('ur');
    expect(prefsCurrent({}, 'ur')).toBe(true);
    expect(prefsCurrent({ [key]: { fontSize: 20 } }, 'ur')).toBe(true);
    expect(prefsCurrent({ [key]: { fontSize: 20 }, [`${key}$`]: { v: PREFS_VERSION } }, 'ur')).toBe(true);
    expect(prefsCurrent({ [key]: { fontSize: 20 }, [`${key}$`]: { v: PREFS_VERSION + 1 } }, 'ur')).toBe(false);
  });
});
