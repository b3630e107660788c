import { describe, expect, it } from 'vitest';
import { joinSettings, migrateV1ToV2, parseKeys, readerSettings, splitSettings, type TranslationKeys } from './keys';
import { DEFAULT_SETTINGS, parseSettings, type TranslationSettings } from './settings';

const LT_KEY = 'lt-secret-0123456789';
const MS_KEY = 'ms-secret-abcdefghij';

/** Settings as version 1 stored them: keys inside. */
const v1: TranslationSettings = parseSettings({
  services: [
    { id: 'microsoft', enabled: true },
    { id: 'libretranslate', enabled: true },
    { id: 'google', enabled: false },
    { id: 'browser', enabled: true },
  ],
  libretranslate: { url: 'https://lt.example.org', key: LT_KEY },
  microsoft: { key: MS_KEY, region: 'westeurope', endpoint: 'https://api.cognitive.microsofttranslator.com' },
  target: 'ur',
  timeoutMs: 8000,
});

/** Every string anywhere inside `v`. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('splitSettings / joinSettings', () => {
  it('the public part holds no key, and joining the two parts gives the settings back', () => {
    const { pub, keys } = splitSettings(v1);
    expect(strings(pub).join(' ')).not.toMatch(/secret/);
    expect(pub.keySet).toEqual({ libretranslate: true, microsoft: true });
    expect(keys).toEqual({ libretranslate: LT_KEY, microsoft: MS_KEY });
    expect(joinSettings(pub, keys)).toEqual(v1);
  });

  it('a key left in the public item is ignored: the keys item is the only source', () => {
    expect(joinSettings(v1, { libretranslate: '', microsoft: '' }).microsoft.key).toBe('');
  });

  it('stored keys of a wrong shape become empty strings', () => {
    expect(parseKeys({ libretranslate: 42, microsoft: ['x'] })).toEqual({ libretranslate: '', microsoft: '' });
    expect(parseKeys(null)).toEqual({ libretranslate: '', microsoft: '' });
  });
});

describe('migrateV1ToV2', () => {
  it('moves the keys to the keys item before returning the public part: nothing is lost', async () => {
    let saved: TranslationKeys | undefined;
    const pub = await migrateV1ToV2(v1, undefined, async (k) => {
      saved = k;
    });
    expect(saved).toEqual({ libretranslate: LT_KEY, microsoft: MS_KEY });
    expect(strings(pub).join(' ')).not.toMatch(/secret/);
    expect(joinSettings(pub, saved)).toEqual(v1);
  });

  it('fails, and so leaves the old item alone, when the keys cannot be saved', async () => {
    await expect(migrateV1ToV2(v1, undefined, () => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
  });

  it('keeps a key already in the keys item when the old item has none', async () => {
    let saved: TranslationKeys | undefined;
    const old = { ...v1, microsoft: { ...v1.microsoft, key: '' } };
    const pub = await migrateV1ToV2(old, { microsoft: MS_KEY }, async (k) => {
      saved = k;
    });
    expect(saved?.microsoft).toBe(MS_KEY);
    expect(pub.keySet.microsoft).toBe(true);
  });
});

describe('readerSettings (what the content script gets)', () => {
  it('names the usable services in order and carries no key or address, even from a v1 item with keys', () => {
    for (const stored of [splitSettings(v1).pub, v1]) {
      const r = readerSettings(stored);
      expect(Object.keys(r).sort()).toEqual(['services', 'target', 'timeoutMs']);
      expect(strings(r).join(' ')).not.toMatch(/secret|example\.org|microsofttranslator/);
      expect(r.target).toBe('ur');
      expect(r.timeoutMs).toBe(8000);
    }
    expect(readerSettings(splitSettings(v1).pub).services).toEqual(['microsoft', 'libretranslate', 'browser']);
  });

  it('leaves out services that are on but cannot work: Microsoft without a key, LibreTranslate without an address', () => {
    const s = parseSettings({
      ...v1,
      libretranslate: { url: '', key: LT_KEY },
      microsoft: { ...v1.microsoft, key: '' },
    });
    expect(readerSettings(splitSettings(s).pub).services).toEqual(['browser']);
    // An old item with a key but no keySet: the reader does not look at the key.
    expect(readerSettings(v1).services).toEqual(['libretranslate', 'browser']);
  });

  it('defaults: the browser translator only', () => {
    expect(readerSettings(splitSettings(DEFAULT_SETTINGS).pub).services).toEqual(['browser']);
    expect(readerSettings(undefined).services).toEqual(['browser']);
  });
});
