import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isCommentLabel } from '../patterns';
import { hasProse, soleWrapper } from '../dom';
import { indexOf, removeEl } from '../runner';

/** Comment sections as WordPress, Disqus, Facebook and common themes mark them. */
const COMMENT_SELECTOR =
  '#comments, #respond, #disqus_thread, .comments-area, .comment-respond, .comments, .comment-list, .commentlist, .fb-comments, #commentform, .comments-section, #comments-section, [id^="comments-"], .post-comments';

const COMMENTISH = /comment|reply|respond|disqus|discussion|feedback|talkback/i;

/**
 * Comment sections, their headings ("تبصرے", "التعليقات", "نظرات", "Comments") and the boxes
 * around them. A comment box is judged by what it holds: never story prose outside comments.
 */
export const comments: CleanRule = {
  id: 'comments',
  // Removes comment sections, comment forms and their headings
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of index.select(COMMENT_SELECTOR)) {
      if (index.alive(el) && el !== root && !/^(?:body|main|article)$/.test(el.localName)) removed.push(removeEl(this.id, el));
    }
    for (const leaf of index.labels(isCommentLabel, 40)) {
      if (!index.alive(leaf)) continue;
      let box = soleWrapper(leaf, root, index);
      // The heading's section: its parent when that holds no story prose and is not the page.
      const parent = box.parentElement;
      const sectionLike = /^h[2-6]$/.test(box.localName) || COMMENTISH.test(`${parent?.className} ${parent?.id}`);
      if (
        parent &&
        sectionLike &&
        parent !== root &&
        !/^(?:body|main|article)$/.test(parent.localName) &&
        !hasProse(parent, index) &&
        index.len(parent) < 3000
      ) {
        box = parent;
      }
      removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};
