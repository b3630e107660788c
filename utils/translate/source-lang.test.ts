import { describe, expect, it } from 'vitest';
import { differsFrom, sourceLanguageFor, textLanguage, type DetectorScope } from './source-lang';
import { detectWithFranc, iso3ToBcp47 } from './franc';

const franc = (t: string) => Promise.resolve(detectWithFranc(t));

const EN = 'Wonderful to meet the Ambassador of China to Pakistan and discuss cooperation in electric vehicles.';
const UR = 'پاکستان میں حکام نے پڑوسی ملک چین سے الیکٹرک گاڑیوں اور بیٹریز کے شعبوں میں مدد طلب کرلی ہے۔';
const AR = 'التقى الوزير بسفير الصين لمناقشة التعاون في مجال السيارات الكهربائية والبطاريات في البلاد.';
const FA = 'وزیر با سفیر چین دیدار کرد تا درباره همکاری در زمینه خودروهای برقی و باتری‌ها گفتگو کنند.';

describe('language of embedded text', () => {
  it.each([
    ['eng', 'en'],
    ['urd', 'ur'],
    ['arb', 'ar'],
    ['pes', 'fa'],
    ['cmn', 'zh'],
    ['ceb', 'ceb'],
    ['und', null],
    ['', null],
  ])('maps ISO 639-3 %s -> %s', (iso3, bcp) => {
    expect(iso3ToBcp47(iso3)).toBe(bcp);
  });

  it.each([
    [EN, 'en'],
    [UR, 'ur'],
    [AR, 'ar'],
    [FA, 'fa'],
    ['Great news!', null],
    ['@umarsaif 2023 🇵🇰', null],
  ])('franc-min: %s -> %s', (text, lang) => {
    expect(detectWithFranc(text)).toBe(lang);
  });

  it("prefers the embed's own lang attribute over any detector", async () => {
    expect(await textLanguage({ lang: 'en-GB', text: UR })).toBe('en');
    expect(await textLanguage({ lang: 'und', text: EN }, {}, franc)).toBe('en');
    expect(await textLanguage({ lang: null, text: 'ok' })).toBeNull();
  });

  it("uses Chrome's LanguageDetector when its model is ready, franc otherwise", async () => {
    const detector = (availability: string, detected: string, confidence: number): DetectorScope => ({
      LanguageDetector: {
        availability: async () => availability,
        create: async () => ({ detect: async () => [{ detectedLanguage: detected, confidence }] }),
      },
    });
    expect(await textLanguage({ lang: null, text: EN }, detector('available', 'de', 0.9), franc)).toBe('de');
    expect(await textLanguage({ lang: null, text: EN }, detector('available', 'de', 0.2), franc)).toBe('en');
    expect(await textLanguage({ lang: null, text: EN }, detector('downloadable', 'de', 0.9), franc)).toBe('en');
  });

  it('without a fallback detector (or when it fails) the language is unknown, not a guess', async () => {
    expect(await textLanguage({ lang: null, text: EN }, {})).toBeNull();
    expect(await textLanguage({ lang: null, text: EN }, {}, () => Promise.reject(new Error('no background')))).toBeNull();
  });

  it.each([
    ['en', 'ur', true],
    ['ur-PK', 'ur', false],
    [null, 'ur', false],
  ])('differsFrom(%s, %s) = %s', (lang, article, expected) => {
    expect(differsFrom(lang, article)).toBe(expected);
  });
});

describe('sourceLanguageFor (does an embed get a Translate button?)', () => {
  it.each([
    [{ lang: 'en', text: 'Hi' }, 'ur', 'en'],
    [{ lang: 'ur', text: UR }, 'ur', null],
    [{ lang: null, text: EN }, 'ur', 'en'],
    [{ lang: null, text: UR }, 'ur-PK', null],
    [{ lang: null, text: UR }, 'en', 'ur'],
    [{ lang: null, text: 'Great news, Pakistan!' }, 'ur', 'auto'],
    [{ lang: null, text: 'بہت خوب' }, 'ur', null],
    [{ lang: null, text: '@umarsaif 🇵🇰' }, 'ur', null],
    [{ lang: 'en', text: '   ' }, 'ur', null],
  ])('%j in a %s article -> %s', async (item, article, expected) => {
    expect(await sourceLanguageFor(item, article, {}, franc)).toBe(expected);
  });
});
