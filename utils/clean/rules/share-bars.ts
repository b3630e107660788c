import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { SHARE_HREF, SHARE_LABEL } from '../patterns';
import { leavesMatching } from '../dom';
import { removeEl, textOf } from '../runner';

/** The largest ancestor of `el` (below `root`) whose links are all share links and holds no paragraph of prose. */
function shareBox(el: Element, root: Element): Element {
  let box = el;
  for (let cur = el.parentElement; cur && cur !== root; cur = cur.parentElement) {
    const links = [...cur.querySelectorAll('a[href]')];
    const allShare = links.every((a) => SHARE_HREF.test(a.getAttribute('href') ?? '') || SHARE_LABEL.test(textOf(a)));
    if (!allShare || textOf(cur).length > 200) break;
    box = cur;
  }
  return box;
}

/** Share bars: groups of links to share endpoints, and share labels and counts. */
export const shareBars: CleanRule = {
  id: 'share-bars',
  description: 'Removes share buttons, share labels and share counts',
  phase: 'pre',
  run(root) {
    const removed: Removal[] = [];
    for (const a of root.querySelectorAll('a[href]')) {
      if (!a.isConnected || !SHARE_HREF.test(a.getAttribute('href') ?? '')) continue;
      removed.push(removeEl(this.id, shareBox(a, root)));
    }
    for (const leaf of leavesMatching(root, SHARE_LABEL, 40)) {
      if (leaf.isConnected && leaf.closest('a, button, li, span, [class*="share" i], [class*="soc" i]')) {
        removed.push(removeEl(this.id, shareBox(leaf, root)));
      }
    }
    return removed;
  },
};
