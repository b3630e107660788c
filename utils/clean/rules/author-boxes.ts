import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isAuthorBoxHeading } from '../patterns';
import { hasProse, soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';

/** Author bio boxes as themes and plugins mark them (Simple Author Box, Molongui, tagDiv, JNews). */
const SELECTOR =
  '.author-box, .author-bio, .about-author, .author-info-box, .saboxplugin-wrap, .m-a-box, .td-author-box, .jeg_authorbox, .post-author-box, .author-card, #author-box';

/** An author box is a bio, not an essay. */
const MAX_BOX = 1000;

/**
 * Author boxes that are not the byline: the bio card (photo, name, a sentence or two, profile
 * links) themes put after the story, and sections headed "مصنف کے بارے میں" / "عن الكاتب" /
 * "درباره نویسنده" / "About the author". The byline itself is short and read as metadata.
 */
export const authorBoxes: CleanRule = {
  id: 'author-boxes',
  // Removes author bio boxes after the story (not the byline)
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of index.select(SELECTOR)) {
      if (index.alive(el) && el !== root && index.len(el) <= MAX_BOX) removed.push(removeEl(this.id, el));
    }
    for (const leaf of index.labels(isAuthorBoxHeading, 30)) {
      if (!index.alive(leaf)) continue;
      const heading = soleWrapper(leaf, root, index);
      const box = heading.parentElement;
      const boxOk =
        box && box !== root && !/^(?:body|main|article)$/.test(box.localName) && index.len(box) <= MAX_BOX && !hasProse(box, index, 400);
      removed.push(removeEl(this.id, boxOk ? box : heading));
    }
    return removed;
  },
};
