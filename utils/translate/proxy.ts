/**
 * A remote service as the reader sees it: same id, label and availability (both read only the
 * user's settings), but `translate` asks the background, which holds the keys and the host
 * permission. Lets one router run in the page with the on-device Translator (a window API) and the
 * remote services in their user-chosen order.
 */
import { TranslateError } from './errors';
import { parseTranslateResponse, type TranslateMessage } from './protocol';
import type { RemoteServiceId, TranslationService } from './types';

/** Sends a message to the background and resolves with its raw answer. */
export type SendFn = (msg: TranslateMessage) => Promise<unknown>;

/** Extra time the page waits beyond the background's own limit (the background reports first). */
const GRACE_MS = 3_000;

/** Wraps a remote service's configuration so its translations go through the background. */
export function createProxyService(remote: TranslationService, send: SendFn, timeoutMs: number): TranslationService {
  return {
    id: remote.id,
    label: remote.label,
    remote: true,
    availability: (s, t) => remote.availability(s, t),
    async translate(text, source, target, signal) {
      if (signal?.aborted) throw new TranslateError('aborted');
      const msg: TranslateMessage = { type: 'translate', text, source, target, service: remote.id as RemoteServiceId };
      let timer: ReturnType<typeof setTimeout> | undefined;
      let onAbort: (() => void) | undefined;
      // A background that died (extension reloaded) must not leave the reader spinning forever.
      const stop = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TranslateError('timeout', 'background')), timeoutMs + GRACE_MS);
        onAbort = () => reject(new TranslateError('aborted'));
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        const sent = send(msg).catch((err: unknown) => {
          throw new TranslateError('server', `background: ${err instanceof Error ? err.message : String(err)}`);
        });
        const r = parseTranslateResponse(await Promise.race([sent, stop]));
        if (r instanceof TranslateError) throw r;
        return r.text;
      } finally {
        clearTimeout(timer);
        if (onAbort) signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
