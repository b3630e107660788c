import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasLink, hasTag } from '../../text/dom-query';

/** A paragraph that is one linked headline: all link, a few words. */
function isLinkLine(el: Element, index: TextIndex): boolean {
  if (!/^(?:p|h3|h4|h5|h6)$/.test(el.localName)) return false;
  const len = index.len(el);
  return len >= 12 && len <= 200 && index.linkDensity(el) >= 0.9 && hasLink(el) && !hasTag(el, 'img');
}

/**
 * Runs of two or more paragraphs that are each nothing but a link to another story, inside the
 * body ("Five things we learned from Obama interview" / "The presidential body swerve" on BBC
 * News). A single linked line followed by prose is kept: a bulletin introduces its items that
 * way (almasryalyoum.com's morning digest).
 */
export const linkRuns: CleanRule = {
  id: 'link-runs',
  // Removes runs of two or more link-only paragraphs (related-story links inside the body)
  phase: 'post',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const parents = new Set<Element>();
    for (const p of index.tag('p')) if (p.parentElement) parents.add(p.parentElement);
    for (const parent of parents) {
      let run: Element[] = [];
      const flush = () => {
        if (run.length >= 2) for (const el of run) removed.push(removeEl(this.id, el));
        run = [];
      };
      for (const child of [...parent.children]) {
        if (isLinkLine(child, index)) run.push(child);
        else if (index.len(child) > 0 || hasTag(child, 'img', 'picture', 'figure')) flush();
      }
      flush();
    }
    return removed;
  },
};
