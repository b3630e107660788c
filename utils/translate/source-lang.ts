/**
 * The language of an embed or quote: its own `lang` first (tweets carry `<p lang="en">`), then
 * Chrome's on-device LanguageDetector where it is ready, then a fallback detector the caller
 * passes (franc-min, which the reader asks the background for: its 170 KB of trigram tables stay
 * out of web pages). Short texts are 'unknown' rather than a guess: trigram detectors are wrong
 * more often than right under ~20 letters.
 */
import { countScripts, isRtlLang, primaryLang } from '../text/script';

/** Fewer letters than this and no detector is asked. */
export const MIN_DETECT_LETTERS = 20;

/** The subset of Chrome's LanguageDetector API used (window contexts, Chrome 138+). */
export interface LanguageDetectorApi {
  availability?(): Promise<string>;
  create(): Promise<{ detect(text: string): Promise<{ detectedLanguage: string; confidence: number }[]> }>;
}

export type DetectorScope = { LanguageDetector?: LanguageDetectorApi };

/** Letters in a text (any script). */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** A detector of last resort (franc-min): BCP 47, or null when it cannot tell. */
export type FallbackDetector = (text: string) => Promise<string | null>;

/** Chrome's detector, only when its model is already on the machine (no download without a click). */
async function detectWithBrowser(text: string, scope: DetectorScope): Promise<string | null> {
  const api = scope.LanguageDetector;
  if (!api || typeof api.create !== 'function') return null;
  try {
    if (api.availability && (await api.availability()) !== 'available') return null;
    const top = (await (await api.create()).detect(text))[0];
    return top && top.confidence >= 0.6 && top.detectedLanguage !== 'und' ? primaryLang(top.detectedLanguage) : null;
  } catch {
    return null;
  }
}

/** The language of a piece of embedded text: declared `lang`, else detected, else null. */
export async function textLanguage(
  item: { lang: string | null; text: string },
  scope: DetectorScope = globalThis as DetectorScope,
  fallback?: FallbackDetector,
): Promise<string | null> {
  const declared = item.lang ? primaryLang(item.lang) : '';
  if (/^[a-z]{2,3}$/.test(declared) && declared !== 'und') return declared;
  if (letterCount(item.text) < MIN_DETECT_LETTERS) return null;
  return (await detectWithBrowser(item.text, scope)) ?? (fallback ? await fallback(item.text).catch(() => null) : null);
}

/** Whether text in `lang` should get a Translate button in an article in `articleLang`. */
export function differsFrom(lang: string | null, articleLang: string): boolean {
  return lang !== null && primaryLang(lang) !== primaryLang(articleLang);
}

/**
 * The source language to translate an embed from, or null when it needs no Translate button:
 * its declared or detected language when that differs from the article's; 'auto' when no
 * detector could tell but the text is plainly in another script (Latin in an Urdu article).
 */
export async function sourceLanguageFor(
  item: { lang: string | null; text: string },
  articleLang: string,
  scope?: DetectorScope,
  fallback?: FallbackDetector,
): Promise<string | null> {
  if (!item.text.trim()) return null;
  const lang = await textLanguage(item, scope, fallback);
  if (lang) return differsFrom(lang, articleLang) ? lang : null;
  const c = countScripts(item.text);
  const rtlArticle = isRtlLang(articleLang);
  const foreign = rtlArticle ? c.latin + c.other : c.arabic + c.hebrew;
  const own = rtlArticle ? c.arabic + c.hebrew : c.latin;
  return foreign >= 10 && foreign > own ? 'auto' : null;
}
