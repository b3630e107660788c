/** The library pages' side of the typed library messages (utils/library/messages.ts). */
import { browser } from 'wxt/browser';
import type { LibraryMessage, LibraryResponse } from '@/utils/library/messages';

/** Sends a library message to the background and returns its typed answer. */
export async function ask<M extends LibraryMessage>(msg: M): Promise<LibraryResponse<M['type']>> {
  const res = (await browser.runtime.sendMessage(msg)) as LibraryResponse<M['type']> | undefined;
  return res ?? ({ ok: false, error: 'no answer from the background' } as LibraryResponse<M['type']>);
}
