/**
 * LibreTranslate and compatible servers (self-hostable; Argos models include en->ur).
 * Protocol: `POST {base}/translate` with JSON `{q, source, target, format:'text', api_key?}`,
 * answer `{translatedText, detectedLanguage?}`; errors are `{error}` with 400/403/429/5xx.
 */
import { TranslateError, kindForStatus } from './errors';
import { DEFAULT_TIMEOUT_MS, joinUrl, parseBaseUrl, requestJson, type RemoteDeps } from './http';
import type { TranslationService } from './types';
import { checkTranslation } from './validate';

export interface LibreTranslateConfig {
  /** Base URL of the server, e.g. https://libretranslate.example.org */
  url: string;
  /** Optional API key (public instances require one). */
  key: string;
}

/** A LibreTranslate service; 'unavailable' until a valid URL is configured. */
export function createLibreTranslate(cfg: LibreTranslateConfig, deps: RemoteDeps): TranslationService {
  const base = parseBaseUrl(cfg.url);
  return {
    id: 'libretranslate',
    label: 'LibreTranslate',
    remote: true,
    availability: async () => (base ? 'available' : 'unavailable'),
    async translate(text, source, target, signal) {
      if (!base) throw new TranslateError('not-configured', 'LibreTranslate URL');
      const body = { q: text, source, target, format: 'text', ...(cfg.key ? { api_key: cfg.key } : {}) };
      const json = await requestJson(
        joinUrl(base.href, 'translate'),
        { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) },
        {
          fetch: deps.fetch,
          timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          signal,
          // LibreTranslate answers 400 "xx is not supported" for a pair it lacks.
          classify: (status, text) => (status === 400 && /not supported/i.test(text) ? 'unsupported' : kindForStatus(status)),
        },
      );
      const out = json && typeof json === 'object' ? (json as Record<string, unknown>).translatedText : undefined;
      return checkTranslation(text, out, target);
    },
  };
}
