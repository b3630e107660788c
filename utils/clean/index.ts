import type { CleanRule } from './types';
import { adLabels } from './rules/ad-labels';
import { comments } from './rules/comments';
import { duplicateHeadline } from './rules/duplicate-headline';
import { backToTop, tagLists } from './rules/page-chrome';
import { shareBars } from './rules/share-bars';
import { teaserLists } from './rules/teaser-lists';

export { runRules } from './runner';
export type { CleanRule, RuleContext } from './types';

/** Every clutter rule, general rules first. Pre rules prune before Readability scores the page. */
export const RULES: readonly CleanRule[] = [teaserLists, adLabels, shareBars, comments, tagLists, backToTop, duplicateHeadline];
