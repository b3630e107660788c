/**
 * The background's one message listener. Every message goes through `handle`: the sender is
 * classified (utils/messaging/protocol.ts `senderKind`), the message validated against the
 * protocol map, the sender checked against that type's allowed senders, and only then is the
 * handler its service registered called. Anything unknown, malformed or from the wrong sender is
 * refused here, in one place, by not answering (the sender's promise resolves without a reply).
 */
import {
  mayReceive,
  parseMessage,
  senderKind,
  type MessageOf,
  type MessageSenderLike,
  type MessageType,
  type ResponseOf,
  type Sender,
} from '@/utils/messaging/protocol';

/** Answers one validated message from an allowed sender. */
export type Handler<K extends MessageType> = (msg: MessageOf<K>, from: Sender) => Promise<ResponseOf<K>>;

export interface Router {
  /** Registers the handler of one message type (once: a second handler for a type is a bug). */
  on<K extends MessageType>(type: K, handler: Handler<K>): void;
  /** The `runtime.onMessage` listener: a promise of the answer, or undefined when refused. */
  handle(raw: unknown, sender: MessageSenderLike): Promise<unknown> | undefined;
}

/** A router for this extension (`runtimeId` = `runtime.id`, `extensionRoot` = `runtime.getURL('/')`). */
export function createRouter(runtimeId: string, extensionRoot: string): Router {
  const handlers = new Map<MessageType, Handler<MessageType>>();
  return {
    on(type, handler) {
      if (handlers.has(type)) throw new Error(`Saaf: a second handler for the ${type} message`);
      handlers.set(type, handler as unknown as Handler<MessageType>);
    },
    handle(raw, sender) {
      const from = senderKind(sender, runtimeId, extensionRoot);
      const msg = from && parseMessage(raw);
      if (!from || !msg || !mayReceive(msg.type, from)) return undefined;
      const handler = handlers.get(msg.type);
      if (!handler) return undefined;
      // Handlers answer failures as data; a throw that slips through still gets an answer.
      const failed = (err: unknown) => ({ ok: false, error: String(err) });
      try {
        return handler(msg, from).catch(failed);
      } catch (err) {
        return Promise.resolve(failed(err));
      }
    },
  };
}
