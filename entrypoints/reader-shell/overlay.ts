import { extractUndated, extractUndatedSliced, isLargePage } from '@/utils/pipeline';
import * as shellStrings from '@/utils/i18n/shell';
import { primaryLang } from '@/utils/text/script';
import { captureLangDir } from '@/utils/extract/direction';
import { readerSlot, type OverlayHandoff, type ShellResult, type ShellOutcome } from '@/utils/reader-handoff';
import { prefetchSettings } from '@/utils/settings/prefetch-service';
import { sanitizeToFragment } from '@/utils/sanitize/sanitize';
import { mountShadow } from '@/components/shadow-mount';
import type { UserRule } from '@/utils/site-rules/types';
import { trusted } from '@/utils/reader/trusted';

/**
 * Marks the overlay's host element (one per page). The element's own name is `saaf-` and random
 * hex, new for each content script: a page that defines its own `<saaf-reader>` custom element
 * (a constructor that attaches a shadow root, or `disabledFeatures: ['shadow']`) made
 * `attachShadow` throw and so crashed the content script, and a page cannot define a name it
 * cannot guess. The attribute finds a leftover overlay of an earlier content script (its name is
 * another one).
 */
export const HOST_ATTR = 'data-saaf-reader';
export const HOST_SELECTOR = `[${HOST_ATTR}]`;
const hostTag = `saaf-${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
// Screen only: when printing, the reader's stylesheet puts the host back in the flow.
const HOST_CSS =
  '@media screen{:host{all:initial;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important}}';

interface Saved {
  scrollX: number;
  scrollY: number;
  /** The `style` attributes as they were (null = absent), put back verbatim so the DOM is unchanged. */
  htmlStyle: string | null;
  bodyStyle: string | null;
  focused: Element | null;
}

/**
 * Opens the reader over the page (the page's DOM is left untouched, only scrolling is paused):
 * the shell and the extracted article. The reader UI renders it at once when this page already
 * has it; otherwise the background injects it next ('needs-ui') and it picks the overlay up.
 * `picked`: the region the reader just chose on the page ("Select the story") is the story;
 * `siteRules`: the site's rules when reopening after the picker (otherwise the slot's).
 */
export function openOverlay(opts: { picked?: UserRule; siteRules?: UserRule[] } = {}): ShellOutcome {
  // The page picker of "Select the story" (the reader UI's), if it is on: the reader opening again ends it.
  const slot = readerSlot();
  slot.stopPicker?.();
  slot.stopPicker = undefined;
  const saved: Saved = {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    htmlStyle: document.documentElement.getAttribute('style'),
    bodyStyle: document.body?.getAttribute('style') ?? null,
    focused: document.activeElement,
  };
  // Storage replies arrive while the main thread extracts.
  const early = prefetchSettings(document);
  // A very large page is read in slices after the shell is up, which says so meanwhile; any other
  // page is read at once (a few ms), so the reader's first paint is the story.
  const large = isLargePage(document);
  // The region just chosen comes first: the first region rule that finds its region is the story.
  // The slot's rules are taken out when read: reopening after the picker passes them on itself.
  const siteRules = opts.siteRules ?? slotRules();
  const userRules = opts.picked ? [opts.picked, ...siteRules] : siteRules;
  const result = large ? extractSliced({ userRules }) : extract({ userRules });

  const host = document.createElement(hostTag);
  host.setAttribute(HOST_ATTR, '');
  // The host is fixed over the viewport from its first frame, before the reader UI and its
  // stylesheet arrive: an unstyled host in the page's flow changed the page's layout, and Firefox
  // fired the page's own scroll handlers while the UI loaded. Closed: the page's scripts cannot
  // reach into the reader (read the article and its translations, press its buttons).
  const { shadow, mount } = mountShadow(host, 'closed', HOST_CSS);
  if (large) mount.append(preparing(document));
  document.documentElement.append(host);
  document.documentElement.style.overflow = 'hidden';
  if (document.body) document.body.style.overflow = 'hidden';

  // The user's Escape only: a page script's synthetic key must not close the reader.
  const onKey = trusted((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      let used = false;
      try {
        used = overlay.onEscape?.() ?? false;
      } catch (err) {
        console.warn('Saaf: the reader could not take Escape; closing', err);
      }
      if (used) return;
      close();
    }
  });
  const toFragment = (html: string) => sanitizeToFragment(html, window, location.href);
  const reextract = (disabledRules: readonly string[]) => extract({ userRules, disabledRules });
  const overlay: OverlayHandoff = {
    mount,
    shadow,
    result,
    early,
    toFragment,
    userRules,
    reextract,
    close: () => close(),
    closed: false,
    picked: opts.picked,
    // Reopened outside the key or click that ended the picker, so that event never reaches the new reader.
    reopen: (picked) => {
      setTimeout(() => openOverlay({ picked, siteRules }), 0);
    },
  };
  // The page comes back first, whatever fails after: once the extension is reloaded or updated,
  // every extension call here throws "Extension context invalidated", and a close that threw
  // before removing the overlay left the page covered and unscrollable.
  const close = () => {
    overlay.closed = true;
    if (slot.pending === overlay) slot.pending = undefined;
    window.removeEventListener('keydown', onKey, true);
    try {
      host.remove();
      restoreStyle(document.documentElement, saved.htmlStyle);
      if (document.body) restoreStyle(document.body, saved.bodyStyle);
      window.scrollTo(saved.scrollX, saved.scrollY);
      if (saved.focused instanceof HTMLElement) saved.focused.focus({ preventScroll: true });
    } finally {
      try {
        overlay.onClose?.();
      } catch (err) {
        console.warn('Saaf: cleanup after closing the reader failed', err);
      }
    }
  };
  window.addEventListener('keydown', onKey, true);
  (host as HTMLElement & { saafClose?: () => void }).saafClose = close;

  if (slot.ui) {
    slot.ui(overlay);
    return 'shown';
  }
  slot.pending = overlay;
  return 'needs-ui';
}

/** Sets `style` back to what it was; an attribute that was absent is removed, not left empty. */
function restoreStyle(el: Element, style: string | null): void {
  // Chromium writes `el.style` changes back to the attribute lazily: without this read the removal
  // below is undone by a late write-back that leaves `style=""` (found by the e2e DOM-hash check).
  el.getAttribute('style');
  if (style === null) el.removeAttribute('style');
  else el.setAttribute('style', style);
}

/**
 * Closes the reader if this content script has it open; returns whether it did. A host
 * without a working close of ours (left by a content script whose extension was reloaded, or put
 * there by the page) is removed, with the scrolling it froze, and the reader opens anew.
 */
export function closeOverlay(): boolean {
  let closed = false;
  for (const host of [...document.querySelectorAll(HOST_SELECTOR)] as (Element & { saafClose?: () => void })[]) {
    if (typeof host.saafClose === 'function') {
      try {
        host.saafClose();
        closed = true;
        continue;
      } catch (err) {
        console.warn('Saaf: the open reader could not close itself; removing it', err);
      }
    }
    removeLeftover(host);
  }
  return closed;
}

/** Removes a leftover overlay and the `overflow: hidden` it put on the page (its saved styles died with it). */
function removeLeftover(host: Element): void {
  host.remove();
  for (const el of [document.documentElement, document.body]) {
    if (el?.style.overflow === 'hidden') {
      el.style.removeProperty('overflow');
      if (el.getAttribute('style') === '') el.removeAttribute('style');
    }
  }
}

type RuleOptions = { userRules?: readonly UserRule[]; disabledRules?: readonly string[] };

const extractOptions = (rules: RuleOptions) => ({
  url: location.href,
  win: window,
  getComputedDirection: (el: Element) => getComputedStyle(el).direction,
  userRules: rules.userRules,
  disabledRules: rules.disabledRules,
});

/**
 * The site's rules the background left in the slot for this open, taken out of the slot, so a
 * later extraction never applies rules since deleted. Only their shape is checked here (objects
 * with a string selector): the background validated them in full (restricted selectors, limits)
 * when it read them from storage (site-rules-storage.ts), and the slot lives in this extension's
 * isolated world, which the page cannot reach. The full check again here cost step 1 about
 * 1.3 KB gzip of its 60 KB budget.
 */
function slotRules(): UserRule[] {
  const slot = readerSlot();
  const rules: unknown = slot.userRules;
  delete slot.userRules;
  return Array.isArray(rules)
    ? rules.filter((r): r is UserRule => typeof r === 'object' && r !== null && typeof (r as UserRule).selector === 'string')
    : [];
}

/** Undated: the reader UI parses the published date it shows (utils/reader-handoff.ts). */
function extract(rules: RuleOptions = {}): ShellResult {
  try {
    return extractUndated(document, extractOptions(rules));
  } catch (err) {
    return failed(err);
  }
}

function extractSliced(rules: RuleOptions = {}): Promise<ShellResult> {
  return extractUndatedSliced(document, extractOptions(rules)).catch(failed);
}

function failed(err: unknown): ShellResult {
  console.error('Saaf: extraction failed', err);
  let langDir: { lang: string; dir: 'ltr' | 'rtl' } = { lang: 'en', dir: 'ltr' };
  try {
    langDir = captureLangDir(document);
  } catch {
    // keep English
  }
  return { ok: false, reason: 'error', error: String(err), ...langDir, title: document.title };
}

/**
 * The shell's own "preparing" state for a very large page, until the article is ready and the
 * reader UI replaces it (inline styles: the reader's stylesheet comes with the UI).
 */
function preparing(doc: Document): HTMLElement {
  const ui = primaryLang(doc.documentElement.lang || navigator.language) === 'ur' ? 'ur' : 'en';
  const box = doc.createElement('div');
  box.setAttribute('data-saaf-preparing', '');
  box.setAttribute('role', 'status');
  box.lang = ui;
  box.dir = ui === 'ur' ? 'rtl' : 'ltr';
  box.style.cssText =
    'position:fixed;inset:0;display:flex;align-items:center;justify-content:center;padding:2em;font:1.25rem/1.8 system-ui,sans-serif;background:Canvas;color:CanvasText;color-scheme:light dark';
  box.textContent = shellStrings[ui]['shell.preparing'];
  return box;
}
