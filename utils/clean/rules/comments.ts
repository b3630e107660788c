import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { COMMENT_LABEL } from '../patterns';
import { leavesMatching } from '../dom';
import { removeEl } from '../runner';

const COMMENT_SELECTOR =
  '#comments, #respond, #disqus_thread, .comments-area, .comment-respond, .comments, .fb-comments, form[action*="comment" i], #commentform';

/** Comment sections and comment forms, by WordPress/Disqus markup and by their headings. */
export const comments: CleanRule = {
  id: 'comments',
  description: 'Removes comment sections, comment forms and their headings',
  phase: 'pre',
  run(root) {
    const removed: Removal[] = [];
    for (const el of root.querySelectorAll(COMMENT_SELECTOR)) {
      if (el.isConnected) removed.push(removeEl(this.id, el));
    }
    for (const leaf of leavesMatching(root, COMMENT_LABEL, 30)) {
      if (!leaf.isConnected) continue;
      const heading = leaf.closest('h1, h2, h3, h4, h5, h6, label, button') ?? leaf;
      const section = heading.parentElement;
      const box = section && section !== root && section.querySelector('form, textarea') ? section : heading;
      removed.push(removeEl(this.id, box));
    }
    for (const input of root.querySelectorAll('textarea, input[type="submit"]')) {
      if (input.isConnected) removed.push(removeEl(this.id, input.closest('form') ?? input));
    }
    return removed;
  },
};
