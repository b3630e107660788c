import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isRelativeTime } from '../patterns';
import { hasProse, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasLink } from '../../text/dom-query';

/** A teaser card (category + time + headline + thumbnail) is short. */
const MAX_CARD = 400;

/** The repeated card around a time stamp: the first ancestor that has link-carrying siblings of its tag. */
function cardOf(leaf: Element, root: Element, index: TextIndex): Element | null {
  let cur: Element = leaf;
  for (let depth = 0; depth < 8; depth++) {
    const parent = cur.parentElement;
    if (!parent || cur === root || index.len(cur) > MAX_CARD) return null;
    if (hasLink(cur)) {
      let same = 0;
      for (const c of parent.children) if (c.localName === cur.localName && hasLink(c)) same++;
      if (same >= 2) return cur;
    }
    if (parent === root) return null;
    cur = parent;
  }
  return null;
}

/**
 * Teaser lists: repeated sibling cards of (category) + (relative time) + (headline link)
 * [+ thumbnail], wherever they sit — the "کھیل 1 سال ago <headline>" list that a ZoxPress theme
 * puts inside the article container with neutral class names, where Readability keeps it (lists
 * are exempt from its link-density rule). A list that is mostly such cards goes whole.
 */
export const teaserLists: CleanRule = {
  id: 'teaser-lists',
  // Removes lists of story cards marked by relative times (category + time + headline link)
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const cardsByList = new Map<Element, Set<Element>>();
    for (const leaf of index.labels(isRelativeTime, 40)) {
      const card = cardOf(leaf, root, index);
      // The headline link makes up most of a card; a story paragraph with a date is not one.
      if (!card?.parentElement || index.linkDensity(card) < 0.4 || hasProse(card, index)) continue;
      const set = cardsByList.get(card.parentElement) ?? new Set<Element>();
      set.add(card);
      cardsByList.set(card.parentElement, set);
    }
    for (const [list, cards] of cardsByList) {
      if (!index.alive(list)) continue;
      const children = [...list.children].filter((c) => index.len(c) > 0);
      const teaserLike = children.filter(
        (c) => cards.has(c) || (index.linkDensity(c) >= 0.5 && index.len(c) <= MAX_CARD && !hasProse(c, index)),
      );
      const mostlyTeasers = teaserLike.length >= children.length * 0.8 && (cards.size >= 2 || children.length >= 3);
      if (mostlyTeasers && list !== root && !hasProse(list, index)) removed.push(removeEl(this.id, list));
      // Two or more dated cards among other content: the cards go, their neighbours stay.
      else if (cards.size >= 2) for (const c of cards) if (index.alive(c)) removed.push(removeEl(this.id, c));
      // One dated card among others is not evidence enough; its time stamp goes by itself.
    }
    return removed;
  },
};
