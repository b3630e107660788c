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
 * A class token naming an author card as a part of a larger name: Webflow's Client-First
 * `blog-post_author-card`, `author-card_component`, BEM `c-article__author-bio`, `post-about-author`;
 * the author's title line under the byline (a Bolt CMS theme's `record-author-line`, `author-role`).
 * The themes' exact names are in SELECTOR; this finds the same words inside composed names.
 */
const AUTHOR_CARD_TOKEN = /(?:^|[_-])(?:author[-_]?(?:card|bio|box|info|line|role)|about[-_]?(?:the[-_]?)?author)(?:$|[_-])/i;
const hasAuthorCardClass = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).some((t) => AUTHOR_CARD_TOKEN.test(t));

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
    // Composed class names: the outermost such box that is a bio (no paragraph of story prose).
    for (const el of root.querySelectorAll('[class*="author" i]')) {
      if (!index.alive(el) || el === root || !hasAuthorCardClass(el)) continue;
      if (/^(?:body|main|article)$/.test(el.localName) || index.len(el) > MAX_BOX || hasProse(el, index, 300)) continue;
      removed.push(removeEl(this.id, el));
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
