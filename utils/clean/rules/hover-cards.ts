import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { indexOf, removeEl } from '../runner';
import { hasTag, linksIn } from '../../text/dom-query';

/**
 * Hover cards inside a sentence: a person or topic preview (photo, name, their latest stories)
 * that the page hides until the mouse is over a name (The Hill's "rollover-people"). Readability
 * keeps its text in the paragraph. The innermost box holding the photo and two or more links
 * goes; the name in the sentence stays.
 */
export const hoverCards: CleanRule = {
  id: 'hover-cards',
  description: 'Removes hover cards (photo + story links) nested inside paragraphs',
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const p of index.tag('p')) {
      if (!index.alive(p) || !hasTag(p, 'img')) continue;
      for (const img of [...p.getElementsByTagName('img')]) {
        let card: Element | null = img.parentElement;
        while (card && card !== p && linksIn(card).length < 2) card = card.parentElement;
        if (!card || card === p || !/^(?:span|div|small|aside)$/.test(card.localName)) continue;
        // The card is links (with the photo); the paragraph around it has its own words.
        if (index.linkDensity(card) < 0.7 || index.len(p) - index.len(card) < 20) continue;
        removed.push(removeEl(this.id, card));
      }
    }
    return removed;
  },
};
