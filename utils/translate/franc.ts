/**
 * franc-min, the trigram language detector of last resort. About 170 KB minified: it runs in the
 * background (the `detect-language` message) and in extension pages, never in a web page.
 */
import { franc } from 'franc-min';
import { letterCount, MIN_DETECT_LETTERS } from './source-lang';

/**
 * franc-min's ISO 639-3 codes -> BCP 47 (ISO 639-1 where one exists, including macrolanguages:
 * arb -> ar, pes -> fa, cmn -> zh). Codes without a two-letter form stay three letters.
 */
const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  fuv: 'ff',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  qug: 'qu',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
  zyb: 'za',
};

/** Maps an ISO 639-3 code to BCP 47; 'und' and empty give null. */
export function iso3ToBcp47(code: string): string | null {
  if (!code || code === 'und') return null;
  return ISO3_TO_BCP47[code] ?? code;
}

/** franc-min's guess as BCP 47, or null for short or undecidable text. */
export function detectWithFranc(text: string): string | null {
  if (letterCount(text) < MIN_DETECT_LETTERS) return null;
  return iso3ToBcp47(franc(text, { minLength: MIN_DETECT_LETTERS }));
}
