/** The reader's glue to the background's language detector (franc-min stays out of web pages). */
import { browser } from 'wxt/browser';
import { DETECT_MAX_CHARS, type DetectLanguageMessage, type DetectLanguageResponse } from '../messages';
import type { FallbackDetector } from './source-lang';

export const detectInBackground: FallbackDetector = async (text) => {
  const msg: DetectLanguageMessage = { type: 'detect-language', text: text.slice(0, DETECT_MAX_CHARS) };
  const reply = await browser.runtime.sendMessage<DetectLanguageMessage, DetectLanguageResponse | undefined>(msg);
  return typeof reply?.lang === 'string' ? reply.lang : null;
};
