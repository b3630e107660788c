/**
 * A fake of Chrome's on-device `Translator` global with the real API's shape and rules: per-pair
 * availability, and `create()` that throws NotAllowedError while a model is 'downloadable' unless
 * a user click (transient activation) is active, reporting download progress through `monitor`.
 */
import type { TranslatorApi, TranslatorInstance } from '@/utils/translate/browser-translator';

export interface FakeTranslatorOptions {
  /** 'en>ur' -> availability. Pairs not listed are 'unavailable' (like Chrome for en->ur). */
  pairs: Record<string, 'available' | 'downloadable' | 'unavailable'>;
  /** What a created translator returns for a text. */
  translate?: (text: string, source: string, target: string) => string;
}

/** Returns the fake global and a switch that simulates a user's click. */
export function fakeTranslator(opts: FakeTranslatorOptions) {
  const state = { userActivation: false, creates: 0, translations: 0 };
  const api: TranslatorApi = {
    availability: async ({ sourceLanguage, targetLanguage }) => opts.pairs[`${sourceLanguage}>${targetLanguage}`] ?? 'unavailable',
    async create({ sourceLanguage, targetLanguage, monitor }) {
      const key = `${sourceLanguage}>${targetLanguage}`;
      const a = opts.pairs[key] ?? 'unavailable';
      if (a === 'unavailable')
        throw new DOMException('Unable to create translator for the given source and target language.', 'NotSupportedError');
      if (a === 'downloadable') {
        if (!state.userActivation)
          throw new DOMException('Requires a user gesture when availability is "downloadable".', 'NotAllowedError');
        const target = new EventTarget();
        monitor?.(target);
        for (const loaded of [0, 0.5, 1]) target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
        opts.pairs[key] = 'available';
      }
      state.creates++;
      const inst: TranslatorInstance = {
        translate: async (text) => {
          state.translations++;
          return (opts.translate ?? ((t) => `[${targetLanguage}] ${t}`))(text, sourceLanguage, targetLanguage);
        },
      };
      return inst;
    },
  };
  return { scope: { Translator: api }, state };
}
