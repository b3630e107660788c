/**
 * What the corpus harness and the quality bench check on one extracted page, as a list of
 * problems with stable keys (so a known failure can name exactly one of them).
 */
import { primaryLang } from '../../utils/text/script';
import type { Article } from '../../utils/types';
import { checkFragments, normalizeForMatch, type Annotation } from './match';

export type ProblemKind = 'missing' | 'leaked' | 'field' | 'embed' | 'no-article';

/** One way an extraction disagrees with its annotation. */
export interface Problem {
  kind: ProblemKind;
  /** The fragment that went missing or leaked, or the field / embed that differs. */
  fragment: string;
  /** What was expected and what came out (fields and embeds). */
  detail?: string;
}

/** A YouTube video is the same video as an embed/ URL or a watch?v= URL. */
function sameUrl(got: string | null, want: string | null): boolean {
  const yt = (u: string | null) =>
    u ? /(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?v=)|youtu\.be\/)([\w-]{6,20})/.exec(u)?.[1] : undefined;
  return got === want || (yt(got) !== undefined && yt(got) === yt(want));
}

const primary = (tag: string | null | undefined) => primaryLang(tag ?? '') || null;

/** Every disagreement between `article` and `a`: fragments, then lang/dir/title/publishedTime, then embeds. */
export function checkArticle(a: Annotation, article: Article): Problem[] {
  const problems: Problem[] = [];
  const { missing, leaked } = checkFragments(a, article.title, article.text);
  for (const f of missing) problems.push({ kind: 'missing', fragment: f });
  for (const f of leaked) problems.push({ kind: 'leaked', fragment: f });
  const field = (name: string, want: unknown, got: unknown) => {
    if (want !== got)
      problems.push({ kind: 'field', fragment: name, detail: `expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}` });
  };
  if (a.lang !== undefined) field('lang', primary(a.lang), primary(article.lang));
  if (a.dir !== undefined) field('dir', a.dir, article.dir);
  if (a.title !== undefined) field('title', normalizeForMatch(a.title), normalizeForMatch(article.title));
  if (a.publishedTime !== undefined) field('publishedTime', a.publishedTime, article.publishedTime?.slice(0, 10) ?? null);
  (a.embeds ?? []).forEach((want, i) => {
    const got = article.embeds[i];
    const name = `embed ${i} (${want.kind})`;
    if (!got) return problems.push({ kind: 'embed', fragment: name, detail: 'not found' });
    const diffs: string[] = [];
    if (got.kind !== want.kind) diffs.push(`kind ${got.kind}`);
    if (want.lang !== undefined && primary(got.lang) !== primary(want.lang)) diffs.push(`lang ${got.lang}`);
    if (want.textStartsWith && !normalizeForMatch(got.text).startsWith(normalizeForMatch(want.textStartsWith)))
      diffs.push(`text "${got.text.slice(0, 60)}"`);
    if (want.author !== undefined && got.author !== want.author) diffs.push(`author ${got.author}`);
    if (want.handle !== undefined && got.handle !== want.handle) diffs.push(`handle ${got.handle}`);
    if (want.url !== undefined && sameUrl(got.url, want.url) === false) diffs.push(`url ${got.url}`);
    if (diffs.length) problems.push({ kind: 'embed', fragment: name, detail: diffs.join(', ') });
  });
  if (a.embeds && article.embeds.length > a.embeds.length) {
    problems.push({ kind: 'embed', fragment: 'extra embeds', detail: `expected ${a.embeds.length}, got ${article.embeds.length}` });
  }
  return problems;
}

/** Words (letters and digits, lower-cased), the unit of the Readability non-regression check. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Share (0..1) of `expected`'s words (as a multiset) that `ours` keeps, and the words it drops. */
export function keptWords(expected: string[], ours: string[]): { kept: number; dropped: string[] } {
  const bag = new Map<string, number>();
  for (const w of ours) bag.set(w, (bag.get(w) ?? 0) + 1);
  const dropped: string[] = [];
  let kept = 0;
  for (const w of expected) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      kept++;
      bag.set(w, n - 1);
    } else dropped.push(w);
  }
  return { kept: expected.length ? kept / expected.length : 1, dropped };
}

/** Removes one occurrence of each word of `span` from `list` (a named clutter span we drop on purpose). */
export function withoutSpan(list: string[], span: string): string[] {
  const out = [...list];
  for (const w of words(span)) {
    const i = out.indexOf(w);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}
