import type { Removal } from '../types';
import type { TextIndex } from './dom';

/** When a rule runs: on the page before Readability scores it, or on Readability's output. */
export type RulePhase = 'pre' | 'post';

export interface RuleContext {
  doc: Document;
  /** Article language and direction as captured before Readability. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The article title (for the duplicated-headline rule). */
  title: string;
  url: string | null;
  /** Rule ids (and `site-rules:<name>` entries) the reader turned off for this extraction. */
  disabled?: ReadonlySet<string>;
  /**
   * Letter counts of the root being cleaned, built once per phase on first use (the runner
   * rebuilds it after a rule that restructures the page). Optional so callers can build a
   * context by hand; `indexOf(root, ctx)` always gives one.
   */
  index?: TextIndex;
}

/** Elements a rule would remove, planned without touching the page, and its report. */
export interface MarkResult {
  drop: Element[];
  removed: Removal[];
  /**
   * The one subtree worth keeping, when a rule is sure everything outside it is boilerplate:
   * the pipeline then copies only it (`run` removes everything else).
   */
  focus?: Element;
}

/**
 * One clutter rule: an id and a function that reports its removals. What the rule removes is said
 * in a comment under its id, not in a field: every field here ships in the script injected into the
 * page on every opening (27 descriptions weighed about 1 KB gzip of the 60 KB budget).
 */
export interface CleanRule {
  id: string;
  /** The phases it runs in: before Readability (pruning pays for itself), after, or both. */
  phase: RulePhase | 'both';
  /** Set when the rule removes so much that text counts taken before it are worthless. */
  reindex?: boolean;
  /** Removes clutter under `root` and returns what it removed (text as the reader would see it). */
  run(root: Element, ctx: RuleContext): Removal[];
  /**
   * Plans the same removals without making them, skipping what earlier rules marked (`skip`).
   * The pipeline uses it for the page-wide pruning rules: it then copies only what is kept into
   * a small document, instead of paying jsdom's (or the browser's) cost of each removal.
   */
  mark?(root: Element, ctx: RuleContext, skip: ReadonlySet<Element>): MarkResult;
}
