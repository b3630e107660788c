/**
 * Answers `detect-language` from Saaf's own contexts with franc-min, so its trigram tables are
 * loaded once here instead of into every page the reader opens on.
 */
import { parseMessage, type DetectLanguageResponse } from '@/utils/messaging/protocol';
import { detectWithFranc } from '@/utils/translate/franc';
import type { Router } from './router';

/** The reply to a raw message, or undefined when it is not a `detect-language` message. */
export function handleDetectLanguage(raw: unknown): DetectLanguageResponse | undefined {
  const msg = parseMessage(raw);
  return msg?.type === 'detect-language' ? { lang: detectWithFranc(msg.text) } : undefined;
}

/** Registers the `detect-language` handler on the background's router (who may ask: the protocol map). */
export function registerLanguageService(router: Router): void {
  router.on('detect-language', async (msg) => ({ lang: detectWithFranc(msg.text) }));
}
