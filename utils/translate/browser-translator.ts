/**
 * The browser's own on-device Translator (Chrome 138+, window contexts only; Firefox has none).
 * Text never leaves the machine. Chrome has no Urdu or Persian model, so en->ur is 'unavailable'
 * and the router moves on; it helps on Arabic pages (en->ar). A model that is 'downloadable' can
 * only be created from a user click (transient activation), so `prepare` runs from the click.
 */
import { TranslateError, toTranslateError } from './errors';
import { DEFAULT_TIMEOUT_MS } from './http';
import type { Availability, ProgressFn, TranslationService } from './types';
import { checkTranslation } from './validate';

/** The subset of Chrome's Translator API Saaf uses (https://developer.chrome.com/docs/ai/translator-api). */
export interface TranslatorApi {
  availability(opts: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(opts: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (m: EventTarget) => void;
    signal?: AbortSignal;
  }): Promise<TranslatorInstance>;
}

export interface TranslatorInstance {
  translate(text: string, opts?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** Where to look for the `Translator` global (the window; a fake in tests). */
export type TranslatorScope = { Translator?: TranslatorApi };

/** Chrome's built-in Translator as a TranslationService; 'unavailable' where the API is absent. */
export function createBrowserTranslator(
  scope: TranslatorScope = globalThis as TranslatorScope,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): TranslationService {
  const instances = new Map<string, Promise<TranslatorInstance>>();
  const api = () => (typeof scope.Translator?.create === 'function' ? scope.Translator : null);

  const create = (source: string, target: string, onProgress?: ProgressFn): Promise<TranslatorInstance> => {
    const key = `${source}>${target}`;
    let p = instances.get(key);
    if (!p) {
      const t = api();
      if (!t) return Promise.reject(new TranslateError('unsupported', 'no Translator API'));
      p = t.create({
        sourceLanguage: source,
        targetLanguage: target,
        monitor: (m) =>
          m.addEventListener('downloadprogress', (e) => {
            const loaded = (e as Event & { loaded?: number }).loaded;
            if (typeof loaded === 'number') onProgress?.(loaded);
          }),
      });
      // A failed create (no click yet) must not poison later attempts.
      p.catch(() => instances.delete(key));
      instances.set(key, p);
    }
    return p.catch((err: unknown) => {
      // Chrome throws NotAllowedError when a download would start without a user activation.
      if (err instanceof Error && err.name === 'NotAllowedError') throw new TranslateError('needs-click', err.message);
      throw toTranslateError(err);
    });
  };

  return {
    id: 'browser',
    label: 'Browser (on-device)',
    remote: false,
    async availability(source, target): Promise<Availability> {
      const t = api();
      if (!t || source === 'auto') return 'unavailable';
      try {
        const a = await t.availability({ sourceLanguage: source, targetLanguage: target });
        if (a === 'available') return 'available';
        return a === 'downloadable' || a === 'downloading' ? 'downloadable' : 'unavailable';
      } catch {
        return 'unavailable';
      }
    },
    async prepare(source, target, onProgress) {
      await create(source, target, onProgress);
    },
    async translate(text, source, target, signal) {
      const inst = await create(source, target);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TranslateError('timeout', 'on-device')), timeoutMs);
      });
      try {
        const out = await Promise.race([inst.translate(text, { signal }), timeout]);
        return checkTranslation(text, out, target);
      } catch (err) {
        throw toTranslateError(err);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
