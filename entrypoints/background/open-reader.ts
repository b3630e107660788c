import { browser } from 'wxt/browser';

/** Where WXT puts the runtime-registered content script `entrypoints/content`: extraction + the overlay's shell. */
export const READER_SCRIPT = '/content-scripts/content.js';
/** The reader UI (`entrypoints/reader-ui.content`), injected after the shell, once per page. */
export const READER_UI_SCRIPT = '/content-scripts/reader-ui.js';

/**
 * Toggles the reader with the shell already in the page, if it is (`executeScript({func})`: must
 * be self-contained; the key is utils/reader-handoff.ts's SLOT_KEY). 'missing' when it is not.
 */
export function toggleIfLoaded(): string {
  const slot = (globalThis as unknown as Record<string, { toggle?: () => string } | undefined>)['__saafReaderSlot'];
  return slot?.toggle ? slot.toggle() : 'missing';
}

/**
 * Opens (or closes, if open) the reader in a tab. The one function behind the toolbar button,
 * the keyboard shortcut, the context menu and the `open-reader` message. In steps, so what is
 * injected on activation is the extraction alone and nothing is evaluated twice in one page: the
 * shell already there toggles; otherwise it is injected; the UI follows when the page lacks it.
 */
export async function openReader(tabId: number): Promise<void> {
  const [loaded] = await browser.scripting.executeScript({ target: { tabId }, func: toggleIfLoaded });
  let outcome: unknown = loaded?.result;
  if (outcome !== 'closed' && outcome !== 'shown' && outcome !== 'needs-ui') {
    const [shell] = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    outcome = shell?.result;
  }
  if (outcome === 'needs-ui') await browser.scripting.executeScript({ target: { tabId }, files: [READER_UI_SCRIPT] });
}
