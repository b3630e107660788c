import type { CleanRule } from '../types';
import { fold } from '../patterns';
import { precedes, textOf } from '../dom';
import { removeEl } from '../runner';
import { firstWhere } from '../../text/dom-query';

const norm = (s: string) => fold(s).replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * The headline repeated at the top of the body. Readability's `_textSimilarity` splits on ASCII
 * `\W`, finds no words in an Urdu title and never removes it; here the folded texts are compared
 * whole (punctuation and spacing aside).
 */
export const duplicateHeadline: CleanRule = {
  id: 'duplicate-headline',
  description: 'Removes the article title repeated as the first heading of the body',
  phase: 'post',
  run(root, ctx) {
    const title = norm(ctx.title);
    if (!title) return [];
    const first = firstWhere(root, (e) => /^h[1-3]$/.test(e.localName));
    if (!first) return [];
    // Only a heading that comes before any paragraph of the story.
    // A paragraph of story is prose: a date or kicker line above the headline is not one, and
    // neither is the <p> Readability wraps a lone heading in.
    const firstP = [...root.getElementsByTagName('p')].find((p) => textOf(p).length >= 80 && !p.contains(first));
    if (firstP && precedes(firstP, first)) return [];
    return norm(textOf(first)) === title ? [removeEl(this.id, first)] : [];
  },
};
