import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { blockFor, blocksIn, blockSummary, elementAt, elementIndex } from '@/utils/reader/blocks';
import { trusted } from '@/utils/reader/trusted';

/** On a block the reader removed: hidden, kept in place for undo. */
export const REMOVED_ATTR = 'data-saaf-removed';
/** On the block that would go (hover, or the keyboard's current block). */
export const TARGET_ATTR = 'data-saaf-target';
/** On the article body while remove mode is on. */
export const MODE_ATTR = 'data-saaf-remove-mode';
/** Where a reader element came from in the page (set by extraction on every element). */
export const ORIGIN_ATTR = 'data-saaf-origin';

export interface RemovedBlock {
  /** The block's index among the body's elements: the same block after a re-render of the same article. */
  index: number;
  /** The block's origin in the page (`data-saaf-origin`), or null when extraction gave it none. */
  origin: number | null;
  text: string;
}

export interface RemoveMode {
  active: boolean;
  setActive: (on: boolean) => void;
  /** Removed blocks, most recent last. */
  removed: RemovedBlock[];
  /** Puts the last removed block back. */
  undo: () => void;
  /** Removes a block (the click and Enter of remove mode; exposed for tests and the panel). */
  remove: (el: Element) => void;
  /** For the reader: called with the body each time it is filled, to hide again what was removed. */
  attach: (body: HTMLElement | null) => void;
  /** What the live region says (the last removal or undo). */
  announcement: string;
  /** Forgets every removal and leaves the mode (the reader shows another extraction of the page). */
  reset: () => void;
  /** The article's text as the reader shows it now (removed blocks left out), a block a line. */
  shownText: () => string;
}

/** The origin of a block: its own, or its first descendant's (a wrapper the reader added has none). */
export function originOf(el: Element): number | null {
  const o = el.getAttribute(ORIGIN_ATTR) ?? el.querySelector(`[${ORIGIN_ATTR}]`)?.getAttribute(ORIGIN_ATTR);
  const n = o == null ? NaN : Number(o);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** Keys typed into a form control belong to the control. */
function inControl(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  return target instanceof Element && target.matches('input, select, textarea, [contenteditable=""], [contenteditable="true"]');
}

/** Enter on a focused button (the remember bar's) presses the button; it does not remove a block. */
function onButton(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  return target instanceof Element && target.closest('button') !== null;
}

/**
 * Remove mode: pointing shows the block that would go, a click (or Enter on the keyboard's
 * current block, moved with the arrow keys or Tab) hides it and keeps it for undo (the Undo
 * button or Ctrl+Z). Only the reader's copy changes; the page is never touched.
 */
export function useRemoveMode(uiLang: UiLang): RemoveMode {
  const [active, setActiveState] = useState(false);
  const [removed, setRemoved] = useState<RemovedBlock[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const body = useRef<HTMLElement | null>(null);
  const removedRef = useRef(removed);
  removedRef.current = removed;
  const current = useRef<Element | null>(null);

  const mark = (el: Element | null) => {
    const root = body.current;
    if (!root) return;
    for (const old of root.querySelectorAll(`[${TARGET_ATTR}]`)) if (old !== el) old.removeAttribute(TARGET_ATTR);
    el?.setAttribute(TARGET_ATTR, '');
  };

  const remove = useCallback(
    (el: Element) => {
      const root = body.current;
      if (!root || !root.contains(el) || el.hasAttribute(REMOVED_ATTR)) return;
      const entry: RemovedBlock = { index: elementIndex(root, el), origin: originOf(el), text: blockSummary(el, 200) };
      el.setAttribute(REMOVED_ATTR, '');
      el.removeAttribute(TARGET_ATTR);
      setRemoved([...removedRef.current, entry]);
      setAnnouncement(t(uiLang, 'edit.removedBlock', { text: blockSummary(el, 60) }));
    },
    [uiLang],
  );

  const undo = useCallback(() => {
    const list = removedRef.current;
    const last = list[list.length - 1];
    const root = body.current;
    if (!last || !root) return;
    const el = elementAt(root, last.index);
    el?.removeAttribute(REMOVED_ATTR);
    setRemoved(list.slice(0, -1));
    setAnnouncement(t(uiLang, 'edit.restoredBlock', { text: blockSummary(el ?? root, 60) }));
    if (el instanceof HTMLElement && current.current) {
      current.current = el;
      mark(el);
    }
  }, [uiLang]);

  const attach = useCallback((el: HTMLElement | null) => {
    body.current = el;
    if (!el) return;
    for (const r of removedRef.current) elementAt(el, r.index)?.setAttribute(REMOVED_ATTR, '');
  }, []);

  const setActive = useCallback((on: boolean) => {
    setActiveState(on);
    if (!on) {
      mark(null);
      current.current = null;
    }
  }, []);

  // Pointer and keys while the mode is on. A layout effect: the listeners are in place in the same
  // task as the click or key that turned the mode on (a plain effect waits for the next frame, and a
  // pointer moved onto a block meanwhile got no outline until it reached another element).
  useLayoutEffect(() => {
    const root = body.current;
    if (!active || !root) return;
    root.setAttribute(MODE_ATTR, '');
    const skip = (el: Element) => el.hasAttribute(REMOVED_ATTR);
    const onOver = (e: Event) => mark(blockFor(e.target as Node, root));
    // A pointer resting on a block when the mode came on gets its outline at its first move.
    const onMove = (e: MouseEvent) => {
      const b = blockFor(e.target as Node, root);
      if (b && !b.hasAttribute(TARGET_ATTR)) mark(b);
    };
    const onLeave = () => mark(current.current);
    // The user's clicks and keys only (utils/reader/trusted.ts): a page script's must not remove blocks.
    const onClick = trusted((e: MouseEvent) => {
      const b = blockFor(e.target as Node, root);
      e.preventDefault(); // a link in the block is not followed
      e.stopPropagation();
      if (b) remove(b);
    });
    const step = (by: number) => {
      const list = blocksIn(root, skip);
      if (!list.length) return;
      const at = current.current ? list.indexOf(current.current) : -1;
      const next = list[at < 0 ? (by > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + by))]!;
      current.current = next;
      mark(next);
      if (next instanceof HTMLElement) {
        if (!next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1');
        next.focus();
        next.scrollIntoView?.({ block: 'nearest' });
      }
    };
    const onKey = trusted((e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || inControl(e)) return;
      let act: (() => void) | undefined;
      if (e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey && current.current)) act = () => step(1);
      else if (e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey && current.current)) act = () => step(-1);
      else if ((e.key === 'Enter' || e.key === 'Delete') && current.current && !onButton(e)) {
        const gone = current.current;
        act = () => {
          const list = blocksIn(root, skip);
          const after = list[list.indexOf(gone) + 1] ?? list[list.indexOf(gone) - 1] ?? null;
          remove(gone);
          current.current = after;
          mark(after);
          if (after instanceof HTMLElement) {
            if (!after.hasAttribute('tabindex')) after.setAttribute('tabindex', '-1');
            after.focus();
          }
        };
      }
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    });
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    root.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      root.removeAttribute(MODE_ATTR);
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
      root.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      for (const el of root.querySelectorAll('[tabindex="-1"]')) el.removeAttribute('tabindex');
    };
  }, [active, remove]);

  // Ctrl+Z (Cmd+Z) undoes the last removal, in the mode or after it.
  useEffect(() => {
    if (!removed.length) return;
    const onKey = trusted((e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.code !== 'KeyZ' || inControl(e)) return;
      e.preventDefault();
      e.stopPropagation();
      undo();
    });
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [removed.length, undo]);

  const reset = useCallback(() => {
    removedRef.current = [];
    setRemoved([]);
    setActive(false);
  }, [setActive]);

  const shownText = useCallback(() => {
    const root = body.current;
    if (!root) return '';
    return blocksIn(root, (el) => el.hasAttribute(REMOVED_ATTR))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  }, []);

  return { active, setActive, removed, undo, remove, attach, announcement, reset, shownText };
}
