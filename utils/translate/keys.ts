/**
 * Translation settings split by who may read them. API keys are stored on their own (storage key
 * `translation.keys`) and read only by the background, which sends the requests, and the options
 * page, which edits them. Everything else is the public part (storage key `translation`); the
 * reader in a web page gets less still: which services are on and usable, in order, the target
 * language and the time limit ({@link readerSettings}), never a key or a server address.
 */
import { parseBaseUrl } from './http';
import { parseSettings, type ServiceEntry, type TranslationSettings } from './settings';
import { MICROSOFT_DEFAULT_ENDPOINT } from './microsoft';
import { SERVICE_IDS, type ServiceId } from './types';

/** The secrets. */
export interface TranslationKeys {
  libretranslate: string;
  microsoft: string;
}

/** The stored public part: the settings without their keys, and which keys are set. */
export interface PublicTranslationSettings {
  services: ServiceEntry[];
  libretranslate: { url: string };
  microsoft: { region: string; endpoint: string };
  google: { endpoint: string };
  target: string | null;
  timeoutMs: number;
  /** Whether a key is stored, so the reader can tell a usable service without seeing the key. */
  keySet: { libretranslate: boolean; microsoft: boolean };
}

/** What the reader in a web page may know. */
export interface ReaderTranslationSettings {
  /** Services that are on and configured, in the user's order. */
  services: ServiceId[];
  target: string | null;
  timeoutMs: number;
}

const str = (v: unknown, max = 512): string => (typeof v === 'string' ? v.trim().slice(0, max) : '');
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Splits validated settings into the public part and the keys. */
export function splitSettings(settings: TranslationSettings): { pub: PublicTranslationSettings; keys: TranslationKeys } {
  const s = parseSettings(settings);
  const keys: TranslationKeys = { libretranslate: s.libretranslate.key, microsoft: s.microsoft.key };
  return {
    pub: {
      services: s.services,
      libretranslate: { url: s.libretranslate.url },
      microsoft: { region: s.microsoft.region, endpoint: s.microsoft.endpoint },
      google: { endpoint: s.google.endpoint },
      target: s.target,
      timeoutMs: s.timeoutMs,
      keySet: { libretranslate: keys.libretranslate !== '', microsoft: keys.microsoft !== '' },
    },
    keys,
  };
}

/** Reads stored keys of any shape; anything that is not a key string becomes ''. */
export function parseKeys(raw: unknown): TranslationKeys {
  const r = obj(raw);
  return { libretranslate: str(r.libretranslate), microsoft: str(r.microsoft) };
}

/**
 * The whole settings from the two stored items (background and options page only). A key field
 * left in the public item by an older version is ignored: the keys item is the only source.
 */
export function joinSettings(pub: unknown, keys: unknown): TranslationSettings {
  const p = obj(pub);
  const k = parseKeys(keys);
  return parseSettings({
    ...p,
    libretranslate: { ...obj(p.libretranslate), key: k.libretranslate },
    microsoft: { ...obj(p.microsoft), key: k.microsoft },
  });
}

/**
 * Version 1 kept the keys inside the settings item. Moves them to the keys item (`saveKeys`, which
 * must finish first: when it fails, the migration fails and the old item stays as it was) and
 * returns the public part for the settings item. Keys already in the keys item win over empty ones.
 */
export async function migrateV1ToV2(
  old: unknown,
  existingKeys: unknown,
  saveKeys: (keys: TranslationKeys) => Promise<void>,
): Promise<PublicTranslationSettings> {
  const { pub, keys } = splitSettings(parseSettings(old));
  const prev = parseKeys(existingKeys);
  const merged: TranslationKeys = {
    libretranslate: keys.libretranslate || prev.libretranslate,
    microsoft: keys.microsoft || prev.microsoft,
  };
  await saveKeys(merged);
  return { ...pub, keySet: { libretranslate: merged.libretranslate !== '', microsoft: merged.microsoft !== '' } };
}

/**
 * The reader's view of the public item: only services that are on and could work (LibreTranslate
 * with a valid address, Microsoft with a valid endpoint and a key, Google, the browser's own), in
 * order; the target and time limit. Reads nothing else from `raw`, whatever it holds.
 */
export function readerSettings(raw: unknown): ReaderTranslationSettings {
  const p = obj(raw);
  const s = parseSettings({ services: p.services, target: p.target, timeoutMs: p.timeoutMs });
  const keySet = obj(p.keySet);
  const ready = (id: ServiceId): boolean => {
    switch (id) {
      case 'libretranslate':
        return parseBaseUrl(str(obj(p.libretranslate).url, 2048)) !== null;
      case 'microsoft':
        return keySet.microsoft === true && parseBaseUrl(str(obj(p.microsoft).endpoint, 2048) || MICROSOFT_DEFAULT_ENDPOINT) !== null;
      default:
        return SERVICE_IDS.includes(id);
    }
  };
  return {
    services: s.services.filter((e) => e.enabled && ready(e.id)).map((e) => e.id),
    target: s.target,
    timeoutMs: s.timeoutMs,
  };
}
