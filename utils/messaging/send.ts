/**
 * The sending half of the protocol (utils/messaging/protocol.ts), for content scripts and the
 * extension's pages: a message of a known type in, that type's answer out. Glue: the one place
 * outside the background that calls `runtime.sendMessage`.
 */
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, ResponseOf } from './protocol';

/** Sends a message to the background and returns its typed answer (a refusal becomes `{ ok: false }`). */
export async function send<K extends MessageType>(msg: MessageOf<K>): Promise<ResponseOf<K>> {
  const res = await browser.runtime.sendMessage<MessageOf<K>, ResponseOf<K> | undefined>(msg);
  return res ?? ({ ok: false, error: 'no answer from the background' } as ResponseOf<K>);
}

/** Sends without interpreting the answer (for callers that validate it themselves, like the translate proxy). */
export function sendRaw(msg: MessageOf<MessageType>): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}
