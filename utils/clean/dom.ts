/**
 * DOM measurements the clutter rules share. Text lengths come from one walk per phase
 * (`TextIndex`, text-index.ts) instead of `textContent` on every element, which costs
 * O(elements × depth) and used to make the cleaner slower than Readability on big pages.
 */

import { hasTag } from '../text/dom-query';
import type { TextIndex } from './text-index';

export { TextIndex } from './text-index';

export { textOf } from './element-text';
import { textOf } from './element-text';

/** Share of an element's text that sits inside links (0..1), measured live. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Block elements that hold story prose: a paragraph with at least `min` letters. */
export function hasProse(el: Element, index: TextIndex, min = 120): boolean {
  return index.longestParagraph(el) >= min;
}

/**
 * Climbs from `el` while the parent holds no other text: the smallest box that is only `el`
 * (the label's wrapper `<div class="ad-label"><span>اشتہار</span></div>`). Never climbs into
 * a box that also holds media or paragraphs `el` does not.
 */
export function soleWrapper(el: Element, stopAt: Element, index: TextIndex): Element {
  let cur = el;
  const len = index.len(el);
  while (cur.parentElement && cur.parentElement !== stopAt && index.len(cur.parentElement) === len) {
    const parent = cur.parentElement;
    if (/^(?:body|html|article|main|p|li|td|blockquote)$/.test(parent.localName)) break;
    if (hasTag(parent, 'img', 'picture', 'video', 'figure', 'blockquote') && !hasTag(cur, 'img', 'picture', 'video')) break;
    cur = parent;
  }
  return cur;
}

/** True if `el` comes before `other` in document order. */
export function precedes(el: Node, other: Node): boolean {
  return (el.compareDocumentPosition(other) & 4) /* FOLLOWING */ !== 0;
}

/**
 * The end of the headline area: the story's second paragraph of prose (the first may be the dek).
 * Kickers, breadcrumbs and date lines stand above it; null on a page of fewer than two.
 */
export function secondProse(index: TextIndex): Element | null {
  return index.tag('p').filter((p) => index.len(p) >= 80 && index.linkDensity(p) < 0.5)[1] ?? null;
}
