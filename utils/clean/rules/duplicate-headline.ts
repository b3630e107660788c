import type { CleanRule } from '../types';
import type { Removal } from '../../types';
import { fold, isDeskCredit } from '../patterns';
import { precedes, textOf } from '../dom';
import { removeEl } from '../runner';
import { firstWhere } from '../../text/dom-query';

const norm = (s: string) => fold(s).replace(/[\s\p{P}\p{S}]+/gu, '');

/** The outermost element under `root` whose whole text is the title (a heading, or a styled `<div>` on CMSs without one). */
function titleCopy(root: Element, title: string): Element | null {
  const first = firstWhere(root, (e) => /^h[1-3]$/.test(e.localName));
  if (first && norm(textOf(first)) === title) return first;
  return firstWhere(root, (e) => /^(?:div|p|span|strong|b|h[4-6])$/.test(e.localName) && norm(textOf(e)) === title);
}

/**
 * The headline repeated at the top of the body, and a desk credit line above the story ("سکر
 * بيورو", "ویب ڈیسک"). Readability's `_textSimilarity` splits on ASCII `\W`, finds no words in an
 * Urdu title and never removes it; here the folded texts are compared whole (punctuation and
 * spacing aside), on a heading or, on CMSs that print the headline in a `<div>`, on any block.
 */
export const duplicateHeadline: CleanRule = {
  id: 'duplicate-headline',
  // Removes the article title repeated at the top of the body, and a desk credit line above the
  // story
  phase: 'post',
  run(root, ctx) {
    // A paragraph of story is prose: a date or kicker line above the headline is not one, and
    // neither is the <p> Readability wraps a lone heading in.
    const firstP = [...root.getElementsByTagName('p')].find((p) => textOf(p).length >= 80);
    const removed: Removal[] = [];
    for (const el of [...root.querySelectorAll('div, p, span, strong, b')]) {
      if (firstP && !precedes(el, firstP)) break;
      if (root.contains(el) && !el.contains(firstP ?? null) && isDeskCredit(textOf(el))) removed.push(removeEl(this.id, el));
    }
    const title = norm(ctx.title);
    if (!title) return removed;
    const copy = titleCopy(root, title);
    // Only a copy that comes before any paragraph of the story.
    if (!copy || (firstP && !firstP.contains(copy) && precedes(firstP, copy))) return removed;
    return [...removed, removeEl(this.id, copy)];
  },
};
