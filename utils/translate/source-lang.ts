/**
 * The language of an embed or quote: its own `lang` first (tweets carry `<p lang="en">`), then
 * Chrome's on-device LanguageDetector where it is ready, then franc-min. Short texts are 'unknown'
 * rather than a guess: trigram detectors are wrong more often than right under ~20 letters.
 */
import { franc } from 'franc-min';
import { countScripts, isRtlLang, primaryLang } from '../text/script';

/** Fewer letters than this and no detector is asked. */
export const MIN_DETECT_LETTERS = 20;

/**
 * franc-min's ISO 639-3 codes -> BCP 47 (ISO 639-1 where one exists, including macrolanguages:
 * arb -> ar, pes -> fa, cmn -> zh). Codes without a two-letter form stay three letters.
 */
const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr',
  hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw',
  kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa',
  pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', qug: 'qu', ron: 'ro', run: 'rn', rus: 'ru',
  sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te',
  tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms',
  zul: 'zu', zyb: 'za',
};

/** Maps an ISO 639-3 code to BCP 47; 'und' and empty give null. */
export function iso3ToBcp47(code: string): string | null {
  if (!code || code === 'und') return null;
  return ISO3_TO_BCP47[code] ?? code;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** franc-min's guess as BCP 47, or null for short or undecidable text. */
export function detectWithFranc(text: string): string | null {
  if (letterCount(text) < MIN_DETECT_LETTERS) return null;
  return iso3ToBcp47(franc(text, { minLength: MIN_DETECT_LETTERS }));
}

/** The subset of Chrome's LanguageDetector API used (window contexts, Chrome 138+). */
export interface LanguageDetectorApi {
  availability?(): Promise<string>;
  create(): Promise<{ detect(text: string): Promise<{ detectedLanguage: string; confidence: number }[]> }>;
}

export type DetectorScope = { LanguageDetector?: LanguageDetectorApi };

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
): Promise<string | null> {
  const declared = item.lang ? primaryLang(item.lang) : '';
  if (/^[a-z]{2,3}$/.test(declared) && declared !== 'und') return declared;
  if (letterCount(item.text) < MIN_DETECT_LETTERS) return null;
  return (await detectWithBrowser(item.text, scope)) ?? detectWithFranc(item.text);
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
): Promise<string | null> {
  if (!item.text.trim()) return null;
  const lang = await textLanguage(item, scope);
  if (lang) return differsFrom(lang, articleLang) ? lang : null;
  const c = countScripts(item.text);
  const rtlArticle = isRtlLang(articleLang);
  const foreign = rtlArticle ? c.latin + c.other : c.arabic + c.hebrew;
  const own = rtlArticle ? c.arabic + c.hebrew : c.latin;
  return foreign >= 10 && foreign > own ? 'auto' : null;
}
