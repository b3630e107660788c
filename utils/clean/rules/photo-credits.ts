import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { creditTail, isCreditLine } from '../patterns/furniture';
import { soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasTag } from '../../text/dom-query';

const MEDIA = ['img', 'picture', 'video', 'amp-img', 'figure'] as const;
const holdsMedia = (el: Element | null) => !!el && (MEDIA.includes(el.localName as (typeof MEDIA)[number]) || hasTag(el, ...MEDIA));

/**
 * Where a credit line belongs to a photo: in its figure or caption, beside it (a sibling holds the
 * image), or in a small box around it. A line "عکس: …" far from any image is left alone.
 */
function byPhoto(box: Element, letters: (el: Element) => number): boolean {
  if (box.closest('figure, figcaption')) return true;
  if (holdsMedia(box.previousElementSibling) || holdsMedia(box.nextElementSibling)) return true;
  const parent = box.parentElement;
  return !!parent && letters(parent) <= 200 && holdsMedia(parent);
}

/**
 * A Markdown image's caption: the emphasised line after the image in the image's own paragraph,
 * `<p><img><br><em>caption</em></p>` (Jekyll's kramdown, Hugo's Goldmark: `![](photo.jpg)` then
 * `*caption*`), and nothing else in it. An emphasised phrase inside a paragraph of prose is not one.
 */
function isImageLine(el: Element): boolean {
  const p = el.parentElement;
  if (!p || p.localName !== 'p') return false;
  let prev = el.previousElementSibling;
  while (prev && prev.localName === 'br') prev = prev.previousElementSibling;
  const image =
    !!prev &&
    (/^(?:img|picture)$/.test(prev.localName) || (prev.localName === 'a' && !prev.textContent?.trim() && hasTag(prev, 'img', 'picture')));
  return image && (p.textContent ?? '').trim() === (el.textContent ?? '').trim();
}

/** A caption: `<figcaption>`, a box whose class says caption (`wp-caption-text`, `img_caption`), a figure's own text line, or a Markdown image's line. */
const isCaption = (el: Element) =>
  el.localName === 'figcaption' ||
  /caption/i.test(el.getAttribute('class') ?? '') ||
  el.parentElement?.localName === 'figure' ||
  (/^(?:em|i|small)$/.test(el.localName) && isImageLine(el));

/** Elements `isCaption` can accept, as a selector (it keeps the last word). */
const CAPTION_CANDIDATES = 'figcaption, [class*="caption" i], figure > *, p > em, p > i, p > small';

/**
 * Cuts the last `count` characters of `el`'s text, node by node from the end; elements left
 * without text (a credit's own `<span>` or link) go too.
 */
function cutTail(el: Element, count: number): void {
  const nodes: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let left = count;
  for (let i = nodes.length - 1; i >= 0 && left > 0; i--) {
    const n = nodes[i]!;
    const v = n.nodeValue ?? '';
    if (v.length <= left) {
      left -= v.length;
      n.nodeValue = '';
    } else {
      n.nodeValue = v.slice(0, v.length - left).replace(/\s+$/, '');
      left = 0;
    }
  }
  for (const e of [...el.querySelectorAll('*')].reverse())
    if ((e.textContent ?? '').trim() === '' && !e.querySelector('img, picture, video, iframe, svg')) e.remove();
}

/**
 * Photo credits: lines standing on their own next to their photo ("منبع عکس: ایرنا", "تصوير: أحمد
 * البلوشي", "(الصورة: خاص بمدار)", "Photo: AFP"), the label and a short name, nothing else; and
 * the credit closing a caption ("… — فوٹو: آن لائن", "… (تصویر: رنگ نگر)", "… انځور: د پښتون غږ /
 * ارشیف", "… فوٽو: سنڌ سويل"), which is cut while the caption stays. Only in captions (by tag, class
 * or place in a figure) and anchored at the end; a story paragraph ending "(تصویر: …)" is not a caption.
 */
export const photoCredits: CleanRule = {
  id: 'photo-credits',
  // Removes photo credit lines next to their photo, and the credit closing a caption
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const leaf of index.labels(isCreditLine, 60)) {
      if (!index.alive(leaf)) continue;
      const box = soleWrapper(leaf, root, index);
      if (box !== root && byPhoto(box, (el) => index.len(el))) removed.push(removeEl(this.id, box));
    }
    // The caption candidates only (the same set `isCaption` accepts), not every element of the page.
    for (const el of [...root.querySelectorAll(CAPTION_CANDIDATES)]) {
      // The innermost caption only: a figure holding a figcaption is not itself the caption.
      if (!isCaption(el) || !root.contains(el) || [...el.querySelectorAll('p, li, figcaption, [class]')].some(isCaption)) continue;
      const text = el.textContent ?? '';
      const tail = creditTail(text);
      if (!tail) continue;
      if (text.slice(0, tail.start).trim() === '' && !el.querySelector('img, picture, video, iframe')) el.remove();
      else cutTail(el, text.length - tail.start);
      removed.push({ rule: this.id, text: tail.text });
    }
    return removed;
  },
};
