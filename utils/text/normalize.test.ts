import { describe, expect, it } from 'vitest';
import { normalizeForSearch, splitWords, tokenizeForSearch } from './normalize';

const n = normalizeForSearch;

describe('normalizeForSearch: variants that must MATCH', () => {
  it.each([
    ['Arabic yeh ي vs Farsi yeh ی', 'پاكستاني', 'پاکستانی'],
    ['alef maksura ى', 'مصطفى', 'مصطفی'],
    ['Arabic kaf ك vs keheh ک', 'كتاب', 'کتاب'],
    ['Arabic heh ه vs heh goal ہ', 'ماه', 'ماہ'],
    ['ae ە vs heh goal', 'ماە', 'ماہ'],
    ['ۂ precomposed vs ہ', 'مسئلۂ', 'مسئلہ'],
    ['ہ + combining hamza vs ہ', 'مسئلہ\u0654', 'مسئلہ'],
    ['teh marbuta ة vs ۃ', 'صلوة', 'صلوۃ'],
    ['diacritics (zabar, zer, pesh, tashdeed)', 'مُحَمَّد', 'محمد'],
    ['superscript alef', 'رحمٰن', 'رحمن'],
    ['tatweel', 'پاکـــستان', 'پاکستان'],
    ['RLM / LRM / ALM / ZWJ / BOM inside a word', 'پا\u200Fکس\u200Eتا\u061Cن\u200D\uFEFF', 'پاکستان'],
    ['bidi overrides', '\u202Eپاکستان\u202C', 'پاکستان'],
    ['madda آ vs ا', 'آج', 'اج'],
    ['Urdu digits', '۲۰۲۳', '2023'],
    ['Arabic-Indic digits', '٢٠٢٣', '2023'],
    ['Arabic presentation forms (NFKC)', '\uFEDF\uFEE0\uFEEA', 'للہ'],
    ['Latin case', 'EV China', 'ev china'],
  ])('%s', (_label, a, b) => {
    expect(n(a)).toBe(n(b));
  });
});

describe('normalizeForSearch: Urdu minimal pairs that must stay DISTINCT', () => {
  it.each([
    ['bari ye ے vs choti ye ی (boys / girl)', 'لڑکے', 'لڑکی'],
    ['do-chashmi ھ vs gol he ہ (eat / said)', 'کھا', 'کہا'],
    ['bari ye vs Arabic yeh', 'لڑکے', 'لڑكي'],
    ['ھ vs Arabic heh', 'کھا', 'كها'],
    ['hamza seat ئ is a letter, not ی + mark', 'گئی', 'گیی'],
  ])('%s', (_label, a, b) => {
    expect(n(a)).not.toBe(n(b));
  });

  it('keeps ے and ھ as they are', () => {
    expect(n('لڑکے')).toContain('\u06D2');
    expect(n('کھا')).toContain('\u06BE');
  });
});

describe('tokenizeForSearch', () => {
  it.each([
    ['splits on Urdu punctuation', 'خبر،تفصیل۔ کیا؟', ['خبر', 'تفصیل', 'کیا']],
    ['ZWNJ separates words', 'می\u200Cخواهم', ['می', 'خواہم']],
    ['never splits on marks', 'مُحَمَّد آج', ['محمد', 'اج']],
    ['keeps digits as words', 'سال ۲۰۲۳ میں', ['سال', '2023', 'میں']],
    ['Latin and Urdu mixed', 'PTI کے رہنما', ['pti', 'کے', 'رہنما']],
  ])('%s', (_label, text, tokens) => {
    expect(tokenizeForSearch(text)).toEqual(tokens);
  });

  it('is idempotent', () => {
    const once = n('پاكستاني حكومت ۲۰۲۳ مُحَمَّد');
    expect(n(once)).toBe(once);
  });
});

describe('splitWords', () => {
  it('round-trips the original text and marks words', () => {
    const text = 'لڑکے، کھا رہے ہیں۔';
    const parts = splitWords(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.word).map((p) => p.text)).toEqual(['لڑکے', 'کھا', 'رہے', 'ہیں']);
  });
});
