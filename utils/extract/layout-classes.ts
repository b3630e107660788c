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
const MAYBE = /media|overflow/i;

/** Drops layout tokens from the class attributes under `root`; returns how many elements changed. */
export function dropLayoutClasses(root: Element): number {
  let n = 0;
  for (const el of allElements(root)) {
    const cls = el.getAttribute('class');
    if (!cls || !MAYBE.test(cls)) continue;
    const tokens = cls.split(/\s+/).filter(Boolean);
    // Bootstrap's media object: `media` is layout when it holds its `media-body`.
    const bootstrap = tokens.includes('media') && [...el.children].some((c) => c.classList.contains('media-body'));
    const kept = tokens.filter((t) => !LAYOUT_TOKEN.test(t) && !(bootstrap && t === 'media'));
    if (kept.length === tokens.length) continue;
    el.setAttribute('class', kept.join(' '));
    n++;
  }
  return n;
}
