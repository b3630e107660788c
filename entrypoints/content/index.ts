import { defineContentScript } from 'wxt/utils/define-content-script';
import { closeOverlay, openOverlay } from './overlay';

/**
 * Injected on demand by the background (toolbar button, shortcut, context menu, `open-reader`
 * message) with `scripting.executeScript`; never registered on pages. Toggles the reader.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main() {
    if (!closeOverlay()) openOverlay();
  },
});
