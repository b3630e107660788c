import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { continuedTail, isContinuedMarker } from '../patterns/navigation';
import { soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';

/**
 * "Continued" markers where a page splits a story across widgets: an element that says only
 * "(جاری ہے)", "جاری ہے", "(يتبع)", "ادامه دارد", "(continued)"; and the same marker in brackets
 * closing a paragraph. A sentence that ends "... کا سلسلہ جاری ہے" (no brackets) is story.
 */
export const continued: CleanRule = {
  id: 'continued',
  // Removes "continued" markers inside the story
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of index.labels(isContinuedMarker, 40)) {
      if (index.alive(el)) removed.push(removeEl(this.id, soleWrapper(el, root, index)));
    }
    for (const p of index.tag('p')) {
      const last = p.lastChild;
      if (!last || last.nodeType !== 3 || !index.alive(p)) continue;
      const m = continuedTail(last.nodeValue ?? '');
      if (!m) continue;
      last.nodeValue = (last.nodeValue ?? '').slice(0, m.index);
      removed.push({ rule: this.id, text: m[0].trim() });
    }
    return removed;
  },
};
