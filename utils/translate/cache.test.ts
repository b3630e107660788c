import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, TranslationCache, cacheKey, hash53, mapStore } from './cache';

describe('TranslationCache', () => {
  it('keys by text, pair and service', () => {
    const keys = new Set([
      cacheKey('Hello', 'en', 'ur', 'google'),
      cacheKey('Hello!', 'en', 'ur', 'google'),
      cacheKey('Hello', 'en', 'ar', 'google'),
      cacheKey('Hello', 'fr', 'ur', 'google'),
      cacheKey('Hello', 'en', 'ur', 'microsoft'),
    ]);
    expect(keys.size).toBe(5);
    for (const k of keys) expect(k.startsWith(CACHE_PREFIX)).toBe(true);
  });

  it('never returns a translation stored for a different text under the same key', async () => {
    const map = new Map<string, unknown>();
    const cache = new TranslationCache(mapStore(map));
    map.set(cacheKey('Hello', 'en', 'ur', 'google'), { q: 'Something else', t: 'غلط' });
    expect(await cache.get('Hello', 'en', 'ur', 'google')).toBeNull();
  });

  it('clears only its own entries and survives a failing store', async () => {
    const map = new Map<string, unknown>([['settings', 1]]);
    const cache = new TranslationCache(mapStore(map));
    await cache.set('Hello', 'en', 'ur', 'google', 'ہیلو');
    expect(await cache.get('Hello', 'en', 'ur', 'google')).toBe('ہیلو');
    await cache.clear();
    expect([...map.keys()]).toEqual(['settings']);

    const broken = new TranslationCache({
      get: () => Promise.reject(new Error('x')),
      set: () => Promise.reject(new Error('quota')),
      clear: async () => {},
    });
    await expect(broken.set('a', 'en', 'ur', 'google', 'b')).resolves.toBeUndefined();
    expect(await broken.get('a', 'en', 'ur', 'google')).toBeNull();
  });

  it('hash53 spreads similar strings', () => {
    const hashes = new Set(Array.from({ length: 2000 }, (_, i) => hash53(`tweet ${i}`)));
    expect(hashes.size).toBe(2000);
  });
});
