import type { CleanRule } from '../types';
import { removeEl, textOf } from '../runner';

const norm = (s: string) => s.replace(/[\s\p{P}\u200c-\u200f\u0640]+/gu, '').toLowerCase();

/**
 * The headline repeated at the top of the body. Readability's `_textSimilarity` splits on ASCII
 * `\W`, finds no words in an Urdu title and never removes it; here the texts are compared whole.
 */
export const duplicateHeadline: CleanRule = {
  id: 'duplicate-headline',
  description: 'Removes the article title repeated as the first heading of the body',
  phase: 'post',
  run(root, ctx) {
    const title = norm(ctx.title);
    if (!title) return [];
    const first = root.querySelector('h1, h2, h3');
    if (!first) return [];
    // Only a heading that comes before any paragraph of the story.
    const firstP = root.querySelector('p');
    if (firstP && first.compareDocumentPosition(firstP) & 2 /* PRECEDING */) return [];
    return norm(textOf(first)) === title ? [removeEl(this.id, first)] : [];
  },
};
