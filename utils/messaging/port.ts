/**
 * The page's half of a port (protocol.ts `PORTS`): one request at a time, each answered by the
 * background's session in order. Glue: the one place outside the background that calls
 * `runtime.connect`.
 */
import { browser } from 'wxt/browser';
import type { PortName } from './protocol';

export interface PortClient {
  /** Sends one message and resolves with the background's answer to it. */
  request<Reply = unknown>(msg: unknown): Promise<Reply>;
  close(): void;
}

/** Opens a port; every pending request fails when the background disconnects it. */
export function openPort(name: PortName): PortClient {
  const port = browser.runtime.connect({ name });
  const waiting: { resolve: (v: never) => void; reject: (e: Error) => void }[] = [];
  let closed = false;
  port.onMessage.addListener((msg: unknown) => waiting.shift()?.resolve(msg as never));
  port.onDisconnect.addListener(() => {
    closed = true;
    for (const w of waiting.splice(0)) w.reject(new Error('the background closed the connection'));
  });
  return {
    request<Reply>(msg: unknown) {
      return new Promise<Reply>((resolve, reject) => {
        if (closed) return reject(new Error('the background closed the connection'));
        waiting.push({ resolve, reject });
        port.postMessage(msg);
      });
    },
    close() {
      closed = true;
      port.disconnect();
    },
  };
}
