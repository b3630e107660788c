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

/** A matcher of original words against the (normalised) matched terms, memoised per word: news text repeats its words. */
function matcher(terms: readonly string[]): (word: string) => boolean {
  const set = new Set(terms);
  const memo = new Map<string, boolean>();
  return (word) => {
    let hit = memo.get(word);
    if (hit === undefined) memo.set(word, (hit = tokenizeForSearch(word).some((t) => set.has(t))));
    return hit;
  };
}

/** The whole text split into segments, matching words marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const isHit = matcher(terms);
  return merge(splitWords(text).map((p) => ({ text: p.text, hit: p.word && isHit(p.text) })));
}

/**
 * A window of about `words` words around the first matching word of `text` (its start when
 * nothing matches), with the matching words marked and an ellipsis where it was cut.
 */
export function snippet(text: string, terms: readonly string[], words = 30): Segment[] {
  const isHit = matcher(terms);
  const parts = splitWords(text);
  const wordIdx = parts.flatMap((p, i) => (p.word ? [i] : []));
  const firstHit = wordIdx.findIndex((i) => isHit(parts[i]!.text));
  const startWord = Math.max(0, firstHit - Math.floor(words / 3));
  const endWord = Math.min(wordIdx.length, startWord + words);
  if (wordIdx.length === 0) return [];
  const from = wordIdx[startWord]!;
  const to = wordIdx[endWord - 1]!;
  const out: Segment[] = parts.slice(from, to + 1).map((p) => ({ text: p.text, hit: p.word && isHit(p.text) }));
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
