import { browser } from 'wxt/browser';

/** Where WXT puts the runtime-registered content script `entrypoints/content`. */
export const READER_SCRIPT = '/content-scripts/content.js';

/**
 * Opens (or closes, if open) the reader in a tab. The one function behind the toolbar button,
 * the keyboard shortcut, the context menu and the `open-reader` message.
 */
export async function openReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
}
