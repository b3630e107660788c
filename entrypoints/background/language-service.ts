/**
 * Answers `detect-language` from Saaf's own contexts with franc-min, so its trigram tables are
 * loaded once here instead of into every page the reader opens on.
 */
import { browser } from 'wxt/browser';
import { parseMessage, type DetectLanguageResponse } from '@/utils/messages';
import { detectWithFranc } from '@/utils/translate/franc';

/** The reply to a raw message, or undefined when it is not a `detect-language` message. */
export function handleDetectLanguage(raw: unknown): DetectLanguageResponse | undefined {
  const msg = parseMessage(raw);
  return msg?.type === 'detect-language' ? { lang: detectWithFranc(msg.text) } : undefined;
}

export function registerLanguageService(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<DetectLanguageResponse> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const reply = handleDetectLanguage(raw);
    return reply && Promise.resolve(reply);
  });
}
