/**
 * The background's one message listener. Every message goes through `handle`: the sender is
 * classified (utils/messaging/protocol.ts `senderKind`), the message validated against the
 * protocol map, the sender checked against that type's allowed senders, and only then is the
 * handler its service registered called. Anything unknown, malformed or from the wrong sender is
 * refused here, in one place, by not answering (the sender's promise resolves without a reply).
 *
 * Ports (`runtime.connect`, for streams too big for one message) get the same check on opening:
 * an unknown name or a sender not allowed that port is disconnected at once. Each accepted port
 * gets a session from the service that registered its name; its messages are answered one at a
 * time, in order.
 */
import {
  mayConnect,
  mayReceive,
  parseMessage,
  senderKind,
  type MessageOf,
  type MessageSenderLike,
  type MessageType,
  type PortName,
  type ResponseOf,
  type Sender,
} from '@/utils/messaging/protocol';

/** Answers one validated message from an allowed sender. */
export type Handler<K extends MessageType> = (msg: MessageOf<K>, from: Sender) => Promise<ResponseOf<K>>;

/** One open port's conversation: each message in, its answer out. */
export interface PortSession {
  handle(msg: unknown): Promise<unknown>;
  /** Called when the other side goes away. */
  close?(): void;
}

/** The parts of a `runtime.Port` the router uses. */
export interface PortLike {
  name: string;
  sender?: MessageSenderLike;
  postMessage(msg: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (msg: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface Router {
  /** Registers the handler of one message type (once: a second handler for a type is a bug). */
  on<K extends MessageType>(type: K, handler: Handler<K>): void;
  /** The `runtime.onMessage` listener: a promise of the answer, or undefined when refused. */
  handle(raw: unknown, sender: MessageSenderLike): Promise<unknown> | undefined;
  /** Registers the session factory of one port name (once). */
  onPort(name: PortName, open: (from: Sender) => PortSession): void;
  /** The `runtime.onConnect` listener. */
  connect(port: PortLike): void;
}

/** A router for this extension (`runtimeId` = `runtime.id`, `extensionRoot` = `runtime.getURL('/')`). */
export function createRouter(runtimeId: string, extensionRoot: string): Router {
  const handlers = new Map<MessageType, Handler<MessageType>>();
  const ports = new Map<PortName, (from: Sender) => PortSession>();
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
    onPort(name, open) {
      if (ports.has(name)) throw new Error(`Saaf: a second handler for the ${name} port`);
      ports.set(name, open);
    },
    connect(port) {
      const from = senderKind(port.sender ?? {}, runtimeId, extensionRoot);
      const open = from && mayConnect(port.name, from) ? ports.get(port.name) : undefined;
      if (!from || !open) return port.disconnect();
      const session = open(from);
      let gone = false;
      let queue = Promise.resolve();
      port.onDisconnect.addListener(() => {
        gone = true;
        session.close?.();
      });
      port.onMessage.addListener((msg) => {
        queue = queue
          .then(() => session.handle(msg))
          .catch((err: unknown) => ({ type: 'error', error: String(err) }))
          .then((reply) => {
            if (!gone) port.postMessage(reply);
          })
          .catch(() => undefined);
      });
    },
  };
}
