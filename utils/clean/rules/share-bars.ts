import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { SHARE_HREF, isShareCount, isShareLabel } from '../patterns';
import { soleWrapper, textOf, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';

const isShareLink = (a: Element) => SHARE_HREF.test(a.getAttribute('href') ?? '') || isShareLabel(textOf(a));

/**
 * The largest ancestor of `el` below `root` that is all share buttons: every link in it is a
 * share link and its text is only share words and counts (a bar of icons has almost none).
 */
function shareBox(el: Element, root: Element, index: TextIndex): Element {
  let box = el;
  for (let cur = el.parentElement; cur && cur !== root && !/^(?:body|main|article)$/.test(cur.localName); cur = cur.parentElement) {
    if (index.len(cur) > 200) break;
    const links = cur.querySelectorAll('a[href]');
    if (![...links].every(isShareLink)) break;
    // Text outside the share links must itself be share words ("شیئر کریں", "12 shares").
    const loose = [...cur.querySelectorAll('*')].filter((e) => e.children.length === 0 && !e.closest('a') && textOf(e));
    if (!loose.every((e) => isShareLabel(textOf(e)) || isShareCount(textOf(e)) || /^[\d\s.,kmKM]+$/.test(textOf(e)))) break;
    box = cur;
  }
  return box;
}

/** Share bars: groups of links to share endpoints, share prompts ("شیئر کریں", "شارك", "انسخ الرابط") and counts. */
export const shareBars: CleanRule = {
  id: 'share-bars',
  description: 'Removes share buttons, share prompts and share counts',
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const push = (el: Element) => {
      const r = removeEl(this.id, el);
      removed.push(r);
    };
    for (const a of index.select('a[href]')) {
      if (a.isConnected && SHARE_HREF.test(a.getAttribute('href') ?? '')) push(shareBox(a, root, index));
    }
    for (const leaf of index.labels((t) => isShareLabel(t) || isShareCount(t), 40)) {
      if (!leaf.isConnected || leaf.closest('td, th, figcaption, blockquote, h1')) continue;
      // "Facebook" or "print" in running text is a word, not a button: only controls and their boxes.
      const control = leaf.closest('a, button, li, [class*="share" i], [class*="social" i], [class*="soc-" i], [id*="share" i]');
      const isCount = isShareCount(textOf(leaf));
      const multiWordPrompt = textOf(leaf).includes(' ') || /[\u0600-\u06FF\u0590-\u05FF]/.test(textOf(leaf));
      if (control || isCount || multiWordPrompt) push(shareBox(soleWrapper(leaf, root, index), root, index));
    }
    return removed;
  },
};
