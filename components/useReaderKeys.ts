import { useEffect, useRef } from 'preact/hooks';
import { trusted } from '@/utils/reader/trusted';

export interface KeyActions {
  bigger: () => void;
  smaller: () => void;
  nextTheme: () => void;
  /** Remove mode on or off (X); absent where the reader cannot remove blocks. */
  removeMode?: () => void;
}

/** Keys typed into a form control belong to the control, not to the reader. */
function inControl(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  if (!(target instanceof Element)) return false;
  return target.matches('input, select, textarea, [contenteditable=""], [contenteditable="true"]');
}

/**
 * The reader's keys: + / − change the text size, T changes the theme, X turns remove mode on and
 * off (Esc is handled by the overlay). Physical key codes, so they work with an Urdu keyboard layout too; never with
 * Ctrl/Cmd/Alt, which belong to the browser (Ctrl + is page zoom).
 */
export function useReaderKeys(actions: KeyActions): void {
  // The listener is attached once and reads the latest actions through a ref: effects re-run only
  // after the next paint, so a fast second key press would otherwise use the previous settings.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    // The user's keys only: a page script's synthetic `+` must not change the text size for good.
    const onKey = trusted((e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || inControl(e)) return;
      const actions = latest.current;
      let act: (() => void) | undefined;
      if (e.key === '+' || e.key === '=' || e.code === 'NumpadAdd') act = actions.bigger;
      else if (e.key === '-' || e.key === '−' || e.code === 'NumpadSubtract') act = actions.smaller;
      else if (e.code === 'KeyT') act = actions.nextTheme;
      else if (e.code === 'KeyX') act = actions.removeMode;
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    });
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
