import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WS, letterCount } from './element-text';

/** Every space \s knows, the marks WS adds, their neighbours, letters in three scripts, an astral symbol. */
const CHARS = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u180e',
  '\u2000',
  '\u200a',
  '\u200b',
  '\u200c',
  '\u200f',
  '\u2010',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u001f',
  '!',
  'a',
  'ی',
  'ש',
  '٣',
  '😀',
];

describe('letterCount', () => {
  it('counts what removing WS leaves', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), fc.string({ maxLength: 10, unit: 'binary' }), (parts, noise) => {
        const s = parts.join('') + noise;
        expect(letterCount(s)).toBe(s.replace(WS, '').length);
      }),
      { numRuns: 2000 },
    );
    expect(letterCount(' ۵\u200c گھنٹے\u00a0')).toBe(6);
  });
});
