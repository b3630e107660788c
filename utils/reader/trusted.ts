/**
 * The reader acts on the user's own clicks and keys only. A page script can dispatch any event it
 * likes (`button.click()`, `new KeyboardEvent('keydown', …)` on window), but the browser marks only
 * events that come from the user, or from the browser itself acting for the user (Enter on a focused
 * button), with `isTrusted`. Every click and key handler of the reader goes through here.
 */

/** The events the reader's controls act on. */
export const GUARDED_EVENTS = ['click', 'dblclick', 'auxclick', 'keydown', 'keyup', 'keypress'] as const;

/** Wraps a handler so it runs for trusted events only (for listeners on window or document). */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}

/**
 * Stops untrusted click and key events at `root` (the reader's shadow root) in the capture phase,
 * before any control inside sees them. Returns the function that removes the guard.
 */
export function guardTrusted(root: EventTarget): () => void {
  const stop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stop, true);
  return () => {
    for (const type of GUARDED_EVENTS) root.removeEventListener(type, stop, true);
  };
}
