/**
 * Highlighted snippets for search results. Highlights cover WHOLE words (a mark in the middle of
 * a Nastaliq word breaks its joining in Firefox and WebKit — rtl-typography.md), and come back as
 * plain segments that the page renders as text, never as HTML.
 */
import { splitWords, tokenizeForSearch } from '../text/normalize';

export interface Segment {
  text: string;
  hit: boolean;
}

/** Does an original word match one of the (normalised) matched terms? */
function isHit(word: string, terms: ReadonlySet<string>): boolean {
  return tokenizeForSearch(word).some((t) => terms.has(t));
}

/** The whole text split into segments, matching words marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const set = new Set(terms);
  return merge(splitWords(text).map((p) => ({ text: p.text, hit: p.word && isHit(p.text, set) })));
}

/**
 * A window of about `words` words around the first matching word of `text` (its start when
 * nothing matches), with the matching words marked and an ellipsis where it was cut.
 */
export function snippet(text: string, terms: readonly string[], words = 30): Segment[] {
  const set = new Set(terms);
  const parts = splitWords(text);
  const wordIdx = parts.flatMap((p, i) => (p.word ? [i] : []));
  const firstHit = wordIdx.findIndex((i) => isHit(parts[i]!.text, set));
  const startWord = Math.max(0, firstHit - Math.floor(words / 3));
  const endWord = Math.min(wordIdx.length, startWord + words);
  if (wordIdx.length === 0) return [];
  const from = wordIdx[startWord]!;
  const to = wordIdx[endWord - 1]!;
  const out: Segment[] = parts.slice(from, to + 1).map((p) => ({ text: p.text, hit: p.word && isHit(p.text, set) }));
  if (from > 0) out.unshift({ text: '… ', hit: false });
  if (to < parts.length - 1) out.push({ text: ' …', hit: false });
  return merge(out);
}

/** Joins neighbouring segments of the same kind. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.hit === s.hit) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
