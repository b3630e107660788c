import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerSlot, type ShellOutcome } from '@/utils/reader-handoff';
import { closeOverlay, openOverlay } from './overlay';

/**
 * Injected on demand by the background (toolbar button, shortcut, context menu, `open-reader`
 * message) with `scripting.executeScript`; never registered on pages. Toggles the reader. This
 * first step holds the extraction and the overlay's shell only; it tells the background whether
 * the reader UI (entrypoints/reader-ui) must be injected next. An unlisted script, not a content
 * script: WXT's content-script wrapper (and the webextension-polyfill it brings) weighed 4 KB gzip
 * here, and it posted `wxt:content-script-started` to the page, which tells any page that Saaf is
 * there.
 */
export default defineUnlistedScript({
  main(): ShellOutcome {
    const toggle = (): ShellOutcome => (closeOverlay() ? 'closed' : openOverlay());
    readerSlot().toggle = toggle;
    return toggle();
  },
});
