/**
 * Folds text for phrase matching across the Arabic-script languages: pages write the same phrase
 * with Arabic or Persian/Urdu letter forms (ي/ی, ك/ک, ه/ہ), with or without diacritics (اقرأ أيضاً
 * / اقرا ايضا), with ZWNJ or a space (برچسب‌ها / برچسب ها), and in three digit sets.
 */

// eslint-disable-next-line no-misleading-character-class -- combining marks listed one by one, on purpose
const DIACRITICS = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/g;
const SPACES = /[\s\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ي: 'ی',
  ى: 'ی',
  ې: 'ی',
  ۍ: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ہ: 'ه',
  ە: 'ه',
  ھ: 'ه',
  ۃ: 'ة',
  ؤ: 'و',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Folds Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Folded short strings, remembered: a page's labels are folded by a dozen rules each. Bounded,
 * and only strings short enough to be labels are kept.
 */
const cache = new Map<string, string>();

/** The matching form of `s`: diacritics dropped, letter variants unified, digits ASCII, spaces single, lower case. */
export function fold(s: string): string {
  if (s.length > 400) return foldNow(s);
  let f = cache.get(s);
  if (f === undefined) {
    if (cache.size > 20_000) cache.clear();
    f = foldNow(s);
    cache.set(s, f);
  }
  return f;
}

function foldNow(s: string): string {
  return foldDigits(s)
    .replace(DIACRITICS, '')
    .replace(LETTER_RE, (c) => LETTERS[c]!)
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a phrase list matches: the whole text, or its beginning (followed by a non-letter). */
export type PhraseMode = 'whole' | 'start';

/** Punctuation, symbols and spaces at either end of a text: what `whole` matching ignores there. */
const EDGE_START = /^[\s\p{P}\p{S}]+/u;
const EDGE_END = /[\s\p{P}\p{S}]+$/u;
const trimStart = (s: string) => s.replace(EDGE_START, '');
/** `s` without the punctuation, symbols and spaces at its ends, remembered (labels are tested by many lists). */
const cores = new Map<string, string>();
function core(s: string): string {
  let c = cores.get(s);
  if (c === undefined) {
    if (cores.size > 20_000) cores.clear();
    cores.set(s, (c = trimStart(s).replace(EDGE_END, '')));
  }
  return c;
}

/**
 * Builds a matcher over folded text from a list of phrases. `whole` ignores punctuation, bullets
 * and arrows around the phrase ("« اقرأ أيضا »", "Tags:"); `start` needs the phrase to be a
 * whole word at the start of the text.
 *
 * The regex tries every phrase at each text it is given; most texts are not labels at all. So a
 * text is first looked up by what any match must share with one of the phrases: in `whole`
 * mode, the text without the punctuation around it is a phrase without the punctuation around it
 * (a match is edge characters, the phrase, edge characters, and a phrase's own edge characters
 * join the text's); in `start` mode, the text's first letters after its leading punctuation are a
 * phrase's first letters. Only a text that passes is given to the regex, which decides.
 */
export function phraseMatcher(phrases: readonly string[], mode: PhraseMode): TextMatcher {
  // Built at the first test, not when the module loads: the reader's first opening runs every
  // module of the extraction cold, and lists whose rule finds no candidate on a page are never built.
  let test: ((folded: string) => boolean) | undefined;
  return foldedMatcher((f) => (test ??= phraseTest(phrases, mode))(f));
}

function phraseTest(phrases: readonly string[], mode: PhraseMode): (folded: string) => boolean {
  const folded = [...new Set(phrases.map(fold))];
  const alts = [...folded]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const edge = '[\\s\\p{P}\\p{S}]*';
  const re = mode === 'whole' ? new RegExp(`^${edge}(?:${alts})${edge}$`, 'u') : new RegExp(`^${edge}(?:${alts})(?![\\p{L}\\p{M}])`, 'u');
  const keys = folded.map((p) => (mode === 'whole' ? core(p) : trimStart(p)));
  // A phrase of nothing but punctuation leaves nothing to look up by: the regex alone decides.
  if (keys.some((k) => k === '')) return (f) => re.test(f);
  if (mode === 'whole') {
    const whole = new Set(keys);
    return (f) => whole.has(core(f)) && re.test(f);
  }
  const n = Math.min(...keys.map((k) => k.length));
  const starts = new Set(keys.map((k) => k.slice(0, n)));
  return (f) => starts.has(trimStart(f).slice(0, n)) && re.test(f);
}

/**
 * A test of a text made on its folded form. Callable on the raw text (it folds); `folded` takes
 * the text already folded, with the raw text beside it, for a caller that tests one text many
 * times (the text index folds each label once for a dozen rules; a fold is a cache lookup that
 * costs several times the regex).
 */
export interface TextMatcher {
  (text: string): boolean;
  folded: (folded: string, text: string) => boolean;
}

/** A {@link TextMatcher} from its test on the folded text (`text` is the raw text, for length limits). */
export function foldedMatcher(test: (folded: string, text: string) => boolean): TextMatcher {
  return Object.assign((text: string) => test(fold(text), text), { folded: test });
}

/** Either matcher (keeps the folded entry point). */
export function anyOf(...matchers: TextMatcher[]): TextMatcher {
  return foldedMatcher((f, t) => matchers.some((m) => m.folded(f, t)));
}
