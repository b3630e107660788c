import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { AD_LABEL } from '../patterns';
import { leavesMatching, soleWrapper } from '../dom';
import { removeEl } from '../runner';

/** Ad slots whose markup names them (AdSense, WordPress ad inserter blocks, common ad classes). */
const AD_SELECTOR = 'ins.adsbygoogle, .adsbygoogle, .code-block, [id^="div-gpt-ad"], .ad-slot, .ad-label, .advertisement';

/**
 * Ad labels ("اشتہار", "إعلان", "تبلیغات", "Advertisement") and the ad slots they sit in.
 * Readability's ad-word list has none of the Urdu, Arabic or Persian words.
 */
export const adLabels: CleanRule = {
  id: 'ad-labels',
  description: 'Removes ad labels in Urdu, Arabic, Persian and English, and AdSense-style ad slots',
  phase: 'pre',
  run(root) {
    const removed: Removal[] = [];
    for (const leaf of leavesMatching(root, AD_LABEL, 20)) {
      if (leaf.isConnected) removed.push(removeEl(this.id, soleWrapper(leaf, root)));
    }
    for (const slot of root.querySelectorAll(AD_SELECTOR)) {
      // An ad box never holds story paragraphs; if it does, it is not an ad box (keep).
      if (!slot.isConnected || slot.querySelector('p:not(:empty)')) continue;
      removed.push(removeEl(this.id, slot));
    }
    return removed;
  },
};
