import type { CleanRule } from './types';
import { adLabels } from './rules/ad-labels';
import { authorBoxes } from './rules/author-boxes';
import { backToTop } from './rules/back-to-top';
import { boilerplate } from './rules/boilerplate';
import { comments } from './rules/comments';
import { continued } from './rules/continued';
import { counters } from './rules/counters';
import { disclaimers } from './rules/disclaimers';
import { duplicateHeadline } from './rules/duplicate-headline';
import { furniture } from './rules/furniture';
import { linkRuns } from './rules/link-runs';
import { listenPlayers } from './rules/listen-players';
import { loneCards } from './rules/lone-cards';
import { newsletterBoxes } from './rules/newsletter-boxes';
import { orphanHeadings } from './rules/orphan-headings';
import { pageNav } from './rules/page-nav';
import { photoCredits } from './rules/photo-credits';
import { promos } from './rules/promos';
import { prune } from './rules/prune';
import { readAlso } from './rules/read-also';
import { recordLists } from './rules/record-lists';
import { relatedSections } from './rules/related-sections';
import { relativeTimes } from './rules/relative-times';
import { shareBars } from './rules/share-bars';
import { siteRules } from './rules/site-rules';
import { sectionLines, tagLists } from './rules/tag-lists';
import { teaserLists } from './rules/teaser-lists';

export { runRules } from './runner';
export type { CleanRule, RuleContext } from './types';

/**
 * Every clutter rule in the order it runs: pruning first (so the rest measure a small page),
 * general rules next, site selectors last — a site rule only mops up what no general rule can
 * recognise, it never stands in for one.
 */
export const RULES: readonly CleanRule[] = [
  prune,
  furniture,
  teaserLists,
  relatedSections,
  recordLists,
  readAlso,
  loneCards,
  linkRuns,
  relativeTimes,
  counters,
  pageNav,
  promos,
  listenPlayers,
  continued,
  adLabels,
  photoCredits,
  shareBars,
  comments,
  tagLists,
  sectionLines,
  newsletterBoxes,
  authorBoxes,
  disclaimers,
  backToTop,
  duplicateHeadline,
  siteRules,
  // After every rule that removes lists: a heading they left with nothing under it goes too.
  orphanHeadings,
  boilerplate,
];
