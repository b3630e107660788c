import { describe, expect, it } from 'vitest';
import { countScripts, guessArabicScriptLang, isRtlLang, normalizeLangTag, primaryLang, rtlShare } from './script';

describe('guessArabicScriptLang', () => {
  it.each([
    ['پاکستان میں حکام نے پڑوسی ملک چین سے الیکٹرک گاڑیوں اور بیٹریوں کے شعبوں میں مدد طلب کی ہے۔', 'ur'],
    ['قالت وزارة الصحة إن عدد الإصابات ارتفع في المدينة خلال الأسبوع الماضي', 'ar'],
    ['به گزارش خبرگزاری، وزیر امور خارجه در سفر به پکن با همتای چینی خود دیدار کرد', 'fa'],
    ['د افغانستان په ښار کې ګڼ شمېر خلک راټول شول او خپلې غوښتنې یې وړاندې کړې', 'ps'],
    ['سنڌ جي حڪومت چيو آهي ته ڪراچي ۾ پاڻيءَ جي کوٽ کي ختم ڪرڻ لاءِ قدم کنيا ويندا', 'sd'],
  ])('%s -> %s', (text, lang) => {
    expect(guessArabicScriptLang(text)).toBe(lang);
  });
});

describe('rtlShare', () => {
  it('is near 1 for Urdu, 0 for English, in between for mixed text', () => {
    expect(rtlShare('یہ اردو ہے')).toBe(1);
    expect(rtlShare('This is English')).toBe(0);
    const mixed = rtlShare('PTI نے کہا');
    expect(mixed).toBeGreaterThan(0.3);
    expect(mixed).toBeLessThan(0.8);
  });
});

describe('normalizeLangTag', () => {
  it.each([
    ['ur', 'ur'],
    ['ur_PK', 'ur-PK'],
    ['EN-us', 'en-US'],
    ['<script>', null],
    ['', null],
    ['ur" onload="x', null],
  ])('%s -> %s', (raw, tag) => {
    expect(normalizeLangTag(raw)).toBe(tag);
  });
  it('knows which languages are RTL', () => {
    expect(isRtlLang('ur-PK')).toBe(true);
    expect(isRtlLang('fa')).toBe(true);
    expect(isRtlLang('en')).toBe(false);
    expect(isRtlLang('ckb_IQ')).toBe(true);
  });
  it.each([
    ['ur-PK', 'ur'],
    ['EN_us', 'en'],
    [' fa-IR ', 'fa'],
    ['ar', 'ar'],
    ['', ''],
  ])('primary language of %j is %j', (tag, primary) => {
    expect(primaryLang(tag)).toBe(primary);
  });
});

describe('countScripts', () => {
  it("counts the other scripts' letters as /\\p{L}/u does, character by character (the remembered test)", () => {
    // Every BMP code unit outside the ranges told apart by code point, twice (the second answer is remembered).
    let text = '';
    for (let c = 0x80; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) text += String.fromCharCode(c);
    const reference = [...text].filter((ch) => {
      const c = ch.charCodeAt(0);
      const arabic =
        (c >= 0x0600 && c <= 0x06ff) ||
        (c >= 0x0750 && c <= 0x077f) ||
        (c >= 0x08a0 && c <= 0x08ff) ||
        (c >= 0xfb50 && c <= 0xfdff) ||
        (c >= 0xfe70 && c <= 0xfefc);
      return !arabic && !(c >= 0x0590 && c <= 0x05ff) && !(c >= 0x00c0 && c <= 0x024f) && /\p{L}/u.test(ch);
    }).length;
    expect(countScripts(text, Infinity).other).toBe(reference);
    expect(countScripts(text, Infinity).other).toBe(reference);
    expect(countScripts('“Quote” — it’s\u00a0ª µ', Infinity)).toEqual({ arabic: 0, hebrew: 0, latin: 8, other: 2 });
  });
});
