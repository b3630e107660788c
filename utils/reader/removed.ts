/**
 * The "What Saaf removed" panel's data: an article's removals grouped by the kind of rule that made
 * them, in page order, and the misses a reader reports for general rules (kept on the machine,
 * exported as a JSON report on request). Pure: no browser APIs.
 */

/** A removal as the pipeline reports it (`Removal` in utils/types.ts). */
export interface RemovalLike {
  rule: string;
  text: string;
  /** Origin ids of the removed elements (page order), when the pipeline knows them. */
  origin?: readonly number[];
}

/**
 * - `general`: Saaf's rules for every site (`teaser-lists`, `disclaimers`, ...).
 * - `site`: Saaf's data for one site (`site-rules:<site>`).
 * - `user`: the reader's own rule (`user:<id>`).
 */
export type RuleKind = 'general' | 'site' | 'user';
export const RULE_KINDS: readonly RuleKind[] = ['general', 'site', 'user'];

export function ruleKind(rule: string): RuleKind {
  if (rule.startsWith('user:')) return 'user';
  if (rule.startsWith('site-rules:')) return 'site';
  return 'general';
}

export interface RemovedGroup<R extends RemovalLike = RemovalLike> {
  kind: RuleKind;
  items: R[];
}

/** Where a removal stood in the page: its first origin id, or after everything known. */
function position(r: RemovalLike): number {
  return r.origin?.length ? Math.min(...r.origin) : Number.POSITIVE_INFINITY;
}

/**
 * Removals grouped by kind (general, site, yours; empty groups left out), each group in page
 * order; removals without a known place keep the pipeline's order after the placed ones. Empty
 * texts (a removed image, a spacer) are left out: there is nothing to show or put back.
 */
export function groupRemovals<R extends RemovalLike>(removed: readonly R[]): RemovedGroup<R>[] {
  const indexed = removed.map((r, i) => ({ r, i, at: position(r) })).filter(({ r }) => r.text.trim() !== '');
  indexed.sort((a, b) => (a.at === b.at ? a.i - b.i : a.at - b.at));
  return RULE_KINDS.map((kind) => ({ kind, items: indexed.filter(({ r }) => ruleKind(r.rule) === kind).map(({ r }) => r) })).filter(
    (g) => g.items.length > 0,
  );
}

/** A general rule that removed part of a story, as the reader reported it. */
export interface Miss {
  url: string;
  rule: string;
  /** The removed text (cut to {@link MISS_TEXT_MAX}). */
  text: string;
  /** ISO 8601 date-time of the report. */
  at: string;
}

export const MISS_TEXT_MAX = 500;
/** The most misses kept; the oldest go first. */
export const MISSES_MAX = 200;

/** A miss from a removal on a page (text cut, rule and URL as given). */
export function makeMiss(url: string, removal: RemovalLike, now = new Date()): Miss {
  const text = removal.text.replace(/\s+/g, ' ').trim();
  return { url, rule: removal.rule, text: text.length > MISS_TEXT_MAX ? text.slice(0, MISS_TEXT_MAX) : text, at: now.toISOString() };
}

/** Adds a miss to a list (the same rule, page and text once), keeping at most {@link MISSES_MAX}. */
export function addMiss(list: readonly Miss[], miss: Miss): Miss[] {
  const rest = list.filter((m) => !(m.url === miss.url && m.rule === miss.rule && m.text === miss.text));
  return [...rest, miss].slice(-MISSES_MAX);
}

/** Reads a stored list, keeping only well-formed misses (storage is not trusted blindly). */
export function coerceMisses(value: unknown): Miss[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (m): m is Miss =>
        !!m &&
        typeof m === 'object' &&
        typeof (m as Miss).url === 'string' &&
        typeof (m as Miss).rule === 'string' &&
        typeof (m as Miss).text === 'string' &&
        typeof (m as Miss).at === 'string',
    )
    .slice(-MISSES_MAX);
}

/** The exported report: what general rules took from stories, with each page's URL. */
export interface MissReport {
  format: 'saaf-misses';
  version: 1;
  exported: string;
  misses: Miss[];
}

export function missReport(misses: readonly Miss[], now = new Date()): MissReport {
  return { format: 'saaf-misses', version: 1, exported: now.toISOString(), misses: [...misses] };
}
