import { parseLibraryMessage, type LibraryMessage } from './library/messages';
import { parseTranslateMessage, type TranslateMessage } from './translate/protocol';

/**
 * The typed messages an extension page (or a test) sends to the background. Every user action is
 * also a message, handled by the same function the toolbar button, shortcut and menu call, so
 * headless browsers (which cannot press toolbar buttons) can drive it. Names are stable.
 */
export type Message = { type: 'open-reader'; tabId: number } | DetectLanguageMessage | TranslateMessage | LibraryMessage;

/** The language of a piece of text by franc-min, which runs in the background (not in pages). */
export type DetectLanguageMessage = { type: 'detect-language'; text: string };
export type DetectLanguageResponse = { lang: string | null };

/** Longer texts are cut to this many characters before detection (trigrams need far fewer). */
export const DETECT_MAX_CHARS = 2000;

export type MessageResponse = { ok: true } | { ok: false; error: string };

/** Validates an untrusted message (the background never trusts a message's shape). */
export function parseMessage(raw: unknown): Message | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'open-reader':
      return Number.isInteger(m.tabId) && (m.tabId as number) >= 0 ? { type: 'open-reader', tabId: m.tabId as number } : null;
    case 'detect-language':
      return typeof m.text === 'string' ? { type: 'detect-language', text: m.text.slice(0, DETECT_MAX_CHARS) } : null;
    case 'translate':
      return parseTranslateMessage(m);
    default:
      return parseLibraryMessage(m);
  }
}
