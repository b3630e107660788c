/**
 * A reader's own rules for a site: data, never code or markup. Derived in the reader
 * (`deriveRule`), stored per site, checked at every trust boundary (`validateRules`), applied by
 * the pipeline before Readability (`ExtractOptions.userRules`), each removal reported as
 * `user:<id>`.
 */

/**
 * - `selector`: remove every element `selector` matches.
 * - `structure`: remove elements `selector` (a tag path) matches whose children have the `shape`
 *   signature (`shapeOf`), and, with `after: 'story'`, that come after the story's last paragraph.
 * - `text`: remove elements `selector` (a tag) matches whose whole text matches `pattern`.
 * - `region`: "always use this region here": the first element `selector` matches is the story;
 *   everything outside it is removed.
 */
export type UserRuleKind = 'selector' | 'structure' | 'text' | 'region';

export interface UserRule {
  /** Lowercase letters, digits and dashes; the removal report's rule is `user:<id>`. */
  id: string;
  /** The page's hostname (`www.` is ignored when matching), lowercase. */
  host: string;
  /** Applies only to paths starting with this (`/urdu/`); absent: the whole site. */
  pathPrefix?: string;
  /** What the reader calls it (the block's text at first; renamed in the options page). */
  name: string;
  kind: UserRuleKind;
  /** A restricted CSS selector (see validate.ts): every kind has one. */
  selector?: string;
  /**
   * `text` rules: the block's whole text, literal, with `{n}` standing for a number in any digit
   * script (`{n} views`, `تصویر: {n}`). Never a regular expression.
   */
  pattern?: string;
  /** `structure` rules: the children's signature, e.g. `li(a+time)` (see `shapeOf`). */
  shape?: string;
  /** `structure` rules: only blocks after the story's last paragraph. */
  after?: 'story';
  /** The text of the block it was derived from (shortened), shown in the options page. */
  example: string;
  /** ISO 8601 date-time of creation. */
  created: string;
  /** How many times it removed something (counted by the storage glue). */
  fired: number;
  enabled: boolean;
}

/** The removal report's rule name of a user rule. */
export const userRuleId = (rule: Pick<UserRule, 'id'>): string => `user:${rule.id}`;

/** An exported rules file. */
export interface UserRulesFile {
  format: 'saaf-site-rules';
  version: 1;
  rules: UserRule[];
}
