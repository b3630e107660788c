/**
 * Search normalisation for Urdu, Arabic and Persian (../shared/notes/rtl-typography.md).
 *
 * Used for SEARCH ONLY: never on HTML that gets rendered (NFKC and mark stripping can rebuild
 * markup or rejoin a split `javascript:` — ../shared/notes/security.md).
 *
 * Letter variants that Arabic and Persian keyboards produce for the same Urdu word fold together
 * (ي ى -> ی, ك -> ک, ه ە ۂ -> ہ, ة -> ۃ, hamza-carrying alefs -> ا), but ے (bari ye) and ھ (do-chashmi
 * he) stay distinct: they make minimal pairs (لڑکے boys / لڑکی girl, کہا said / کھا eat), which
 * Lucene's Persian normaliser wrongly merges.
 */

/** Harakat, superscript alef, Quranic marks, tatweel, zero-width and bidi marks: deleted. */
// eslint-disable-next-line no-misleading-character-class -- ZWJ and bidi marks one by one, on purpose
const MARKS = /[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u0640\u200B\u200D\u200E\u200F\u061C\uFEFF\u202A-\u202E\u2066-\u2069\u00AD]/g;

/** One-letter folds. ے (U+06D2) and ھ (U+06BE) are deliberately absent. */
const FOLDS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh -> ی Farsi yeh (Urdu choti ye)
  '\u0649': '\u06CC', // ى alef maksura -> ی
  '\u0643': '\u06A9', // ك Arabic kaf -> ک keheh
  '\u0647': '\u06C1', // ه Arabic heh -> ہ heh goal (Urdu gol he)
  '\u06D5': '\u06C1', // ە ae -> ہ
  '\u06C2': '\u06C1', // ۂ heh goal with hamza (written ہ + U+0654; the mark goes above) -> ہ
  '\u0629': '\u06C3', // ة teh marbuta -> ۃ teh marbuta goal
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0622': '\u0627', // آ -> ا
  '\u0671': '\u0627', // ٱ -> ا
};
const FOLD_RE = /[\u064A\u0649\u0643\u0647\u06D5\u06C2\u0629\u0623\u0625\u0622\u0671]/g;

/** Arabic-Indic (U+0660-0669) and Extended/Urdu-Persian (U+06F0-06F9) digits -> ASCII. */
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Normalises text for indexing and querying: NFKC, marks stripped, letters folded, ZWNJ to a
 * space, digits to ASCII, Latin lower-cased. Idempotent.
 */
export function normalizeForSearch(text: string): string {
  // NFKC composes hamza and madda written as combining marks (ہ + U+0654 -> ۂ, ا + U+0653 -> آ)
  // and folds presentation forms and fullwidth letters; marks left over are then deleted.
  return text
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(FOLD_RE, (c) => FOLDS[c] ?? c)
    .replace(/\u200C/g, ' ')
    .replace(DIGITS, (d) => String(d.codePointAt(0)! - (d >= '\u06F0' ? 0x06f0 : 0x0660)))
    .toLowerCase();
}

/** Word separators: Unicode spaces and punctuation (never marks, which are inside words). */
const SEPARATOR = /[\p{Z}\p{P}\p{S}\s\u200C]+/u;

/**
 * Splits text into normalised words. Splitting happens on the ORIGINAL text's spaces and
 * punctuation first, then each word is normalised, so a highlighter can map words back.
 */
export function tokenizeForSearch(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeForSearch(text).split(SEPARATOR)) if (raw) out.push(raw);
  return out;
}

/** Splits original text into alternating separator and word segments (words keep their marks). */
export function splitWords(text: string): { text: string; word: boolean }[] {
  const parts: { text: string; word: boolean }[] = [];
  const re = /[\p{Z}\p{P}\p{S}\s\u200C]+/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), word: true });
    parts.push({ text: m[0], word: false });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), word: true });
  return parts;
}
