import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { PREV_NEXT_CLASS, isPrevNextLabel } from '../patterns/navigation';
import type { TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';

/** A previous/next box holds two links and their labels, nothing like a paragraph. */
const MAX_BOX = 320;

/**
 * The link targets in `el`, itself included when it links to another page (a lone `<a
 * class="news-back-link">` is its own box; a carousel's in-page `<a class="next" href="#…">` is not).
 */
const hrefs = (el: Element) => {
  const self = el.localName === 'a' && !(el.getAttribute('href') ?? '#').startsWith('#') ? [el] : [];
  return new Set([...self, ...el.getElementsByTagName('a')].map((a) => a.getAttribute('href') ?? '').filter(Boolean));
};

/** The largest box around `el` that is still only previous/next links and their labels. */
function navBox(el: Element, root: Element, index: TextIndex): Element | null {
  let box: Element | null = null;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (/^(?:body|main|article|p)$/.test(cur.localName) && cur !== el) break;
    if (index.len(cur) > MAX_BOX || index.longestParagraph(cur) >= 80 || hrefs(cur).size > 2) break;
    box = cur;
  }
  return box && hrefs(box).size > 0 ? box : null;
}

/**
 * Previous / next article navigation: links marked `rel=prev` / `rel=next`, boxes whose class says
 * prev / next / post-navigation, and links labelled "پچھلی خبر", "الخبر التالي", "خبر قبلی",
 * "Next article". The box goes whole (labels, arrows, the two headlines) when it holds at most two
 * links and no paragraph; a story sentence that says "the next match" is never a label.
 */
export const pageNav: CleanRule = {
  id: 'page-nav',
  // Removes previous / next article navigation
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const seeds = [
      ...index.tag('a').filter((a) => /(?:^|\s)(?:prev|next)(?:\s|$)/i.test(a.getAttribute('rel') ?? '')),
      ...index.labels(isPrevNextLabel, 30),
      // Short elements only (the index keeps them in document order): no selector-engine pass.
      ...index.short.filter((el) => index.len(el) <= MAX_BOX && PREV_NEXT_CLASS.test(el.getAttribute('class') ?? '')),
    ];
    for (const seed of seeds) {
      if (!index.alive(seed)) continue;
      const box = navBox(seed, root, index);
      if (box && index.alive(box)) removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};
