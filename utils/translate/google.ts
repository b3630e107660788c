/**
 * Google Translate's UNOFFICIAL public web endpoint (the one many browser extensions use). No key,
 * no contract: Google may rate-limit or change it at any time, and the UI says so.
 * Protocol: `GET {base}/translate_a/single?client=gtx&sl=en&tl=ur&dt=t&dj=1&q=...`,
 * answer `{sentences:[{trans}], src}`.
 */
import { DEFAULT_TIMEOUT_MS, joinUrl, parseBaseUrl, requestJson, type RemoteDeps } from './http';
import { TranslateError } from './errors';
import type { TranslationService } from './types';
import { checkTranslation } from './validate';

export const GOOGLE_DEFAULT_ENDPOINT = 'https://translate.googleapis.com';

export interface GoogleConfig {
  /** Base URL; configurable so a stub server can stand in for it in tests. */
  endpoint: string;
}

/** The unofficial Google endpoint as a service. */
export function createGoogle(cfg: GoogleConfig, deps: RemoteDeps): TranslationService {
  const base = parseBaseUrl(cfg.endpoint || GOOGLE_DEFAULT_ENDPOINT);
  return {
    id: 'google',
    label: 'Google Translate (unofficial)',
    remote: true,
    availability: async () => (base ? 'available' : 'unavailable'),
    async translate(text, source, target, signal) {
      if (!base) throw new TranslateError('not-configured', 'Google endpoint');
      const params = new URLSearchParams({ client: 'gtx', sl: source, tl: target, dt: 't', dj: '1', q: text });
      const json = await requestJson(
        `${joinUrl(base.href, 'translate_a/single')}?${params}`,
        { method: 'GET' },
        { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal },
      );
      const sentences = json && typeof json === 'object' ? (json as { sentences?: unknown }).sentences : undefined;
      if (!Array.isArray(sentences)) throw new TranslateError('malformed', 'no sentences');
      // dj=1 also yields transliteration entries ({translit}) without `trans`: skip them.
      const out = sentences
        .map((s) => (s && typeof (s as { trans?: unknown }).trans === 'string' ? (s as { trans: string }).trans : ''))
        .join('');
      return checkTranslation(text, out, target);
    },
  };
}
