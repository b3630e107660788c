import { registerLocalFonts } from '../fonts-service';
import { SCRIPT_KEYS, type FontId, type ReaderPrefs, type ScriptKey } from './prefs';
import { loadPrefs, loadTheme, loadUiLang, type UiLangPref } from './storage';
import type { Theme } from './themes';

/** Settings reads started before the article's script is known (they overlap the extraction). */
export interface EarlySettings {
  prefs: Record<ScriptKey, Promise<ReaderPrefs>>;
  theme: Promise<Theme>;
  uiLang: Promise<UiLangPref>;
  localFonts: Promise<FontId[]>;
}

/**
 * Starts every storage read the reader's first paint needs, all at once: storage answers from
 * another process, so the replies arrive while the page's main thread extracts the article.
 */
export function prefetchSettings(doc: Document): EarlySettings {
  const prefs = Object.fromEntries(SCRIPT_KEYS.map((k) => [k, loadPrefs(k)])) as Record<ScriptKey, Promise<ReaderPrefs>>;
  const early: EarlySettings = { prefs, theme: loadTheme(), uiLang: loadUiLang(), localFonts: registerLocalFonts(doc) };
  // Only one script's prefs are used (and none if the reader closes first): no unhandled rejections.
  for (const p of [...Object.values(prefs), early.theme, early.uiLang]) p.catch(() => undefined);
  return early;
}
