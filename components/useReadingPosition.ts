import { useEffect } from 'preact/hooks';
import { PositionSaver, openingPosition, positionOf, scrollTopFor } from '@/utils/library/reading-position';

/** Where a saved article was left, and where to tell when the reader moves (the saved view). */
export interface ReadingPositionProps {
  /** The stored position, 0..1. */
  start: number;
  /** Called with the new position, at most every couple of seconds and when the page is hidden or left. */
  onChange: (position: number) => void;
}

/** Keys that scroll the reader: pressing one means the reader has taken over. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);
/** Restoring stops after this long even if the reader never scrolls (the layout has settled). */
const RESTORE_FOR_MS = 15_000;

/**
 * Opens the article where the reader stopped and records where they are.
 *
 * Restoring: the stored share is applied at once and again whenever the content's height changes
 * (fonts and images arrive after the first paint), until the reader scrolls themselves (wheel,
 * touch, a pointer on the scrollbar, a scrolling key) or RESTORE_FOR_MS pass: it never pulls the
 * page back from under the reader. A finished article opens at the top.
 *
 * Recording: once restoring is over, every scroll updates a throttled saver (PositionSaver),
 * flushed when the page is hidden or left.
 */
export function useReadingPosition(scroller: () => HTMLElement | null, position: ReadingPositionProps | undefined): void {
  const start = position?.start;
  const onChange = position?.onChange;
  useEffect(() => {
    const el = scroller();
    if (!el || start === undefined || !onChange) return;
    const win = el.ownerDocument.defaultView ?? window;
    const saver = new PositionSaver(onChange, start);
    const target = openingPosition(start);
    let restoring = target > 0;
    const apply = () => {
      if (restoring) el.scrollTop = scrollTopFor(target, el.scrollHeight, el.clientHeight);
    };
    const stopRestoring = () => {
      restoring = false;
      ro?.disconnect();
    };
    const onKey = (e: KeyboardEvent) => {
      if (SCROLL_KEYS.has(e.key)) stopRestoring();
    };
    const onScroll = () => {
      if (restoring) return;
      const p = positionOf(el.scrollTop, el.scrollHeight, el.clientHeight);
      if (p !== null) saver.update(p);
    };
    const flush = () => saver.flush();
    const onVisibility = () => {
      if (el.ownerDocument.visibilityState === 'hidden') flush();
    };
    const ro = restoring && typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : null;
    for (const child of el.querySelectorAll(':scope > main > *, :scope > main')) ro?.observe(child);
    apply();
    const timer = setTimeout(stopRestoring, RESTORE_FOR_MS);
    const opts = { passive: true, capture: true };
    el.addEventListener('wheel', stopRestoring, opts);
    el.addEventListener('touchstart', stopRestoring, opts);
    el.addEventListener('pointerdown', stopRestoring, opts);
    win.addEventListener('keydown', onKey, true);
    el.addEventListener('scroll', onScroll, { passive: true });
    win.addEventListener('pagehide', flush);
    el.ownerDocument.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      stopRestoring();
      flush();
      el.removeEventListener('wheel', stopRestoring, opts);
      el.removeEventListener('touchstart', stopRestoring, opts);
      el.removeEventListener('pointerdown', stopRestoring, opts);
      win.removeEventListener('keydown', onKey, true);
      el.removeEventListener('scroll', onScroll);
      win.removeEventListener('pagehide', flush);
      el.ownerDocument.removeEventListener('visibilitychange', onVisibility);
    };
  }, [scroller, start, onChange]);
}
