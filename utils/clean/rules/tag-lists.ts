import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { TAG_HREF, isTagsLabel } from '../patterns';
import { soleWrapper, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { linksIn } from '../../text/dom-query';

/** WordPress core's tag cloud widget and post-tag boxes most themes print. */
const TAG_SELECTOR = '.tagcloud, .post-tags, .entry-tags, .tags-links';

const PAGE = /^(?:body|main|article|html)$/;

/** A link to a tag page: `rel="tag"` or a tag/topic URL. */
const isTagLink = (a: Element) => /(?:^|\s)tag(?:\s|$)/i.test(a.getAttribute('rel') ?? '') || TAG_HREF.test(a.getAttribute('href') ?? '');

/** Is every link in `el` a tag link, and is `el` nothing but those links (and a label)? */
function allTags(el: Element, index: TextIndex): boolean {
  const links = linksIn(el);
  return links.length > 0 && links.every(isTagLink) && index.linkDensity(el) >= 0.6;
}

/**
 * Tag lists: a "ٹیگز / الوسوم / برچسب‌ها / Tags:" label with the links after it, and runs of
 * links to tag pages (`rel="tag"`, /tag/, /topic/, tags.<site>) however they are labelled.
 */
export const tagLists: CleanRule = {
  id: 'tag-lists',
  // Removes tag lists and their labels
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of index.select(TAG_SELECTOR)) {
      if (index.alive(el) && el !== root && index.linkDensity(el) >= 0.6) removed.push(removeEl(this.id, el));
    }
    for (const leaf of index.labels(isTagsLabel, 30)) {
      if (!index.alive(leaf)) continue;
      const label = soleWrapper(leaf, root, index);
      const box = label.parentElement;
      const rest = box ? index.len(box) - index.len(label) : 0;
      const restLinks = box ? index.linkDensity(box) * index.len(box) - index.linkDensity(label) * index.len(label) : 0;
      if (box && box !== root && !PAGE.test(box.localName) && rest > 0 && restLinks / rest >= 0.6 && index.len(box) < 800) {
        removed.push(removeEl(this.id, box));
      } else if (label.nextElementSibling && allTags(label.nextElementSibling, index)) {
        removed.push(removeEl(this.id, label.nextElementSibling), removeEl(this.id, label));
      }
    }
    for (const a of index.tag('a').filter((a) => a.hasAttribute('href'))) {
      if (!index.alive(a) || !isTagLink(a)) continue;
      // The largest box around the link that is only tag links (a lone tag link in prose stays).
      let box: Element | null = null;
      for (let cur = a.parentElement; cur && cur !== root && !PAGE.test(cur.localName) && index.len(cur) < 800; cur = cur.parentElement) {
        if (!allTags(cur, index) || linksIn(cur).length < 2) break;
        box = cur;
      }
      if (box) removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};
