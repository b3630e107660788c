/**
 * The reader's settings as `storage.local` holds them, read without WXT's storage layer: the keys
 * its items are defined on (storage.ts) and the repair of a stored value. The overlay's shell reads
 * these keys raw in one `storage.local.get` while it extracts (prefetch-service.ts), so the script
 * injected on activation carries no storage library; the reader UI turns the values into settings.
 */
import { coercePrefs, DEFAULT_PREFS, SCRIPT_KEYS, type ReaderPrefs, type ScriptKey } from './prefs';
import { THEMES, type Theme } from './themes';

export type UiLangPref = 'auto' | 'ur' | 'en';

/**
 * Version history of the per-script record. v1 is the first stored shape; a new version adds an
 * entry to PREFS_MIGRATIONS (storage.ts) that turns the previous shape into the new one (and a
 * test on the old shape).
 */
export const PREFS_VERSION = 1;

/** `storage.local` keys (WXT's `local:` area prefix left off); WXT keeps an item's version in `<key>$`. */
export const prefsKey = (script: ScriptKey) => `reader.prefs.${script}`;
export const THEME_KEY = 'reader.theme';
export const UI_LANG_KEY = 'ui.lang';
const metaKey = (key: string) => `${key}$`;

/** Every key the reader's first paint reads. */
export const EARLY_KEYS: readonly string[] = [...SCRIPT_KEYS.flatMap((s) => [prefsKey(s), metaKey(prefsKey(s))]), THEME_KEY, UI_LANG_KEY];

/** One script's settings from its stored value (absent: the script's defaults), repaired. */
export function readPrefs(value: unknown, script: ScriptKey): ReaderPrefs {
  return coercePrefs(value ?? { ...DEFAULT_PREFS[script] }, script);
}

/**
 * Whether a raw read of a script's record can be used as it is: false when the record is stored
 * in an older version, which only WXT's item migrates (storage.ts reads it then).
 */
export function prefsCurrent(raw: Record<string, unknown>, script: ScriptKey): boolean {
  if (raw[prefsKey(script)] == null) return true;
  const meta = raw[metaKey(prefsKey(script))] as { v?: unknown } | undefined;
  return (meta?.v ?? 1) === PREFS_VERSION;
}

export const readTheme = (value: unknown): Theme => (THEMES.includes(value as Theme) ? (value as Theme) : 'system');

export const readUiLang = (value: unknown): UiLangPref => (value === 'ur' || value === 'en' ? value : 'auto');
