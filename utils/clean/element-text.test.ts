import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { classNames, WS, letterCount, textOf, textStart } from './element-text';

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

describe('textStart', () => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;

  /** A random tree of elements and text nodes made of CHARS (and foreign content's CDATA). */
  const tree = fc.array(
    fc.tuple(fc.constantFrom('text', 'open', 'close', 'cdata'), fc.array(fc.constantFrom(...CHARS, 'word '), { maxLength: 12 })),
    { maxLength: 60 },
  );
  function build(steps: [string, string[]][]): Element {
    const root = doc.createElement('div');
    let cur: Element = root;
    for (const [kind, parts] of steps) {
      if (kind === 'text') cur.append(doc.createTextNode(parts.join('')));
      else if (kind === 'open') cur = cur.appendChild(doc.createElement('span'));
      else if (kind === 'close' && cur !== root) cur = cur.parentElement!;
      else if (kind === 'cdata') {
        const svg = cur.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
        svg.innerHTML = `<![CDATA[${parts.join('').replace(/]]>/g, '')}]]>`;
      }
    }
    return root;
  }

  it('is textOf when that is short, else longer than max and starting with its first max', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 40 }), (steps, max) => {
        const el = build(steps);
        const full = textOf(el);
        const start = textStart(el, max);
        if (full.length <= max) expect(start).toBe(full);
        else {
          expect(start.length).toBeGreaterThan(max);
          expect(start.slice(0, max)).toBe(full.slice(0, max));
          expect(full.startsWith(start)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('stops reading early on a long text', () => {
    const el = doc.createElement('nav');
    el.innerHTML = '<a>  First   link </a>'.repeat(2000);
    const start = textStart(el, 10);
    expect(start.startsWith('First link F')).toBe(true);
    expect(start.length).toBeLessThan(100);
  });
});
