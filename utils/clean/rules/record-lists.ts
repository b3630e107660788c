import type { Removal } from '../../types';
import type { CleanRule, MarkResult } from '../types';
import { findRecordLists } from '../records';
import { indexOf, removeEl, report } from '../runner';

/**
 * Lists of other stories recognised by shape (utils/clean/records.ts): repeated records of a
 * headline link with a time, a counter, a thumbnail or a one-line excerpt — WordPress's Latest
 * Posts block, themes' "more news" widgets, AMP related lists, Drupal views — removed with their
 * heading, whatever the heading says and in whatever language. It plans on the whole page (before
 * `boilerplate`, which would otherwise take each record's headline and leave its excerpt) and
 * cleans Readability's output again.
 */
export const recordLists: CleanRule & { mark: NonNullable<CleanRule['mark']> } = {
  id: 'record-lists',
  // Removes repeated story records (headline link + time / counter / thumbnail / short excerpt)
  // found by shape
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const list of findRecordLists(root, index)) {
      const targets = list.unit ? [list.heading, list.unit] : [list.heading, ...list.records];
      for (const el of targets) if (el && index.alive(el) && el !== root) removed.push(removeEl(this.id, el));
    }
    return removed;
  },
  mark(root, ctx, skip): MarkResult {
    const index = indexOf(root, ctx, skip);
    const drop: Element[] = [];
    for (const list of findRecordLists(root, index)) {
      const targets = list.unit ? [list.heading, list.unit] : [list.heading, ...list.records];
      for (const el of targets) if (el && el !== root && !drop.includes(el)) drop.push(el);
    }
    return { drop, removed: drop.map((el) => report(this.id, el)) };
  },
};
