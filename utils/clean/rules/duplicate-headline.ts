import type { CleanRule } from '../types';
import type { Removal } from '../../types';
import { fold, isDeskCredit } from '../patterns';
import { precedes, textOf } from '../dom';
import { removeEl } from '../runner';
import { textStart } from '../element-text';
import { firstWhere } from '../../text/dom-query';

export const norm = (s: string) => fold(s).replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * Characters `norm` keeps, each as one character at least: Latin letters and digits, Arabic-script
 * letters (U+0621-063A, U+0641-064A, U+0671-06D3: no mark, tatweel or punctuation among them) and
 * both Arabic digit sets. A text holding more of them than the normalised title has characters
 * cannot be the title (a test checks every character of the range against `norm`).
 */
export const KEPT_BY_NORM = /[A-Za-z0-9\u0621-\u063a\u0641-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f9]/g;

/** A date or time stamp before the title in its heading, normalised. */
const MAX_STAMP = 20;

/** Is `e`'s whole text the (normalised) title? Its first characters answer for a box of story. */
function isTitle(e: Element, title: string): boolean {
  // The blocks before the headline's copy hold the whole story: their first characters already
  // say they are longer than the title, without folding all their text.
  const start = textStart(e, 2 * title.length + 40);
  if ((start.match(KEPT_BY_NORM)?.length ?? 0) > title.length + MAX_STAMP) return false;
  const text = norm(textOf(e));
  if (text === title) return true;
  // The title after a stamp in its own child, the first thing in the heading: WordPress Bridge's
  // `<h2 class="entry_title"><span class="date entry_date">۱۳ آذر</span> title</h2>`. A short
  // stamp with a number; a heading that only begins like the title is not one.
  const stamp = e.firstChild?.nodeType === 1 ? (e.firstChild as Element) : null;
  if (!stamp || !/^h[1-3]$/.test(e.localName) || !text.endsWith(title)) return false;
  const prefix = norm(textOf(stamp));
  return prefix.length <= MAX_STAMP && /[0-9]/.test(prefix) && prefix + title === text;
}

/** The outermost element under `root` whose whole text is the title (a heading, or a styled `<div>` on CMSs without one). */
function titleCopy(root: Element, title: string): Element | null {
  // Not only the first heading: a label heading can come before the headline's copy (Magnolia's
  // breadcrumb prints <h2>أنت هنا:</h2> above the page intro's <h1>).
  const heading = firstWhere(root, (e) => /^h[1-3]$/.test(e.localName) && isTitle(e, title));
  return heading ?? firstWhere(root, (e) => /^(?:div|p|span|strong|b|h[4-6])$/.test(e.localName) && isTitle(e, title));
}

/**
 * The box that holds `p` and nothing else of the page before `copy` (climbing while its parent
 * does not hold `copy`), when `p` is its only text and no other paragraph of prose comes between
 * it and `copy`; null otherwise.
 */
function prefaceBox(p: Element, copy: Element, root: Element): Element | null {
  let box = p;
  while (box.parentElement && box.parentElement !== root && !box.parentElement.contains(copy)) box = box.parentElement;
  if (box === p || !box.parentElement || norm(textOf(box)) !== norm(textOf(p))) return null;
  for (const q of root.getElementsByTagName('p'))
    if (q !== p && precedes(q, copy) && !q.contains(copy) && textStart(q, 80).length >= 80) return null;
  return box;
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
    const firstP = [...root.getElementsByTagName('p')].find((p) => textStart(p, 80).length >= 80);
    const removed: Removal[] = [];
    for (const el of [...root.querySelectorAll('div, p, span, strong, b')]) {
      if (firstP && !precedes(el, firstP)) break;
      if (root.contains(el) && !el.contains(firstP ?? null) && isDeskCredit(textStart(el, 30))) removed.push(removeEl(this.id, el));
    }
    const title = norm(ctx.title);
    if (!title) return removed;
    const copy = titleCopy(root, title);
    // Only a copy that comes before any paragraph of the story…
    if (!copy) return removed;
    if (!firstP || firstP.contains(copy) || !precedes(firstP, copy)) return [...removed, removeEl(this.id, copy)];
    // …or after a one-paragraph preface in a box of its own (a newsletter's greeting above the
    // issue's story: Mailchimp's campaign archive prints them in separate mcnTextBlock tables).
    // The preface goes with it: a heading copy of the title starts the story.
    const preface = prefaceBox(firstP, copy, root);
    if (!preface || !/^h[1-3]$/.test(copy.localName)) return removed;
    return [...removed, removeEl(this.id, preface), removeEl(this.id, copy)];
  },
};
