import { defineContentScript } from 'wxt/utils/define-content-script';
import { readerSlot, type ShellOutcome } from '@/utils/reader-handoff';
import { closeOverlay, openOverlay } from './overlay';

/**
 * Injected on demand by the background (toolbar button, shortcut, context menu, `open-reader`
 * message) with `scripting.executeScript`; never registered on pages. Toggles the reader. This
 * first step holds the extraction and the overlay's shell only; it tells the background whether
 * the reader UI (entrypoints/reader-ui.content) must be injected next.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main(): ShellOutcome {
    const toggle = (): ShellOutcome => (closeOverlay() ? 'closed' : openOverlay());
    readerSlot().toggle = toggle;
    return toggle();
  },
});
