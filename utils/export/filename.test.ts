import { describe, expect, it } from 'vitest';
import { safeFileName } from './filename';

describe('safeFileName', () => {
  it.each([
    ['keeps Urdu letters', 'چین کی برقی گاڑیاں', 'چین کی برقی گاڑیاں.html'],
    ['keeps Persian ZWNJ inside words', 'می\u200Cخواهم بروم', 'می\u200Cخواهم بروم.html'],
    ['replaces path separators and reserved characters', 'a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.html'],
    ['no parent-directory escape', '../../etc/passwd', 'etc passwd.html'],
    ['strips bidi overrides (the fake-extension trick)', 'invoice\u202Eltr.exe', 'invoiceltr.exe.html'],
    ['strips control characters and RLM/LRM', 'خبر\u0000\u0007\u200F\u200E نامہ\n', 'خبر نامہ.html'],
    ['trims dots and spaces at the ends', '  ...خبر...  ', 'خبر.html'],
    ['falls back when nothing is left', '\u202E/\\..', 'saaf-article.html'],
    ['refuses Windows device names', 'CON', 'saaf-article.html'],
    ['keeps Urdu punctuation', 'کیا، کیوں؟ ۲۰۲۳۔', 'کیا، کیوں؟ ۲۰۲۳۔.html'.replace('؟', '؟')],
  ])('%s', (_l, title, name) => {
    expect(safeFileName(title, 'html')).toBe(name);
  });

  it('cuts long titles at a word boundary, never inside a surrogate pair', () => {
    const long = 'پاکستان '.repeat(40);
    const name = safeFileName(long, 'md');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('پاکستان.md')).toBe(true);
    const emoji = safeFileName('😀'.repeat(100), 'md');
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]\./);
  });
});
