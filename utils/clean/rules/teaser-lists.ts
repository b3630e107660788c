import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { RELATIVE_TIME } from '../patterns';
import { linkDensity, leavesMatching } from '../dom';
import { removeEl, textOf } from '../runner';

const MAX_CARD_TEXT = 400;

/** The repeated card around a time stamp: an ancestor that has link-carrying siblings of its tag. */
function cardOf(leaf: Element, root: Element): Element | null {
  let cur: Element | null = leaf;
  for (let depth = 0; cur && cur !== root && depth < 7; depth++) {
    const parent: Element | null = cur.parentElement;
    if (!parent) return null;
    if (textOf(cur).length > MAX_CARD_TEXT) return null;
    const sameTag = [...parent.children].filter((c) => c.localName === cur!.localName && c.querySelector('a'));
    if (sameTag.length >= 2 && cur.querySelector('a') !== null) return cur;
    cur = parent;
  }
  return null;
}

/**
 * Teaser lists: repeated sibling cards of (category) + (relative time) + (headline link)
 * [+ thumbnail], wherever they sit — the "کھیل 1 سال ago <headline>" list that a ZoxPress theme
 * puts inside the article container, where Readability keeps it (lists are exempt from its
 * link-density rule). A lone relative time (the byline's "2 سال ago") is removed by itself.
 */
export const teaserLists: CleanRule = {
  id: 'teaser-lists',
  description: 'Removes lists of related-story cards marked by relative times, and stray relative times',
  phase: 'pre',
  run(root) {
    const removed: Removal[] = [];
    const leaves = leavesMatching(root, RELATIVE_TIME);
    const cardsByList = new Map<Element, Set<Element>>();
    const loose: Element[] = [];
    for (const leaf of leaves) {
      const card = cardOf(leaf, root);
      if (card && card.parentElement && linkDensity(card) >= 0.5) {
        const set = cardsByList.get(card.parentElement) ?? new Set<Element>();
        set.add(card);
        cardsByList.set(card.parentElement, set);
      } else loose.push(leaf);
    }
    for (const [list, cards] of cardsByList) {
      if (!list.isConnected) continue;
      if (cards.size < 2) {
        for (const c of cards) removed.push(removeEl(this.id, c));
        continue;
      }
      // Mostly cards: the whole list goes (its cards without a time stamp are teasers too).
      const children = [...list.children].filter((c) => textOf(c).length > 0);
      const teaserLike = children.filter((c) => cards.has(c) || (linkDensity(c) >= 0.5 && textOf(c).length <= MAX_CARD_TEXT));
      if (teaserLike.length >= children.length * 0.8) removed.push(removeEl(this.id, list));
      else for (const c of cards) if (c.isConnected) removed.push(removeEl(this.id, c));
    }
    for (const leaf of loose) if (leaf.isConnected) removed.push(removeEl(this.id, leaf));
    return removed;
  },
};
