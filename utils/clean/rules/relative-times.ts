import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isRelativeTime } from '../patterns';
import { soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';

/**
 * Stray relative-time stamps ("2 گھنٹے پہلے", "منذ ساعتين", "۱۵ دقیقه قبل", "3 hours ago"):
 * they date the page view, not the story. Only an element whose WHOLE text is the time stamp
 * goes; a headline that contains "منذ 169 يوما" is left alone.
 */
export const relativeTimes: CleanRule = {
  id: 'relative-times',
  description: 'Removes stand-alone relative time stamps in Urdu, Arabic, Persian, Hebrew and English',
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const leaf of index.labels(isRelativeTime, 40)) {
      if (index.alive(leaf)) removed.push(removeEl(this.id, soleWrapper(leaf, root, index)));
    }
    return removed;
  },
};
