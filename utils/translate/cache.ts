/**
 * Translations cached per (text, language pair, service), so re-opening an article costs no
 * request. The store is abstract: a Map in tests, `storage.local` in the extension (see
 * settings-storage.ts), so a saved article's translations stay on the machine with it.
 */
import type { ServiceId } from './types';

/** Minimal async key-value store. `clear` removes the cache's own entries only. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  clear(): Promise<void>;
}

/** Prefix of every cache key, so the cache can be cleared without touching settings. */
export const CACHE_PREFIX = 'tr:';

interface Entry {
  /** The original text, compared on read: a hash collision must never show the wrong text. */
  q: string;
  t: string;
}

/** cyrb53: a fast 53-bit string hash (public domain); collisions are caught by `Entry.q`. */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The storage key of one translation. */
export function cacheKey(text: string, source: string, target: string, service: ServiceId): string {
  return `${CACHE_PREFIX}${service}:${source}>${target}:${hash53(text)}`;
}

/** A translation cache over any KeyValueStore. Store failures never fail a translation. */
export class TranslationCache {
  constructor(private readonly store: KeyValueStore) {}

  async get(text: string, source: string, target: string, service: ServiceId): Promise<string | null> {
    try {
      const e = (await this.store.get(cacheKey(text, source, target, service))) as Partial<Entry> | null | undefined;
      return e && e.q === text && typeof e.t === 'string' ? e.t : null;
    } catch {
      return null;
    }
  }

  async set(text: string, source: string, target: string, service: ServiceId, translation: string): Promise<void> {
    const entry: Entry = { q: text, t: translation };
    try {
      await this.store.set(cacheKey(text, source, target, service), entry);
    } catch {
      // A full or unavailable store only costs a request next time.
    }
  }

  clear(): Promise<void> {
    return this.store.clear();
  }
}

/** An in-memory store (tests, and a fallback where no extension storage exists). */
export function mapStore(map = new Map<string, unknown>()): KeyValueStore {
  return {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    clear: async () => {
      for (const k of [...map.keys()]) if (k.startsWith(CACHE_PREFIX)) map.delete(k);
    },
  };
}
