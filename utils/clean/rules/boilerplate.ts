import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import type { TextIndex } from '../dom';
import { indexOf, report, runMarked } from '../runner';
import { holdsCaptionGallery } from '../../extract/captions';

/** The story container must hold this share of the page's prose for the rule to trust it. */
const STORY_SHARE = 0.8;
/** Too little paragraph prose to locate the story (a page of bare divs): the rule stays out. */
const MIN_PROSE = 400;

/**
 * The deepest element holding most of the page's prose paragraphs: where the story is. Null
 * when the prose is too thin or too scattered to say.
 */
export function storyContainer(root: Element, index: TextIndex): Element | null {
  const total = index.proseLetters(root);
  if (total < MIN_PROSE || total < index.len(root) * 0.15) return null;
  let cur = root;
  for (;;) {
    let next: Element | null = null;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) {
      if (index.proseLetters(c) >= total * STORY_SHARE) next = c;
    }
    if (!next) return cur;
    cur = next;
  }
}

/** A block of links without prose: menus, link farms, teaser rails, footers. */
const isLinkFarm = (el: Element, index: TextIndex) =>
  index.len(el) >= 20 && index.linkDensity(el) >= 0.5 && index.longestParagraph(el) < 150;

/**
 * Boilerplate around the story: outside the element that holds most of the page's prose, blocks
 * that are mostly links and hold no paragraph of prose. Readability discards them anyway
 * (low scores, link density); removing them first means it walks, scores and caches a page a
 * fraction of the size. Nothing inside the story container is touched here.
 */
export const boilerplate: CleanRule & { mark: NonNullable<CleanRule['mark']> } = {
  id: 'boilerplate',
  // Removes link-heavy blocks without prose outside the story container, before Readability
  phase: 'pre',
  reindex: true,
  run(root, ctx) {
    return runMarked(this, root, ctx);
  },
  mark(root, ctx, skip) {
    const index = indexOf(root, ctx, skip);
    const story = storyContainer(root, index);
    const drop: Element[] = [];
    const removed: Removal[] = [];
    if (!story || story === root) return { drop, removed };
    // Near the story (its parent's other children: headline, dek, lead image, byline) only link
    // farms go; further out, blocks without prose go too.
    const near = story.parentElement ?? story;
    let proseOutside = false;
    const sweep = (box: Element, far: boolean) => {
      for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
        if (child === story || skip.has(child) || child.contains(story)) continue;
        if (isLinkFarm(child, index)) {
          drop.push(child);
          removed.push(report(this.id, child));
        } else if (far && (index.longestParagraph(child) >= 80 || holdsCaptionGallery(child))) proseOutside = true;
        else if (index.len(child) > 0 && index.proseLetters(child) === 0) sweep(child, far);
      }
    };
    for (let a: Element | null = near; a; a = a === root ? null : a.parentElement) sweep(a, a !== near);
    // Nothing but boilerplate outside the story's parent: keep only that subtree. (Leaving the
    // story an only child deep in empty wrappers would make Readability climb to a wrapper and
    // clean the story away with it; a copy of just this subtree gives it the story at the top.)
    // A photo series told in captions in its own box beside the story is the story's gallery,
    // not boilerplate: the pipeline moves it next to the story's text (extract/captions.ts).
    const focus = proseOutside || near === root ? undefined : near;
    return { drop, removed, focus };
  },
};
