import type { browser } from 'wxt/browser';
import { registerLocalFonts } from '../local-fonts';
import type { FontId } from './prefs';
import { EARLY_KEYS } from './stored';

/** Settings reads started before the article's script is known (they overlap the extraction). */
export interface EarlySettings {
  /** The raw values of EARLY_KEYS (stored.ts): the reader UI repairs them (reader-store.ts). */
  stored: Promise<Record<string, unknown>>;
  localFonts: Promise<FontId[]>;
}

/**
 * The browser's own extension API, without webextension-polyfill: this runs in the script injected
 * on activation, which carries no polyfill (3 KB gzip), and `storage.local.get` returns a promise
 * natively in Chrome (MV3) and Firefox. `browser` in Firefox (and in the tests' fake), else `chrome`.
 */
function nativeApi(): typeof browser {
  const g = globalThis as unknown as { browser?: typeof browser; chrome?: typeof browser };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)!;
}

/**
 * Starts every storage read the reader's first paint needs, in one request: storage answers from
 * another process, so the reply arrives while the page's main thread extracts the article. Raw
 * `storage.local` (no storage library): this runs in the script injected on activation.
 */
export function prefetchSettings(doc: Document): EarlySettings {
  const stored = nativeApi().storage.local.get([...EARLY_KEYS]);
  // Unused if the reader closes first: no unhandled rejection (the UI reads again on failure).
  stored.catch(() => undefined);
  return { stored, localFonts: registerLocalFonts(doc) };
}
