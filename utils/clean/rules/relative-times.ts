import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isLiveBadge, isRelativeTime } from '../patterns';
import { soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';

/**
 * Stray relative-time stamps ("2 گھنٹے پہلے", "منذ ساعتين", "۱۵ دقیقه قبل", "3 ڪلاڪ اڳ", "3 hours
 * ago", "آخری اپ ڈیٹ: 10 منٹ قبل") and live badges ("براہ راست", "مباشر"): they date the page
 * view, not the story. Only an element whose WHOLE text is the stamp goes, and a badge only
 * outside headings and paragraphs; a headline that contains "منذ 169 يوما" is left alone.
 */
export const relativeTimes: CleanRule = {
  id: 'relative-times',
  // Removes stand-alone relative time stamps and live badges in Urdu, Arabic, Persian, Pashto,
  // Sindhi, Hebrew and English
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const leaf of index.labels(isRelativeTime, 40)) {
      if (index.alive(leaf)) removed.push(removeEl(this.id, soleWrapper(leaf, root, index)));
    }
    for (const leaf of index.labels(isLiveBadge, 24)) {
      if (!index.alive(leaf) || leaf.closest('p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, figcaption')) continue;
      removed.push(removeEl(this.id, soleWrapper(leaf, root, index)));
    }
    return removed;
  },
};
