import type { Removal } from '../types';

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
}

/** One clutter rule: an id, a one-line description, and a function that reports its removals. */
export interface CleanRule {
  id: string;
  description: string;
  phase: RulePhase;
  /** Removes clutter under `root` and returns what it removed (text as the reader would see it). */
  run(root: Element, ctx: RuleContext): Removal[];
}
