import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isBackToTop } from '../patterns';
import { soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';

/** Theme markup for scroll-to-top buttons (Jannah `.go-to-top-button`, many others `#back-to-top`). */
const SELECTOR = '.back-to-top, #back-to-top, .go-to-top-button, .scroll-to-top, #scroll-top, .scrollup';
/** In-page links to the top: `#top`, or `#` on an element whose class says top. */
const isTopLink = (a: Element) => {
  const href = a.getAttribute('href');
  return href === '#top' || (href === '#' && /top/i.test(a.getAttribute('class') ?? ''));
};

/** "Back to top" links and buttons ("اوپر جائیں", "العودة للأعلى", "بازگشت به بالا"). */
export const backToTop: CleanRule = {
  id: 'back-to-top',
  // Removes "Back to top" links and buttons
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of [...index.select(SELECTOR), ...index.tag('a').filter(isTopLink)]) {
      if (index.alive(el) && el !== root && index.len(el) <= 40) removed.push(removeEl(this.id, el));
    }
    for (const leaf of index.labels(isBackToTop, 30)) {
      if (index.alive(leaf)) removed.push(removeEl(this.id, soleWrapper(leaf, root, index)));
    }
    return removed;
  },
};
