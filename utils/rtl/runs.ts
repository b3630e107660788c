/**
 * Finding the left-to-right runs inside right-to-left text: English words and phrases, URLs,
 * @handles and numbers with separators (dates, ranges, phone numbers). Pure string code.
 */

const LATIN = String.raw`\p{Script=Latin}`;
/** A Latin or numeric token; dots, hyphens and apostrophes only between letters ("U.S", "e-mail"). */
const TOKEN = String.raw`[${LATIN}\p{Nd}](?:[${LATIN}\p{Nd}\p{M}_]|['’.\-+](?=[${LATIN}\p{Nd}]))*`;
/** What may join two tokens of one English phrase: spaces, or a comma/colon/ampersand/slash/dash with spaces. */
const JOIN = String.raw`(?:[ \u00A0]*[,:;&/\-–][ \u00A0]*|[ \u00A0]+)`;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"'()\u0600-\u06FF]*[^\s<>"'().,;:!?\u0600-\u06FF]`;
const HANDLE = String.raw`[@#][A-Za-z0-9_]{1,50}`;

/** URLs, handles, then phrases of Latin/number tokens. Global, sticky-free: use with matchAll. */
export const LTR_RUN = new RegExp(`${URL}|${HANDLE}(?:${JOIN}${TOKEN})*|${TOKEN}(?:${JOIN}(?:${HANDLE}|${TOKEN}))*`, 'gu');

const HAS_LATIN = new RegExp(LATIN, 'u');
/** Digits with an inner separator ("27/09/2023", "10-20", "3.5", "0300-1234567") reorder in RTL. */
const SEPARATED_NUMBER = /^\p{Nd}+(?:[.,:/\-–]\p{Nd}+)+$/u;

export interface Run {
  start: number;
  end: number;
}

/**
 * The runs of `text` that should be isolated (`<bdi>`) inside an RTL paragraph. A bare integer is
 * left alone (European digits are weak and already display correctly); a number with separators,
 * any run with a Latin letter, a URL or a handle is returned.
 */
export function findLtrRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(LTR_RUN)) {
    const s = m[0];
    if (HAS_LATIN.test(s) || SEPARATED_NUMBER.test(s)) runs.push({ start: m.index, end: m.index + s.length });
  }
  return runs;
}

const LATIN_LETTER = new RegExp(`[${LATIN}&&\\p{L}]`, 'gv');
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/gu;

/** Share (0..1) of Latin letters among Latin + RTL letters; 0 when the text has no letters. */
export function latinShare(text: string): number {
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return latin + rtl === 0 ? 0 : latin / (latin + rtl);
}
