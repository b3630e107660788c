import { browser } from 'wxt/browser';
import { loadSiteRules, siteOfUrl } from '@/utils/site-rules/site-rules-storage';
import type { UserRule } from '@/utils/site-rules/types';

/** Where WXT puts the unlisted script `entrypoints/reader-shell`: extraction + the overlay's shell. */
export const READER_SCRIPT = '/reader-shell.js';
/** The reader UI (the unlisted script `entrypoints/reader-ui`), injected after the shell, once per page. */
export const READER_UI_SCRIPT = '/reader-ui.js';

/**
 * Leaves the site's own rules in the slot for the extraction that follows, then toggles the reader
 * with the shell already in the page, if it is (`executeScript({func})`: must be self-contained;
 * the key is utils/reader-handoff.ts's SLOT_KEY). 'missing' when it is not.
 */
export function toggleIfLoaded(userRules: unknown = []): string {
  const g = globalThis as unknown as Record<string, { toggle?: () => string; userRules?: unknown } | undefined>;
  const slot = (g['__saafReaderSlot'] ??= {});
  slot.userRules = userRules;
  return slot.toggle ? slot.toggle() : 'missing';
}

/**
 * The stored rules of the tab's site (the extraction in the tab applies those of its path). Read
 * here, not in the tab: the shell extracts synchronously, before a storage reply could arrive.
 */
export async function rulesForTab(tabId: number): Promise<UserRule[]> {
  try {
    const site = siteOfUrl((await browser.tabs.get(tabId)).url);
    return site ? await loadSiteRules(site) : [];
  } catch {
    return [];
  }
}

/**
 * Opens (or closes, if open) the reader in a tab. The one function behind the toolbar button,
 * the keyboard shortcut, the context menu and the `open-reader` message. In steps, so what is
 * injected on activation is the extraction alone and nothing is evaluated twice in one page: the
 * shell already there toggles; otherwise it is injected; the UI follows when the page lacks it.
 */
export async function openReader(tabId: number): Promise<void> {
  const rules = await rulesForTab(tabId);
  const [loaded] = await browser.scripting.executeScript({ target: { tabId }, func: toggleIfLoaded, args: [rules] });
  let outcome: unknown = loaded?.result;
  if (outcome !== 'closed' && outcome !== 'shown' && outcome !== 'needs-ui') {
    const [shell] = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    outcome = shell?.result;
  }
  if (outcome === 'needs-ui') await browser.scripting.executeScript({ target: { tabId }, files: [READER_UI_SCRIPT] });
}
