import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isCreditLine } from '../patterns/furniture';
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
 * Photo credits standing on their own next to their photo ("منبع عکس: ایرنا", "تصوير: أحمد
 * البلوشي", "(الصورة: خاص بمدار)", "Photo: AFP"): the label and a short name, nothing else.
 */
export const photoCredits: CleanRule = {
  id: 'photo-credits',
  description: 'Removes photo credit lines (label and name only) next to their photo',
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const leaf of index.labels(isCreditLine, 60)) {
      if (!index.alive(leaf)) continue;
      const box = soleWrapper(leaf, root, index);
      if (box !== root && byPhoto(box, (el) => index.len(el))) removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};
