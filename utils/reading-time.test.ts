import { describe, expect, it } from 'vitest';
import { CHARS_PER_MINUTE, readingMinutes } from './reading-time';

const urduWords = (n: number) => Array.from({ length: n }, (_, i) => ['خبر', 'کے', 'مطابق', 'گاڑیوں', 'کی'][i % 5]).join(' ');
const englishWords = (n: number) => Array.from({ length: n }, (_, i) => ['the', 'electric', 'car', 'market', 'grew'][i % 5]).join(' ');

describe('readingMinutes', () => {
  it('is 0 for no text and at least 1 for a line', () => {
    expect(readingMinutes('', 'ur')).toBe(0);
    expect(readingMinutes('   ', 'en')).toBe(0);
    expect(readingMinutes('ایک جملہ', 'ur')).toBe(1);
  });

  it('reads Urdu slower than English per character (Arabic-script rate)', () => {
    expect(CHARS_PER_MINUTE.ur).toBeLessThan(CHARS_PER_MINUTE.en!);
    const text = 'ب'.repeat(6120);
    expect(readingMinutes(text, 'ur')).toBe(10);
    expect(readingMinutes(text, 'en')).toBe(6);
  });

  it('gives a 1000-word Urdu story about 6-9 minutes (roughly 110-160 words a minute)', () => {
    const m = readingMinutes(urduWords(1000), 'ur-PK');
    expect(m).toBeGreaterThanOrEqual(6);
    expect(m).toBeLessThanOrEqual(9);
  });

  it('gives a 1000-word English story about 4-6 minutes', () => {
    const m = readingMinutes(englishWords(1000), 'en-US');
    expect(m).toBeGreaterThanOrEqual(4);
    expect(m).toBeLessThanOrEqual(6);
  });

  it('does not charge for diacritics (zer, zabar)', () => {
    const plain = 'پاکستان '.repeat(800);
    const marked = 'پَاکِستان '.repeat(800);
    expect(readingMinutes(marked, 'ur')).toBe(readingMinutes(plain, 'ur'));
  });

  it('falls back to the IReST mean for languages outside the table', () => {
    expect(readingMinutes('a'.repeat(8630), 'xx')).toBe(10);
  });
});
