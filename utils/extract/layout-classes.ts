/**
 * Readability weighs class names: a class or id with one of its "negative" words (`media`,
 * `hidden`, `meta`, `share` …) costs a block 25 points, and a `div` inside the story whose weight
 * is below zero is removed whatever it holds (`_cleanConditionally`). Some of those words name a
 * layout, not clutter: Bootstrap's media object (`media` around `media-body`), an info box set
 * beside its picture (Kadence's `kt-blocks-info-box-media-align-right`: an Urdu education page's
 * "ایک نظر میں" summary was lost), Tailwind's `overflow-hidden`. Those class tokens are dropped
 * before Readability runs, so a story block wearing them is weighed like any other block; every
 * other class, and every clutter word, is left as it is.
 */

import { allElements } from '../text/walk';

/** Layout tokens: `*-media-align-*`, `media-left/right/body/object`, `(sm:)overflow(-x|-y)-hidden`. */
const LAYOUT_TOKEN =
  /^(?:[\w-]*media-align[\w-]*|media-(?:body|object|left|right|middle|top|bottom)|(?:[\w-]+:)?overflow(?:-[xy])?-hidden)$/i;
/** Cheap test on the whole attribute before splitting it. */
const MAYBE = /media|overflow|header/i;
/**
 * A heading module's class: Jimdo prints each subheading of a post as `<div class="j-module n
 * j-header"><h2>…</h2></div>` between its `j-text` modules, and `header` is one of Readability's
 * "unlikely candidate" words, so the subheading was removed before scoring.
 */
const HEADING_MODULE = /^(?:[a-z]{1,3}-)?header$/i;

/** `el` is a div holding one h2-h6 and nothing else, next to a block of the story's paragraphs. */
function isHeadingModule(el: Element): boolean {
  const h = el.firstElementChild;
  if (el.localName !== 'div' || el.childElementCount !== 1 || !h || !/^h[2-6]$/.test(h.localName)) return false;
  if ((el.textContent ?? '').trim() !== (h.textContent ?? '').trim()) return false;
  const prose = (s: Element | null) => !!s && (s.localName === 'p' || !!s.querySelector('p'));
  return prose(el.previousElementSibling) || prose(el.nextElementSibling);
}

/** Drops layout tokens from the class attributes under `root`; returns how many elements changed. */
export function dropLayoutClasses(root: Element): number {
  let n = 0;
  for (const el of allElements(root)) {
    const cls = el.getAttribute('class');
    if (!cls || !MAYBE.test(cls)) continue;
    const tokens = cls.split(/\s+/).filter(Boolean);
    // Bootstrap's media object: `media` is layout when it holds its `media-body`.
    const bootstrap = tokens.includes('media') && [...el.children].some((c) => c.classList.contains('media-body'));
    const heading = tokens.some((t) => HEADING_MODULE.test(t)) && isHeadingModule(el);
    const kept = tokens.filter((t) => !LAYOUT_TOKEN.test(t) && !(bootstrap && t === 'media') && !(heading && HEADING_MODULE.test(t)));
    if (kept.length === tokens.length) continue;
    el.setAttribute('class', kept.join(' '));
    n++;
  }
  return n;
}
