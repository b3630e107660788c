/**
 * Which script and language a text is written in. Used to set `dir`/`lang` when the page does not
 * say (or says wrong: beirutobserver.com serves Arabic under `<html lang="en-US">`).
 */

const ARABIC_LETTER = /[\p{Script=Arabic}&&\p{L}]/v;
const HEBREW_LETTER = /[\p{Script=Hebrew}&&\p{L}]/v;
const LATIN_LETTER = /[\p{Script=Latin}&&\p{L}]/v;

/** Languages written right to left (primary subtags). */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', 'ur', 'fa', 'ps', 'sd', 'ug', 'ckb', 'ku', 'he', 'yi', 'dv', 'ks', 'pnb', 'skr', 'bal', 'bqi',
]);

/** Languages written in Arabic script that Saaf treats as first-class. */
export type ArabicScriptLang = 'ur' | 'ar' | 'fa' | 'ps' | 'sd';

export interface ScriptCounts {
  arabic: number;
  hebrew: number;
  latin: number;
  other: number;
}

/** Counts letters by script. Only the first `limit` characters are read (speed on huge pages). */
export function countScripts(text: string, limit = 20_000): ScriptCounts {
  const counts: ScriptCounts = { arabic: 0, hebrew: 0, latin: 0, other: 0 };
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (ch <= ' ') continue;
    if (ARABIC_LETTER.test(ch)) counts.arabic++;
    else if (LATIN_LETTER.test(ch)) counts.latin++;
    else if (HEBREW_LETTER.test(ch)) counts.hebrew++;
    else if (/\p{L}/u.test(ch)) counts.other++;
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

/** Primary subtag of a language tag: `ur-PK` -> `ur`. */
export function primaryLang(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

export function isRtlLang(tag: string): boolean {
  return RTL_LANGUAGES.has(primaryLang(tag));
}
