/**
 * Reader strings for translation, Urdu and English. Kept with the translation feature (not in
 * utils/i18n.ts) so the feature stays self-contained.
 */
import type { UiLang } from '../i18n';

const STRINGS = {
  en: {
    translate: 'Translate',
    translateAll: 'Translate all',
    translating: 'Translating…',
    downloading: 'Downloading the on-device translator… {p}',
    retry: 'Try again',
    show: 'Show',
    original: 'Original',
    translation: 'Translation',
    both: 'Both',
    note: 'Machine translation from {from} by {service}',
    noteCached: '(saved copy)',
    unknownLang: 'another language',
  },
  ur: {
    translate: 'ترجمہ کریں',
    translateAll: 'سب کا ترجمہ کریں',
    translating: 'ترجمہ ہو رہا ہے…',
    downloading: 'آلے پر ترجمے کا ماڈل ڈاؤن لوڈ ہو رہا ہے… {p}',
    retry: 'دوبارہ کوشش کریں',
    show: 'دکھائیں',
    original: 'اصل',
    translation: 'ترجمہ',
    both: 'دونوں',
    note: '{from} سے مشینی ترجمہ: {service}',
    noteCached: '(محفوظ شدہ)',
    unknownLang: 'دوسری زبان',
  },
} as const satisfies Record<UiLang, Record<string, string>>;

export type TranslateStringKey = keyof (typeof STRINGS)['en'];

/** A translation UI string with `{name}` placeholders filled (values are plain text). */
export function tt(lang: UiLang, key: TranslateStringKey, vars: Record<string, string> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** A language's name in the UI language ("انگریزی" for 'en' in Urdu); falls back politely. */
export function languageName(code: string, uiLang: UiLang): string {
  if (code === 'auto') return tt(uiLang, 'unknownLang');
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
