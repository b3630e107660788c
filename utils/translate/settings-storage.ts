/**
 * Extension glue for translation: the typed, versioned settings item, the translation cache in
 * `storage.local`, and host permissions for remote services. Keys and URLs live in
 * `storage.local` only (never `sync`: a translation key must not travel to other devices).
 * Nothing is created at import: the item and the cache are made on first use (WXT starts an item's
 * migrations when it is defined, and WXT imports modules in Node at build time; see
 * utils/settings/storage.ts).
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { CACHE_PREFIX, TranslationCache, type KeyValueStore } from './cache';
import { allCovered } from './host-access';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, parseSettings, type TranslationSettings } from './settings';

let settingsItem: WxtStorageItem<TranslationSettings, Record<string, unknown>> | undefined;

/** The settings item (`storage.local` key `translation`). Bump the version with a migration. */
export function translationSettingsItem(): WxtStorageItem<TranslationSettings, Record<string, unknown>> {
  return (settingsItem ??= storage.defineItem<TranslationSettings>('local:translation', {
    version: SETTINGS_VERSION,
    fallback: DEFAULT_SETTINGS,
  }));
}

/** Reads and validates the settings (stored data is never trusted blindly). */
export async function loadTranslationSettings(): Promise<TranslationSettings> {
  return parseSettings(await translationSettingsItem().getValue());
}

export async function saveTranslationSettings(s: TranslationSettings): Promise<void> {
  await translationSettingsItem().setValue(parseSettings(s));
}

/** Calls `cb` with validated settings whenever they change (options page edits, other tabs). */
export function watchTranslationSettings(cb: (s: TranslationSettings) => void): () => void {
  return translationSettingsItem().watch((v) => cb(parseSettings(v)));
}

/** `storage.local` as the cache's store; one key per translation, all under CACHE_PREFIX. */
export const localCacheStore: KeyValueStore = {
  async get(key) {
    return (await browser.storage.local.get(key))[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async clear() {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(CACHE_PREFIX));
    if (keys.length) await browser.storage.local.remove(keys);
  },
};

let cache: TranslationCache | undefined;

/** The translation cache every context shares (one instance a context, made on first use). */
export function translationCache(): TranslationCache {
  return (cache ??= new TranslationCache(localCacheStore));
}

/** Host patterns granted now (required + optional), read ahead of a click. */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/**
 * Makes sure Saaf may contact `origins`. Call it straight from a click with `granted` read
 * beforehand: when they are already covered (the e2e build's 127.0.0.1 access, a previous grant)
 * no prompt is shown, which is also what lets headless browsers pass; otherwise the browser asks
 * the user, and `permissions.request` is the first async call so the click still counts.
 */
export function requestHostAccess(origins: string[], granted: readonly string[]): Promise<boolean> {
  if (allCovered(granted, origins)) return browser.permissions.contains({ origins });
  return browser.permissions.request({ origins });
}
