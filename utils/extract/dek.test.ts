// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textUpTo } from './dek';

describe('textUpTo', () => {
  const collapsed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  // Text pieces with every kind of whitespace at their edges, split over nested elements.
  const piece = fc.stringMatching(/^[ \t\n\u00a0ab٠۱ی]{0,12}$/);
  const tree = fc.array(fc.tuple(piece, fc.constantFrom('span', 'p', 'b', 'script', '')), { maxLength: 12 });

  const build = (parts: [string, string][]) => {
    const root = document.createElement('div');
    let at: Element = root;
    for (const [text, tag] of parts) {
      if (!tag) at.append(text);
      else {
        const el = document.createElement(tag);
        el.textContent = text;
        at.append(el);
        if (tag === 'span') at = el; // nest the next pieces
      }
    }
    return root;
  };

  it('is textContent collapsed and trimmed when it fits, null when it does not', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 60 }), (parts, max) => {
        const el = build(parts);
        const full = collapsed(el);
        expect(textUpTo(el, max)).toBe(full.length <= max ? full : null);
      }),
      { numRuns: 500 },
    );
  });
});
