/**
 * Microsoft Translator v3 with the user's own key.
 * Protocol: `POST {base}/translate?api-version=3.0&from=en&to=ur`, body `[{"Text": "..."}]`,
 * headers `Ocp-Apim-Subscription-Key` (+ `Ocp-Apim-Subscription-Region` for regional resources);
 * answer `[{translations:[{text, to}]}]`; errors `{error:{code, message}}`.
 */
import { TranslateError, kindForStatus, type TranslateErrorKind } from './errors';
import { DEFAULT_TIMEOUT_MS, joinUrl, parseBaseUrl, requestJson, type RemoteDeps } from './http';
import type { TranslationService } from './types';
import { checkTranslation } from './validate';

export const MICROSOFT_DEFAULT_ENDPOINT = 'https://api.cognitive.microsofttranslator.com';

export interface MicrosoftConfig {
  key: string;
  /** Azure region of the resource ('westeurope'); empty for global resources. */
  region: string;
  /** API base; configurable so a stub server can stand in for it in tests. */
  endpoint: string;
}

/**
 * Microsoft's error codes are six digits, the first three the HTTP status: 401000 is a bad key,
 * 403001 the free tier's quota, 400036 an unsupported target language.
 */
function classify(status: number, body: string): TranslateErrorKind {
  const code = Number(/"code"\s*:\s*(\d{6})/.exec(body)?.[1]);
  if (code === 403001 || code === 403000) return 'quota';
  if (code === 400036 || code === 400035) return 'unsupported';
  return kindForStatus(status);
}

/** A Microsoft Translator service; 'unavailable' until a key is configured. */
export function createMicrosoft(cfg: MicrosoftConfig, deps: RemoteDeps): TranslationService {
  const base = parseBaseUrl(cfg.endpoint || MICROSOFT_DEFAULT_ENDPOINT);
  const ready = Boolean(base && cfg.key.trim());
  return {
    id: 'microsoft',
    label: 'Microsoft Translator',
    remote: true,
    availability: async () => (ready ? 'available' : 'unavailable'),
    async translate(text, source, target, signal) {
      if (!ready || !base) throw new TranslateError('not-configured', 'Microsoft key');
      const params = new URLSearchParams({ 'api-version': '3.0', to: target });
      if (source !== 'auto') params.set('from', source);
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Ocp-Apim-Subscription-Key': cfg.key.trim() };
      if (cfg.region.trim()) headers['Ocp-Apim-Subscription-Region'] = cfg.region.trim();
      const json = await requestJson(
        `${joinUrl(base.href, 'translate')}?${params}`,
        { method: 'POST', headers, body: JSON.stringify([{ Text: text }]) },
        { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal, classify },
      );
      const first = Array.isArray(json) ? (json[0] as { translations?: unknown } | undefined) : undefined;
      const tr = Array.isArray(first?.translations) ? (first.translations[0] as { text?: unknown } | undefined) : undefined;
      return checkTranslation(text, tr?.text, target);
    },
  };
}
