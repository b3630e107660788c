import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isDisclaimer } from '../patterns';
import { soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasTag } from '../../text/dom-query';

const TAGS = new Set(['p', 'div', 'span', 'em', 'small', 'i', 'strong', 'b']);

/** A disclaimer is a sentence or two; a story paragraph quoting one is longer. */
const MAX_DISCLAIMER = 320;

/**
 * Editorial disclaimers and comment-policy notes after the story ("ادارہ اردوپوائنٹ کا مضمون نگار
 * کی رائے سے متفق ہونا ضروری نہیں ہے۔", CNN Arabic's "ترحب شبكة CNN بالنقاش الحيوي ..."). Only a
 * whole short paragraph or box goes.
 */
export const disclaimers: CleanRule = {
  id: 'disclaimers',
  // Removes editorial disclaimers and comment-policy notes
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const p of index.short) {
      if (!TAGS.has(p.localName) || !index.alive(p) || p === root || index.len(p) > MAX_DISCLAIMER || index.len(p) < 20) continue;
      // Leaf blocks only: a box holding other paragraphs is judged by its paragraphs.
      if (!isDisclaimer(index.textOf(p)) || hasTag(p, 'p', 'div', 'li')) continue;
      removed.push(removeEl(this.id, soleWrapper(p, root, index)));
    }
    // The licence box blog themes print under a post, whatever its words: `.post-copyright`
    // (Hexo's NexT, Hugo's and Zola's Even: author, permalink, "reprint with credit"). Short,
    // with no story paragraph in it.
    for (const el of index.select('.post-copyright')) {
      if (index.alive(el) && el !== root && index.len(el) <= MAX_DISCLAIMER && index.longestParagraph(el) < 120)
        removed.push(removeEl(this.id, el));
    }
    return removed;
  },
};
