import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { BACK_TO_TOP, TAGS_LABEL } from '../patterns';
import { leavesMatching, linkDensity } from '../dom';
import { removeEl, textOf } from '../runner';

/** "Back to top" links and buttons. */
export const backToTop: CleanRule = {
  id: 'back-to-top',
  description: 'Removes "Back to top" links',
  phase: 'pre',
  run(root) {
    const removed: Removal[] = [];
    for (const el of root.querySelectorAll('a[href="#top"], a[href="#"], .back-to-top, .go-to-top-button')) {
      if (el.isConnected && (BACK_TO_TOP.test(textOf(el)) || el.matches('.back-to-top, .go-to-top-button'))) {
        removed.push(removeEl(this.id, el));
      }
    }
    for (const leaf of leavesMatching(root, BACK_TO_TOP, 30)) if (leaf.isConnected) removed.push(removeEl(this.id, leaf));
    return removed;
  },
};

/** Tag lists: runs of `rel="tag"` links, or a "ٹیگز / متعلقہ موضوعات / الوسوم" heading with its links. */
export const tagLists: CleanRule = {
  id: 'tag-lists',
  description: 'Removes tag lists and their headings',
  phase: 'pre',
  run(root) {
    const removed: Removal[] = [];
    for (const label of leavesMatching(root, TAGS_LABEL, 30)) {
      const box = label.parentElement;
      if (box && box !== root && box.isConnected && linkDensity(box) >= 0.5 && textOf(box).length < 400) {
        removed.push(removeEl(this.id, box));
      } else if (label.isConnected) removed.push(removeEl(this.id, label));
    }
    for (const a of root.querySelectorAll('a[rel~="tag"]')) {
      if (!a.isConnected) continue;
      let box: Element = a;
      while (box.parentElement && box.parentElement !== root && linkDensity(box.parentElement) >= 0.8 && textOf(box.parentElement).length < 400) {
        box = box.parentElement;
      }
      removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};
