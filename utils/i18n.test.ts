import { describe, expect, it } from 'vitest';
import { resolveUiLang, t } from './i18n';

describe('i18n', () => {
  it.each([
    ['auto', 'ur-PK', 'en', 'ur'],
    ['auto', 'en-US', 'ur', 'ur'],
    ['auto', 'en-US', 'ar', 'en'],
    ['auto', 'de', undefined, 'en'],
    ['en', 'ur', 'ur', 'en'],
    ['ur', 'en-US', 'en', 'ur'],
  ] as const)('pref %s, browser %s, article %s -> %s', (pref, browserLang, article, expected) => {
    expect(resolveUiLang(pref, browserLang, article)).toBe(expected);
  });

  it('fills placeholders as plain text and leaves unknown ones', () => {
    expect(t('en', 'readingTime', { n: '5' })).toBe('5 min read');
    expect(t('ur', 'readingTime', { n: '۵' })).toBe('۵ منٹ کا مطالعہ');
    expect(t('en', 'noVoice')).toContain('{lang}');
  });

  it('has an Urdu string for every key, in Arabic script', () => {
    for (const key of ['close', 'settings', 'listen', 'theme', 'noVoice'] as const) expect(t('ur', key)).toMatch(/\p{Script=Arabic}/u);
  });
});
