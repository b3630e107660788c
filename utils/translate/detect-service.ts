/** The reader's glue to the background's language detector (franc-min stays out of web pages). */
import { DETECT_MAX_CHARS } from '../messaging/protocol';
import { send } from '../messaging/send';
import type { FallbackDetector } from './source-lang';

export const detectInBackground: FallbackDetector = async (text) => {
  const reply = await send({ type: 'detect-language', text: text.slice(0, DETECT_MAX_CHARS) });
  return typeof reply?.lang === 'string' ? reply.lang : null;
};
