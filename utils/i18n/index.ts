/**
 * Saaf's one string system: every UI text of the reader, the options page and the library is looked
 * up here with `t(lang, key)`. One table a feature, each in Urdu and English, keys prefixed by
 * feature: the reader and options page (no prefix), the library (`lib.*`), translation in the
 * reader (`tr.*`) and its settings (`trSettings.*`), fixing what the engine missed (`edit.*`) and the reader's own site rules in the options page (`rules.*`). The UI language is picked from the browser's
 * UI language and can be set in the settings (one setting for the reader, the library and the options).
 */
import { isRtlLang, primaryLang } from '../text/script';
import * as edit from './edit';
import * as library from './library';
import * as reader from './reader';
import * as shell from './shell';
import * as siteRules from './site-rules';
import * as translate from './translate';
import * as translateSettings from './translate-settings';
import { UI_LANGS, type Message, type UiLang } from './types';

export type { Message, PluralMessage, UiLang } from './types';
export { UI_LANGS } from './types';

/** The feature tables with the key prefix each one owns ('' for the core reader table). */
export const TABLES = {
  reader: { prefix: '', en: reader.en, ur: reader.ur },
  shell: { prefix: 'shell.', en: shell.en, ur: shell.ur },
  library: { prefix: 'lib.', en: library.en, ur: library.ur },
  translate: { prefix: 'tr.', en: translate.en, ur: translate.ur },
  translateSettings: { prefix: 'trSettings.', en: translateSettings.en, ur: translateSettings.ur },
  edit: { prefix: 'edit.', en: edit.en, ur: edit.ur },
  siteRules: { prefix: 'rules.', en: siteRules.en, ur: siteRules.ur },
} as const;

export type StringKey =
  | keyof typeof reader.en
  | keyof typeof shell.en
  | keyof typeof library.en
  | keyof typeof translate.en
  | keyof typeof translateSettings.en
  | keyof typeof edit.en
  | keyof typeof siteRules.en;

const STRINGS: Record<UiLang, Record<StringKey, Message>> = {
  en: { ...reader.en, ...shell.en, ...library.en, ...translate.en, ...translateSettings.en, ...edit.en, ...siteRules.en },
  ur: { ...reader.ur, ...shell.ur, ...library.ur, ...translate.ur, ...translateSettings.ur, ...edit.ur, ...siteRules.ur },
};

export interface TOptions {
  /** Picks the plural form of a count-dependent message (`Intl.PluralRules` of `lang`). */
  count?: number;
}

const pluralRules = new Map<UiLang, Intl.PluralRules>();

function pick(lang: UiLang, msg: Message, count: number | undefined): string {
  if (typeof msg === 'string') return msg;
  if (count === undefined) return msg.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return msg[rules.select(count)] ?? msg.other;
}

/**
 * A UI string in `lang`. `{name}` placeholders are filled from `vars` as text (never HTML); an
 * unknown placeholder is left as it is. Plural messages take their form from `opts.count`.
 */
export function t(lang: UiLang, key: StringKey, vars?: Readonly<Record<string, string | number>>, opts?: TOptions): string {
  const s = pick(lang, STRINGS[lang][key], opts?.count);
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : String(vars[k]))) : s;
}

/** UI language for an article when nothing else is known: Urdu for Urdu articles, English otherwise. */
export function uiLangForArticle(articleLang: string): UiLang {
  return primaryLang(articleLang) === 'ur' ? 'ur' : 'en';
}

/**
 * The UI language: the user's choice, else the browser's UI language when Saaf speaks it, else
 * English. Never the page's language: the first-run offer (`uiLangOffer`) asks instead.
 */
export function resolveUiLang(pref: 'auto' | UiLang, browserLang: string): UiLang {
  if (pref !== 'auto') return pref;
  const browser = primaryLang(browserLang);
  return UI_LANGS.find((l) => l === browser) ?? 'en';
}

/**
 * The UI language to offer once, the first time the reader opens on a page in a right-to-left
 * language Saaf speaks (Urdu) while the setting is still "same as the browser" and the browser is
 * in another language; null when there is nothing to ask (already asked, set, or the same).
 */
export function uiLangOffer(pref: 'auto' | UiLang, browserLang: string, articleLang: string, asked: boolean): UiLang | null {
  if (asked || pref !== 'auto') return null;
  const page = UI_LANGS.find((l) => l === primaryLang(articleLang));
  return page && isRtlLang(page) && page !== resolveUiLang(pref, browserLang) ? page : null;
}

/** `dir` for a UI language. */
export function uiDir(lang: UiLang): 'rtl' | 'ltr' {
  return isRtlLang(lang) ? 'rtl' : 'ltr';
}
