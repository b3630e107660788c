import { describe, expect, it } from 'vitest';
import { resolveUiLang, t, uiDir, uiLangForArticle, uiLangOffer } from '.';

describe('i18n', () => {
  it.each([
    ['auto', 'ur-PK', 'ur'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    ['auto', 'UR', 'ur'],
    ['en', 'ur', 'en'],
    ['ur', 'en-US', 'ur'],
  ] as const)('pref %s, browser %s -> %s (never the page)', (pref, browserLang, expected) => {
    expect(resolveUiLang(pref, browserLang)).toBe(expected);
  });

  it.each([
    // The first Urdu page in an English (or German) browser with the setting untouched: offer Urdu.
    ['auto', 'en-US', 'ur', false, 'ur'],
    ['auto', 'de', 'ur-PK', false, 'ur'],
    // Asked before, or the setting chosen: never again.
    ['auto', 'en-US', 'ur', true, null],
    ['en', 'en-US', 'ur', false, null],
    // The browser already speaks it.
    ['auto', 'ur-PK', 'ur', false, null],
    // A page in a language Saaf's interface is not written in, or not right-to-left.
    ['auto', 'en-US', 'ar', false, null],
    ['auto', 'en-US', 'fa', false, null],
    ['auto', 'ur-PK', 'en', false, null],
  ] as const)('offer: pref %s, browser %s, page %s, asked %s -> %s', (pref, browserLang, page, asked, expected) => {
    expect(uiLangOffer(pref, browserLang, page, asked)).toBe(expected);
  });

  it.each([
    ['ur-PK', 'ur', 'rtl'],
    ['UR', 'ur', 'rtl'],
    ['ar', 'en', 'ltr'],
    ['en_GB', 'en', 'ltr'],
  ] as const)('article %s -> UI %s (%s)', (article, ui, dir) => {
    expect(uiLangForArticle(article)).toBe(ui);
    expect(uiDir(uiLangForArticle(article))).toBe(dir);
  });

  it('fills placeholders as plain text and leaves unknown ones', () => {
    expect(t('en', 'readingTime', { n: '5' })).toBe('5 min read');
    expect(t('ur', 'readingTime', { n: '۵' })).toBe('۵ منٹ کا مطالعہ');
    expect(t('en', 'noVoice')).toContain('{lang}');
  });

  it('fills numbers and picks the plural form from the count, per language', () => {
    const vars = (n: number) => ({ size: '3 KB', n });
    expect(t('en', 'lib.storage', vars(1), { count: 1 })).toBe('Storage used: 3 KB in 1 article');
    expect(t('en', 'lib.storage', vars(0), { count: 0 })).toBe('Storage used: 3 KB in 0 articles');
    expect(t('en', 'lib.storage', vars(12), { count: 12 })).toBe('Storage used: 3 KB in 12 articles');
    expect(t('ur', 'lib.storage', vars(1), { count: 1 })).toBe('استعمال شدہ جگہ: 1 مضمون میں 3 KB');
    expect(t('ur', 'lib.storage', vars(5), { count: 5 })).toBe('استعمال شدہ جگہ: 5 مضامین میں 3 KB');
    // Without a count the general form is used.
    expect(t('en', 'lib.storage', vars(1))).toBe('Storage used: 3 KB in 1 articles');
  });

  it('uses one Urdu text for the saved state of the Save button', () => {
    expect(t('ur', 'lib.saved')).toBe('محفوظ ہو گیا');
    expect(t('ur', 'lib.saving')).toBe('محفوظ ہو رہا ہے…');
  });

  it('has an Urdu string for every key, in Arabic script', () => {
    for (const key of ['close', 'settings', 'listen', 'theme', 'noVoice'] as const) expect(t('ur', key)).toMatch(/\p{Script=Arabic}/u);
  });
});
