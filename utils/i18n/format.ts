/** Values shown in the UI that are formatted rather than looked up: sizes, dates, language and service names. */
import type { ServiceId } from '../translate/types';
import { t, type StringKey, type UiLang } from './index';

/** Bytes as a short human size ("3.2 MB"), with the UI's digits. */
export function formatBytes(bytes: number, lang: UiLang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const n = new Intl.NumberFormat(lang === 'ur' ? 'ur-PK' : 'en', { maximumFractionDigits: v < 10 && i > 0 ? 1 : 0 }).format(v);
  return `${n} ${units[i]}`;
}

/** A date as a short day ("3 Dec 2026", "3 دسمبر 2026"). */
export function formatDay(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(lang === 'ur' ? 'ur-PK' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(ms),
  );
}

/** A language's name in the UI language ("انگریزی" for 'en' in Urdu); falls back politely. */
export function languageName(code: string, uiLang: UiLang): string {
  if (code === 'auto') return t(uiLang, 'tr.unknownLang');
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const SERVICE_NAMES: Record<ServiceId, StringKey> = {
  browser: 'trSettings.browserName',
  libretranslate: 'trSettings.libretranslateName',
  microsoft: 'trSettings.microsoftName',
  google: 'trSettings.googleName',
};

/** The display name of a translation service. */
export function serviceName(lang: UiLang, id: ServiceId): string {
  return t(lang, SERVICE_NAMES[id]);
}
