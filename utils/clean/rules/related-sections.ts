import { anyOf } from '../../text/fold';
import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isMoreFromHeading, isRelatedHeading } from '../patterns';
import { hasProse, soleWrapper, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';

const CONTAINERS = /^(?:body|html|main|article)$/;
const HEADING = /^h[1-6]$/;
/** Sections of story lists are long, but not article-long. */
const MAX_SECTION = 5000;

const linked = (el: Element, index: TextIndex) => index.linkDensity(el) * index.len(el);

/** Link share of `box` once `heading` is left out (1 when nothing else is left). */
function restLinkDensity(box: Element, heading: Element, index: TextIndex): number {
  const rest = index.len(box) - index.len(heading);
  return rest > 0 ? (linked(box, index) - linked(heading, index)) / rest : 1;
}

/** A run of story links: link-heavy and without paragraphs of prose. */
const isLinkList = (el: Element, index: TextIndex) =>
  index.len(el) > 0 && index.linkDensity(el) >= 0.5 && !hasProse(el, index) && index.len(el) <= MAX_SECTION;

/**
 * Section blocks under headings such as متعلقہ خبریں، مزید خبریں، اسی بارے میں، مقبول خبریں، ذات صلة،
 * الأكثر قراءة، مطالب مرتبط، Related, Most read. The section is the heading's box when the rest
 * of the box is links; inside a container of prose (Readability's output) it is the heading and
 * the link lists that follow it up to the next heading. A heading followed by prose is kept.
 */
export const relatedSections: CleanRule = {
  id: 'related-sections',
  // Removes related / most-read / latest-news sections under their headings
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const label of index.labels(anyOf(isRelatedHeading, isMoreFromHeading), 50)) {
      if (!index.alive(label)) continue;
      let heading = soleWrapper(label, root, index);
      let section: Element | null = null;
      for (let depth = 0; depth < 4 && !section; depth++) {
        const box = heading.parentElement;
        if (!box || box === root || CONTAINERS.test(box.localName) || index.len(box) > MAX_SECTION || hasProse(box, index)) break;
        if (index.len(box) === index.len(heading))
          heading = box; // a wrapper around the heading only
        else if (restLinkDensity(box, heading, index) >= 0.5) section = box;
        else break;
      }
      if (section) {
        removed.push(removeEl(this.id, section));
        continue;
      }
      // Inside prose: the heading and the link lists after it.
      const run: Element[] = [];
      let next = heading.nextElementSibling;
      while (next && !HEADING.test(next.localName) && (index.len(next) === 0 || isLinkList(next, index))) {
        run.push(next);
        next = next.nextElementSibling;
      }
      const orphan = !next && run.every((el) => index.len(el) === 0);
      if (run.some((el) => index.len(el) > 0) || orphan) {
        removed.push(removeEl(this.id, heading));
        for (const el of run) if (index.len(el) > 0) removed.push(removeEl(this.id, el));
      }
    }
    return removed;
  },
};
