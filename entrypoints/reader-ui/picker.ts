import type { PickerLabels } from '@/utils/reader-handoff';
import { regionAround, regionCandidates, stepRegion } from '@/utils/reader/region';
import { fontStackFor, lineHeightFor } from '@/utils/fonts';
import { scriptKeyFor } from '@/utils/settings/prefs';

/** The picker's host element name (its outline and hint bar live in its shadow root). */
export const PICKER_TAG = 'saaf-picker';

export interface PickerHandlers {
  /** A region was chosen; false when it cannot be used (the picker says so and stays). */
  onPick: (region: Element) => boolean;
  onCancel: () => void;
}

// The host takes no room and no pointer: only the outline (which lets the pointer through) and the
// hint bar are drawn, so the page stays visible, scrollable and clickable around them.
const CSS = `:host{all:initial;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483647!important}
.outline{position:fixed;pointer-events:none;border:3px dashed #0b5cad;background:rgba(11,92,173,.08);border-radius:4px;display:none;box-sizing:border-box}
.bar{position:fixed;inset-inline:0;bottom:0;display:flex;gap:1rem;align-items:center;justify-content:center;margin:0;padding:.5rem 1rem;background:#0b2540;color:#fff;font:16px/1.8 system-ui,sans-serif}
.bar p{margin:0}
.bar button{font:inherit;padding:.2rem .9rem;border-radius:6px;border:1px solid #fff;background:#fff;color:#0b2540;cursor:pointer}
.bar button:focus-visible{outline:3px solid #ffd24a;outline-offset:2px}`;

/**
 * The picker's stylesheet for a UI in `lang`. An Arabic-script UI's hint bar is set in the reader's
 * face for that script (Urdu: the bundled Nastaliq, registered with the page's fonts by the reader
 * UI, which is always open before the picker) at that face's line height, so Nastaliq's tall
 * glyphs are not clipped.
 */
export function pickerCss(lang: string): string {
  if (scriptKeyFor(lang) === 'latin') return CSS;
  return `${CSS}\n.bar{font-family:${fontStackFor(lang)};line-height:${lineHeightFor(lang)}}`;
}

/**
 * "Select the story" on the page itself: pointing outlines the region around the pointer (the
 * story around a paragraph), a click chooses it, Esc or the bar's button cancels. From the
 * keyboard, ↓ / ↑ (or Tab / Shift+Tab) step through the page's regions, ← / → widen and narrow
 * (the key toward the line's start widens), Enter chooses. Only trusted events (the reader's own
 * input) drive it: the page's scripts cannot pick or cancel. The page's DOM is untouched but for
 * the picker's own host, removed when it ends; the page keeps scrolling. Returns a stop function
 * (ends it without calling a handler).
 */
export function startPicker(doc: Document, labels: PickerLabels, handlers: PickerHandlers): () => void {
  const win = doc.defaultView!;
  const body = doc.body;
  const host = doc.createElement(PICKER_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = pickerCss(labels.lang);
  const outline = doc.createElement('div');
  outline.className = 'outline';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.lang = labels.lang;
  bar.dir = labels.dir;
  const hint = doc.createElement('p');
  hint.setAttribute('role', 'status');
  hint.textContent = labels.hint;
  const closeBtn = doc.createElement('button');
  closeBtn.type = 'button';
  closeBtn.textContent = labels.close;
  bar.append(hint, closeBtn);
  shadow.append(style, outline, bar);
  doc.documentElement.append(host);

  let current: Element | null = null;
  const show = (el: Element | null) => {
    current = el;
    if (!el) {
      outline.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(outline.style, {
      display: 'block',
      left: `${r.left - 4}px`,
      top: `${r.top - 4}px`,
      width: `${r.width + 8}px`,
      height: `${r.height + 8}px`,
    });
  };
  const ours = (e: Event) => e.composedPath().includes(host);
  const regionOf = (e: Event): Element | null => {
    const t = e.composedPath()[0];
    return t instanceof Element && body && !ours(e) ? regionAround(t, body) : null;
  };
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const choose = (region: Element | null) => {
    if (!region) return;
    if (handlers.onPick(region)) finish();
    else {
      hint.textContent = labels.unusable;
      show(region);
    }
  };

  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted || ours(e)) return;
    show(regionOf(e));
  };
  const onPress = (e: Event) => {
    // The page never gets the press (no link followed, no script of its own run).
    if (!e.isTrusted || ours(e)) return;
    swallow(e);
  };
  const onClick = (e: MouseEvent) => {
    // A click on the bar goes on to its button (the shadow root is closed: the page cannot reach it).
    if (!e.isTrusted || ours(e)) return;
    swallow(e);
    choose(regionOf(e) ?? current);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') {
      swallow(e);
      finish(handlers.onCancel);
      return;
    }
    // The bar's button (focused by a pointer) keeps its own Enter and Space.
    if (ours(e) && e.key !== 'Tab' && !e.key.startsWith('Arrow')) return;
    if (e.key === 'Enter') {
      swallow(e);
      choose(current);
      return;
    }
    let move: 'next' | 'previous' | 'wider' | 'narrower' | null = null;
    if (e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey)) move = 'next';
    else if (e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey)) move = 'previous';
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const towardStart = (e.key === 'ArrowRight') === (labels.dir === 'rtl');
      move = towardStart ? 'wider' : 'narrower';
    }
    if (!move) return;
    swallow(e);
    const next = body ? stepRegion(regionCandidates(body), current, move) : null;
    if (next) {
      next.scrollIntoView?.({ block: 'nearest' });
      show(next);
    }
  };
  const onScroll = () => show(current);
  const listeners: [EventTarget, string, (e: never) => void][] = [
    [win, 'mousemove', onMove],
    [win, 'mousedown', onPress],
    [win, 'mouseup', onPress],
    [win, 'pointerdown', onPress],
    [win, 'pointerup', onPress],
    [win, 'auxclick', onPress],
    [win, 'click', onClick],
    [win, 'keydown', onKey],
    [win, 'scroll', onScroll],
    [win, 'resize', onScroll],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn as EventListener, true);
  closeBtn.addEventListener('click', (e) => {
    if (e.isTrusted) finish(handlers.onCancel);
  });

  let done = false;
  function finish(then?: () => void) {
    if (done) return;
    done = true;
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn as EventListener, true);
    host.remove();
    then?.();
  }
  return () => finish();
}
