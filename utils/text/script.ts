/**
 * Which script and language a text is written in. Used to set `dir`/`lang` when the page does not
 * say (or says wrong: beirutobserver.com serves Arabic under `<html lang="en-US">`).
 */

/** Languages written right to left (primary subtags). */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'ur',
  'fa',
  'ps',
  'sd',
  'ug',
  'ckb',
  'ku',
  'he',
  'yi',
  'dv',
  'ks',
  'pnb',
  'skr',
  'bal',
  'bqi',
]);

/** Languages written in Arabic script that Saaf treats as first-class. */
export type ArabicScriptLang = 'ur' | 'ar' | 'fa' | 'ps' | 'sd';

export interface ScriptCounts {
  arabic: number;
  hebrew: number;
  latin: number;
  other: number;
}

/** Arabic-script code points that are digits or punctuation, not letters. */
const ARABIC_NON_LETTER = (c: number) =>
  (c >= 0x0600 && c <= 0x061f) ||
  (c >= 0x064b && c <= 0x066d) ||
  c === 0x0670 ||
  (c >= 0x06d4 && c <= 0x06ed) ||
  (c >= 0x06f0 && c <= 0x06f9) ||
  (c >= 0x08ca && c <= 0x08ff) ||
  c === 0xfd3e ||
  c === 0xfd3f;

/** Whether each BMP code unit is a letter (\p{L}), found out once per code unit: 0 not known yet, 1 yes, 2 no. */
const LETTER_KNOWN = new Uint8Array(0x10000);
/**
 * `/\p{L}/u` on one code unit, remembered: English pages are full of curly quotes, dashes and
 * no-break spaces, and each test made a one-character string and ran a regex.
 */
function isOtherLetter(c: number): boolean {
  let k = LETTER_KNOWN[c]!;
  if (k === 0) LETTER_KNOWN[c] = k = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Counts letters by script. Only the first `limit` characters are read (speed on huge pages);
 * the common scripts are told apart by code point range, the regex only sees the rest.
 */
export function countScripts(text: string, limit = 20_000): ScriptCounts {
  const counts: ScriptCounts = { arabic: 0, hebrew: 0, latin: 0, other: 0 };
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
    } else if (
      (c >= 0x0600 && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f) ||
      (c >= 0x08a0 && c <= 0x08ff) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfefc)
    ) {
      // Letters, not digits, punctuation or vowel marks (ے U+06D2 and ۓ U+06D3 are letters).
      if (!ARABIC_NON_LETTER(c) || c === 0x06d5) counts.arabic++;
    } else if (c >= 0x0590 && c <= 0x05ff) {
      if ((c >= 0x05d0 && c <= 0x05ea) || (c >= 0x05ef && c <= 0x05f2)) counts.hebrew++;
    } else if (c >= 0x00c0 && c <= 0x024f) {
      if (c !== 0xd7 && c !== 0xf7) counts.latin++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      continue; // astral symbols (emoji): not letters of any script counted here
    } else if (isOtherLetter(c)) counts.other++;
  }
  return counts;
}

/** Share (0..1) of letters that belong to a right-to-left script. */
export function rtlShare(text: string): number {
  const c = countScripts(text);
  const total = c.arabic + c.hebrew + c.latin + c.other;
  return total === 0 ? 0 : (c.arabic + c.hebrew) / total;
}

// Letters that occur in one language of the Arabic script and (almost) never in the others.
const URDU_MARKERS = /[ٹڈڑںےۓھ]/g;
const PASHTO_MARKERS = /[ټډړښږځڅګڼۍې]/g;
const SINDHI_MARKERS = /[ڄڃڇڌڍڏڙڦڪڳڱڻٺٻٽٿ]/g;
const PERSIAN_MARKERS = /[پچژگ]|\u200c/g;
const ARABIC_MARKERS = /[ةيكىإأؤئ]/g;

function hits(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Guesses the language of an Arabic-script text from letters peculiar to each language.
 * Urdu: ٹ ڈ ڑ ں ے ھ; Persian: پ چ ژ گ (shared with Urdu) and ZWNJ without Urdu letters;
 * Arabic: ة ي ك ى; Pashto and Sindhi have letters of their own.
 */
export function guessArabicScriptLang(text: string): ArabicScriptLang {
  const sample = text.slice(0, 20_000);
  const n = Math.max(1, countScripts(sample).arabic);
  const score = {
    ur: hits(sample, URDU_MARKERS) / n,
    ps: hits(sample, PASHTO_MARKERS) / n,
    sd: hits(sample, SINDHI_MARKERS) / n,
    fa: hits(sample, PERSIAN_MARKERS) / n,
    ar: hits(sample, ARABIC_MARKERS) / n,
  };
  if (score.ps > 0.01 && score.ps >= score.sd) return 'ps';
  if (score.sd > 0.01) return 'sd';
  if (score.ur > 0.01) return 'ur';
  if (score.fa > 0.005 && score.fa >= score.ar / 2) return 'fa';
  return 'ar';
}

/** Returns a normalised BCP 47 tag (`ur`, `ur-PK`, `en-US`) or null when `raw` is not one. */
export function normalizeLangTag(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tag = raw.trim().replace(/_/g, '-');
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

/** Primary subtag of a language tag, lower case: `ur-PK` -> `ur`, `en_US` -> `en`. The one place this is done. */
export function primaryLang(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Whether a language (any tag: `ur`, `fa-IR`) is written right to left. The one place this is decided. */
export function isRtlLang(tag: string): boolean {
  return RTL_LANGUAGES.has(primaryLang(tag));
}
