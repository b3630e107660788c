import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { startsWithReadAlso } from '../patterns';
import { hasProse, soleWrapper, textOf, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasLink } from '../../text/dom-query';

/** Blocks a "read also" line or box can be. */
const BLOCKS = new Set(['p', 'div', 'li', 'aside', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span', 'ul', 'dl', 'dt']);

const INLINE = new Set(['strong', 'b', 'span']);

const linkedLetters = (el: Element, index: TextIndex) => index.linkDensity(el) * index.len(el);

/** A headline after the lead-in is short. */
const MAX_LINE = 220;

/**
 * Is `block` a "read also" promo? Its text starts with a lead-in (یہ بھی پڑھیں، مزید پڑھیے،
 * اقرأ أيضا، بیشتر بخوانید ...) and is either only the lead-in, or the lead-in followed by a
 * link to another story (the rest mostly linked, or a short headline after a colon with a link).
 * A quoted sentence that merely starts with "یہ بھی" has no lead-in, and a sentence that does
 * start with "مزید پڑھیں" but carries no link is kept.
 */
function isReadAlso(block: Element, index: TextIndex): boolean {
  const text = textOf(block);
  if (!startsWithReadAlso(text)) return false;
  const len = index.len(block);
  if (len <= 25) return true; // the lead-in alone: a box heading or a bare "مزید پڑھیے:" link
  if (len > MAX_LINE || hasProse(block, index, 200)) return false;
  const linked = index.linkDensity(block);
  return linked >= 0.5 || (hasLink(block) && /^[^:：]{2,25}[:：]/.test(text));
}

/**
 * Inline "read also" paragraphs and boxes inside the story body. A lead-in that heads a box of
 * links takes the box with it.
 */
export const readAlso: CleanRule = {
  id: 'read-also',
  // Removes inline "read also" lines and boxes (یہ بھی پڑھیں، اقرأ أيضا، بیشتر بخوانید ...)
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    // Innermost first (reverse document order), so a match never takes a wider block than it needs.
    for (let i = index.short.length - 1; i >= 0; i--) {
      const el = index.short[i]!;
      // Cheap reject on the remembered text first; the live text decides (earlier removals).
      if (!BLOCKS.has(el.localName) || el === root || !startsWithReadAlso(index.textOf(el)) || !index.alive(el) || !isReadAlso(el, index))
        continue;
      let target = soleWrapper(el, root, index);
      // A lead-in heading a box of links: the box goes (the box holds no story prose).
      const box = target.parentElement;
      if (box && box !== root && index.len(target) <= 25 && !hasProse(box, index) && index.len(box) <= 1200) {
        const rest = index.len(box) - index.len(target);
        const restLinked = rest > 0 ? (linkedLetters(box, index) - linkedLetters(target, index)) / rest : 1;
        if (restLinked >= 0.6 && !/^(?:body|main|article)$/.test(box.localName)) target = box;
      }
      // A bold "مزید پڑھیں:" opening a paragraph of unlinked text is part of the story: keep.
      if (target === el && INLINE.has(el.localName)) continue;
      // A lead-in alone on its line, its links in the list that follows ("<p><b>بیشتر بخوانید:</b></p>
      // <ul><li><a>…</a></li></ul>", pasted into a 1C-Bitrix story): the list of links goes with it.
      const next = index.len(target) <= 25 ? target.nextElementSibling : null;
      if (next && /^(?:ul|ol)$/.test(next.localName) && index.alive(next) && index.len(next) > 0 && index.len(next) <= 1200) {
        const items = [...next.children];
        if (items.length > 0 && items.every((li) => index.len(li) > 0 && index.linkDensity(li) >= 0.8))
          removed.push(removeEl(this.id, next));
      }
      removed.push(removeEl(this.id, target));
    }
    return removed;
  },
};
