import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classNames, WS, letterCount } from './element-text';

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

describe('classNames', () => {
  it('splits a class attribute on any white space, without empty names, as split(/\\s+/) did', () => {
    for (const cls of [' a  b\tc ', 'post\u00a0hidden', 'sr-only', '  ', 'x\ny x']) {
      expect(classNames(cls), JSON.stringify(cls)).toEqual(cls.split(/\s+/).filter((c) => c !== ''));
    }
    expect(classNames('post\u00a0hidden')).toEqual(['post', 'hidden']);
  });

  it('remembers a class string: the same names each time', () => {
    expect(classNames('td-module-thumb entry-thumb')).toBe(classNames('td-module-thumb entry-thumb'));
  });
});
