/**
 * Reading time. Rates are CHARACTERS per minute from the International Reading Speed Texts study:
 * Trauzettel-Klosinski S, Dietz K, IReST Study Group, "Standardized Assessment of Reading
 * Performance: The New International Reading Speed Texts IReST", Invest Ophthalmol Vis Sci
 * 2012;53(9):5452-5461, doi:10.1167/iovs.11-8284 (the table Firefox's Reader View uses).
 *
 * Urdu-aware: IReST has no Urdu or Persian. We use its Arabic rate for every Arabic-script language
 * (same letters, same cursive density), and count characters, not words: Urdu spacing is
 * inconsistent (words run together or split at non-joining letters, ZWNJ), so a space-separated
 * word count is unreliable. At Urdu's ~4.3 characters a word (letters plus one space), 612 cpm is
 * about 140 words a minute, close to IReST's 138 wpm for Arabic and well below English's 228.
 * Keep every rate here, in this one table.
 */
import { primaryLang } from './text/script';

/** Characters per minute (mean) by primary language, IReST table 2 via Firefox ReaderMode. */
export const CHARS_PER_MINUTE: Readonly<Record<string, number>> = {
  en: 987,
  ar: 612,
  ur: 612, // no IReST data: Arabic script rate (see above)
  fa: 612, // no IReST data: Arabic script rate
  ps: 612,
  sd: 612,
  de: 920,
  es: 1025,
  fr: 998,
  he: 833,
  tr: 1054,
  zh: 255,
};
/** Rate for languages not in the table: IReST's mean over its 17 languages. */
export const DEFAULT_CHARS_PER_MINUTE = 863;

/** Characters that cost reading time: letters, digits and one per run of spaces. Marks are free. */
function readingLength(text: string): number {
  const letters = text.match(/[\p{L}\p{Nd}]/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return letters + (text.trim().match(/\s+/g)?.length ?? 0);
}

/** Minutes to read `text` in `lang`, at least 1 for any non-empty text. */
export function readingMinutes(text: string, lang: string): number {
  const len = readingLength(text);
  if (len === 0) return 0;
  const cpm = CHARS_PER_MINUTE[primaryLang(lang || 'en')] ?? DEFAULT_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(len / cpm));
}
