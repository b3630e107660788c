import { browser } from 'wxt/browser';

/** Where WXT puts the runtime-registered content script `entrypoints/content`: extraction + the overlay's shell. */
export const READER_SCRIPT = '/content-scripts/content.js';
/** The reader UI (`entrypoints/reader-ui.content`), injected after the shell, once per page. */
export const READER_UI_SCRIPT = '/content-scripts/reader-ui.js';

/**
 * Opens (or closes, if open) the reader in a tab. The one function behind the toolbar button,
 * the keyboard shortcut, the context menu and the `open-reader` message. Two steps, so what is
 * injected on activation is the extraction alone: the UI follows only when the page lacks it.
 */
export async function openReader(tabId: number): Promise<void> {
  const [shell] = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
  if (shell?.result === 'needs-ui') await browser.scripting.executeScript({ target: { tabId }, files: [READER_UI_SCRIPT] });
}
