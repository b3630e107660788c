/**
 * Where settings live: one typed, versioned `storage` item per setting, and one record per script
 * for the reader's typography. The only settings file that touches extension APIs. Items are
 * created lazily (WXT starts an item's migrations when it is defined, and WXT imports modules in
 * Node at build time).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { coercePrefs, type ReaderPrefs, type ScriptKey, DEFAULT_PREFS } from './prefs';
import { PREFS_VERSION, prefsKey, readPrefs, readTheme, readUiLang, THEME_KEY, UI_LANG_KEY, type UiLangPref } from './stored';
import type { Theme } from './themes';

export { PREFS_VERSION, type UiLangPref };

/**
 * Migrations of the per-script record, by the version they produce (PREFS_VERSION in stored.ts).
 * Everything read is also repaired by `coercePrefs`, so a partial or stale record never breaks
 * the reader.
 */
export const PREFS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const prefsItems = new Map<ScriptKey, WxtStorageItem<ReaderPrefs, Record<string, unknown>>>();

/** The stored record for one script. */
export function prefsItem(script: ScriptKey): WxtStorageItem<ReaderPrefs, Record<string, unknown>> {
  let item = prefsItems.get(script);
  if (!item) {
    item = storage.defineItem<ReaderPrefs>(`local:${prefsKey(script)}`, {
      version: PREFS_VERSION,
      migrations: PREFS_MIGRATIONS,
      fallback: { ...DEFAULT_PREFS[script] },
    });
    prefsItems.set(script, item);
  }
  return item;
}

/** Reads one script's settings, repaired. */
export async function loadPrefs(script: ScriptKey): Promise<ReaderPrefs> {
  return readPrefs(await prefsItem(script).getValue(), script);
}

/** Saves one script's settings (repaired first: the UI never stores an out-of-range value). */
export async function savePrefs(script: ScriptKey, prefs: ReaderPrefs): Promise<ReaderPrefs> {
  const clean = coercePrefs(prefs, script);
  await prefsItem(script).setValue(clean);
  return clean;
}

let theme: WxtStorageItem<Theme, Record<string, unknown>> | undefined;
let uiLang: WxtStorageItem<UiLangPref, Record<string, unknown>> | undefined;
let detect: WxtStorageItem<boolean, Record<string, unknown>> | undefined;
let langAsked: WxtStorageItem<boolean, Record<string, unknown>> | undefined;

/** The theme is one setting for every script: a reader who wants dark wants it everywhere. */
export function themeItem() {
  return (theme ??= storage.defineItem<Theme>(`local:${THEME_KEY}`, { version: 1, fallback: 'system' }));
}

/** `auto` follows the browser's language; `ur`/`en` override it. */
export function uiLangItem() {
  return (uiLang ??= storage.defineItem<UiLangPref>(`local:${UI_LANG_KEY}`, { version: 1, fallback: 'auto' }));
}

/** Whether the reader has offered its language on a page in another one (asked once; utils/i18n uiLangOffer). */
export function uiLangAskedItem() {
  return (langAsked ??= storage.defineItem<boolean>('local:ui.langAsked', { version: 1, fallback: false }));
}

/** Whether the user switched on article detection (the host permission is asked for separately). */
export function detectItem() {
  return (detect ??= storage.defineItem<boolean>('local:detect.enabled', { version: 1, fallback: false }));
}

export async function loadTheme(): Promise<Theme> {
  return readTheme(await themeItem().getValue());
}

export async function loadUiLang(): Promise<UiLangPref> {
  return readUiLang(await uiLangItem().getValue());
}

/** Calls `cb` whenever any reader setting changes (another tab, the options page). */
export function watchSettings(cb: () => void): () => void {
  const offs = [
    ...(['ur', 'ar', 'fa', 'latin'] as const).map((s) => prefsItem(s).watch(cb)),
    themeItem().watch(cb),
    uiLangItem().watch(cb),
  ];
  return () => offs.forEach((off) => off());
}
