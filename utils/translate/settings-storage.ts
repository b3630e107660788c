/**
 * Extension glue for translation: the typed, versioned settings items (public part and API keys
 * apart, see keys.ts), the translation cache in `storage.local`, and host permissions for remote
 * services. Keys and URLs live in `storage.local` only (never `sync`: a translation key must not travel to other devices).
 * Nothing is created at import: the item and the cache are made on first use (WXT starts an item's
 * migrations when it is defined, and WXT imports modules in Node at build time; see
 * utils/settings/storage.ts).
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { CACHE_PREFIX, TranslationCache, type KeyValueStore } from './cache';
import { allCovered } from './host-access';
import {
  joinSettings,
  migrateV1ToV2,
  readerSettings,
  splitSettings,
  type PublicTranslationSettings,
  type ReaderTranslationSettings,
  type TranslationKeys,
} from './keys';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type TranslationSettings } from './settings';

let settingsItem: WxtStorageItem<PublicTranslationSettings, Record<string, unknown>> | undefined;
let keysItem: WxtStorageItem<TranslationKeys, Record<string, unknown>> | undefined;

/**
 * The public settings item (`storage.local` key `translation`): everything but the API keys.
 * Version 1 held the keys too; its migration moves them to {@link translationKeysItem} first.
 * The background defines it at startup, so the migration runs there, before any reader opens.
 */
export function translationSettingsItem(): WxtStorageItem<PublicTranslationSettings, Record<string, unknown>> {
  return (settingsItem ??= storage.defineItem<PublicTranslationSettings>('local:translation', {
    version: SETTINGS_VERSION,
    fallback: splitSettings(DEFAULT_SETTINGS).pub,
    migrations: {
      2: async (old: unknown) => migrateV1ToV2(old, await translationKeysItem().getValue(), (keys) => translationKeysItem().setValue(keys)),
    },
  }));
}

/**
 * The API keys (`storage.local` key `translation.keys`), read by the background (which sends the
 * requests) and the options page (which edits them) only; the reader never loads this item.
 */
export function translationKeysItem(): WxtStorageItem<TranslationKeys, Record<string, unknown>> {
  return (keysItem ??= storage.defineItem<TranslationKeys>('local:translation.keys', {
    version: 1,
    fallback: { libretranslate: '', microsoft: '' },
  }));
}

/** Reads and validates the whole settings, keys included (background and options page only). */
export async function loadTranslationSettings(): Promise<TranslationSettings> {
  const pub = await translationSettingsItem().getValue();
  return joinSettings(pub, await translationKeysItem().getValue());
}

/** Saves the settings: the public part and the keys to their own items, in one write. */
export async function saveTranslationSettings(s: TranslationSettings): Promise<void> {
  const { pub, keys } = splitSettings(s);
  await storage.setItems([
    { item: translationKeysItem(), value: keys },
    { item: translationSettingsItem(), value: pub },
  ]);
}

/** Calls `cb` with validated settings whenever they change (options page edits, other tabs). */
export function watchTranslationSettings(cb: (s: TranslationSettings) => void): () => void {
  // One write changes both items: only the latest read is reported, never an older one after it.
  let seq = 0;
  const reload = () => {
    const mine = ++seq;
    void loadTranslationSettings().then((s) => {
      if (mine === seq) cb(s);
    });
  };
  const offs = [translationSettingsItem().watch(reload), translationKeysItem().watch(reload)];
  return () => offs.forEach((off) => off());
}

/**
 * What the reader in a web page (content script) loads: which services are on, the target and
 * the time limit. It reads the public item as stored, without defining it (so no migration, which
 * would read the keys, ever runs in a page), and never touches the keys item.
 */
export async function loadReaderTranslationSettings(): Promise<ReaderTranslationSettings> {
  return readerSettings(await storage.getItem<unknown>('local:translation'));
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
