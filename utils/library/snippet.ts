/**
 * Highlighted snippets for search results. Highlights cover WHOLE words (a mark in the middle of
 * a Nastaliq word breaks its joining in Firefox and WebKit — rtl-typography.md), and come back as
 * plain segments that the page renders as text, never as HTML.
 */
import { normalizeForSearch, splitWords, tokenizeForSearch } from '../text/normalize';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Words made only of letters that search normalisation leaves as they are (most Urdu words: no
 * marks, no letters to fold, no digits, no capitals) are their own single term. The letters are
 * found by asking normalizeForSearch itself, one at a time (Arabic block, ASCII lower case and
 * digits); none of them is a combining mark, so no two of them compose with each other.
 */
const SAME_AFTER_NORMALISING = (() => {
  const codes = [
    ...Array.from({ length: 0x100 }, (_, i) => 0x600 + i),
    ...Array.from({ length: 26 }, (_, i) => 0x61 + i),
    ...Array.from({ length: 10 }, (_, i) => 0x30 + i),
  ];
  const kept = codes
    .map((c) => String.fromCodePoint(c))
    .filter((ch) => !/[\p{M}\p{Z}\p{P}\p{S}\p{C}\s]/u.test(ch) && normalizeForSearch(ch) === ch);
  return new RegExp(`^[${kept.map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('')}]+$`, 'u');
})();

/**
 * Each other word's normalised terms, shared by every search: news text repeats its words, so
 * after a few searches most words are a lookup. Emptied when it grows large.
 */
const WORD_TERMS = new Map<string, string[]>();
const WORD_TERMS_MAX = 100_000;

function termsOfWord(word: string): string[] {
  if (SAME_AFTER_NORMALISING.test(word)) return [word];
  let terms = WORD_TERMS.get(word);
  if (terms === undefined) {
    if (WORD_TERMS.size >= WORD_TERMS_MAX) WORD_TERMS.clear();
    WORD_TERMS.set(word, (terms = tokenizeForSearch(word)));
  }
  return terms;
}

/** A matcher of original words against the (normalised) matched terms. */
function matcher(terms: readonly string[]): (word: string) => boolean {
  const set = new Set(terms);
  return (word) => termsOfWord(word).some((t) => set.has(t));
}

/** The whole text split into segments, matching words marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const isHit = matcher(terms);
  return merge(splitWords(text).map((p) => ({ text: p.text, hit: p.word && isHit(p.text) })));
}

/** Word separators, as in splitWords (utils/text/normalize.ts). */
const SEPARATORS = /[\p{Z}\p{P}\p{S}\s\u200C]+/gu;

/** The text's alternating word and separator segments, in order, split only as far as they are read. */
function* segments(text: string): Generator<{ text: string; word: boolean }> {
  const re = new RegExp(SEPARATORS);
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) yield { text: text.slice(last, m.index), word: true };
    yield { text: m[0], word: false };
    last = m.index + m[0].length;
  }
  if (last < text.length) yield { text: text.slice(last), word: true };
}

/**
 * A window of about `words` words around the first matching word of `text` (its start when
 * nothing matches), with the matching words marked and an ellipsis where it was cut. The text is
 * read only up to the end of the window, so a hit near the start of a long article costs little.
 */
export function snippet(text: string, terms: readonly string[], words = 30): Segment[] {
  const isHit = matcher(terms);
  const parts: { text: string; word: boolean }[] = [];
  const wordIdx: number[] = [];
  let firstHit = -1;
  for (const p of segments(text)) {
    parts.push(p);
    if (!p.word) continue;
    // One word past the window: the window is settled and the text goes on after it. With no
    // terms to look for, the window is the text's start.
    if ((firstHit >= 0 || terms.length === 0) && wordIdx.length >= Math.max(0, firstHit - Math.floor(words / 3)) + words) break;
    wordIdx.push(parts.length - 1);
    if (firstHit < 0 && isHit(p.text)) firstHit = wordIdx.length - 1;
  }
  if (wordIdx.length === 0) return [];
  const startWord = Math.max(0, firstHit - Math.floor(words / 3));
  const endWord = Math.min(wordIdx.length, startWord + words);
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
