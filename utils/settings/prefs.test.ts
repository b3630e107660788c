import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { coercePrefs, DEFAULT_PREFS, minLineHeight, scriptKeyFor, stepFontSize, LIMITS } from './prefs';
import { loadPrefs, loadTheme, loadUiLang, prefsItem, PREFS_VERSION, savePrefs, themeItem } from './storage';

describe('scriptKeyFor', () => {
  it.each([
    ['ur', 'ur'],
    ['ur-PK', 'ur'],
    ['fa-IR', 'fa'],
    ['ar', 'ar'],
    ['ps', 'ar'],
    ['sd', 'ar'],
    ['en-US', 'latin'],
    ['fr', 'latin'],
    ['', 'latin'],
  ])('%s -> %s', (lang, key) => expect(scriptKeyFor(lang)).toBe(key));
});

describe('coercePrefs (repairs what storage hands back)', () => {
  it('returns the script default for nothing or junk', () => {
    expect(coercePrefs(undefined, 'ur')).toEqual(DEFAULT_PREFS.ur);
    expect(coercePrefs('x', 'latin')).toEqual(DEFAULT_PREFS.latin);
  });

  it('drops unknown fields, fixes wrong types and fonts of another script', () => {
    const old = { font: 'serif', fontSize: '22', lineHeight: 2.4, width: 9999, align: 'center', images: 'no', extra: 1 };
    const p = coercePrefs(old, 'ur');
    expect(p).toEqual({ font: 'nastaliq', fontSize: 22, lineHeight: 2.4, width: LIMITS.width.max, align: 'start', images: true });
    expect(Object.keys(p).sort()).toEqual(['align', 'font', 'fontSize', 'images', 'lineHeight', 'width']);
  });

  it('never lets a Nastaliq face go below its minimum line height (clipping)', () => {
    expect(coercePrefs({ font: 'nastaliq', lineHeight: 1.4 }, 'ur').lineHeight).toBe(minLineHeight('nastaliq'));
    expect(coercePrefs({ font: 'naskh', lineHeight: 1.4 }, 'ur').lineHeight).toBe(1.5);
    expect(coercePrefs({ font: 'serif', lineHeight: 1.4 }, 'latin').lineHeight).toBe(1.4);
  });

  it('snaps numbers to the control steps and clamps font size steps', () => {
    expect(coercePrefs({ fontSize: 21.2 }, 'latin').fontSize).toBe(22);
    let p = DEFAULT_PREFS.latin;
    for (let i = 0; i < 30; i++) p = stepFontSize(p, 1, 'latin');
    expect(p.fontSize).toBe(LIMITS.fontSize.max);
    expect(stepFontSize(DEFAULT_PREFS.ur, -1, 'ur').fontSize).toBe(DEFAULT_PREFS.ur.fontSize - LIMITS.fontSize.step);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs against the fake browser (no real extension APIs in unit tests)', async () => {
    await browser.storage.local.set({ probe: 1 });
    expect(await fakeBrowser.storage.local.get('probe')).toEqual({ probe: 1 });
  });

  it('keeps Urdu and English settings apart, with per-script defaults', async () => {
    await savePrefs('ur', { ...DEFAULT_PREFS.ur, fontSize: 28, font: 'naskh' });
    expect((await loadPrefs('ur')).fontSize).toBe(28);
    expect(await loadPrefs('latin')).toEqual(DEFAULT_PREFS.latin);
    const raw = await fakeBrowser.storage.local.get(['reader.prefs.ur', 'reader.prefs.latin']);
    expect(raw['reader.prefs.ur']).toMatchObject({ font: 'naskh', fontSize: 28 });
    expect(raw['reader.prefs.latin']).toBeUndefined();
  });

  it('repairs a record of an older or unknown shape on read and records the current version on write', async () => {
    await fakeBrowser.storage.local.set({ 'reader.prefs.fa': { fontSize: 100, font: 'comic-sans' } });
    const p = await loadPrefs('fa');
    expect(p.fontSize).toBe(LIMITS.fontSize.max);
    expect(p.font).toBe(DEFAULT_PREFS.fa.font);
    await savePrefs('fa', p);
    const meta = await prefsItem('fa').getMeta();
    expect(PREFS_VERSION).toBeGreaterThanOrEqual(1);
    expect(meta).toEqual(PREFS_VERSION > 1 ? { v: PREFS_VERSION } : {});
  });

  it('falls back to safe values for the theme and UI language', async () => {
    expect(await loadTheme()).toBe('system');
    await fakeBrowser.storage.local.set({ 'reader.theme': 'neon', 'ui.lang': 'de' });
    expect(await loadTheme()).toBe('system');
    expect(await loadUiLang()).toBe('auto');
    await themeItem().setValue('sepia');
    expect(await loadTheme()).toBe('sepia');
  });
});
