import { render } from 'preact';
import { ReaderApp } from '@/components/ReaderApp';
import { extractArticle } from '@/utils/pipeline';
import { sanitizeToFragment } from '@/utils/sanitize/sanitize';
import type { ExtractResult } from '@/utils/types';
import { captureLangDir } from '@/utils/extract/direction';
import { scriptKeyFor } from '@/utils/settings/prefs';
import css from '@/components/reader.css?inline';
import { registerFonts } from './fonts';
import { hidePageWhenPrinting } from './print';
import { openSettings, type SettingsStore } from './settings';

/** The overlay's host element name. One per page. */
export const HOST_TAG = 'saaf-reader';

interface Saved {
  scrollX: number;
  scrollY: number;
  /** The `style` attributes as they were (null = absent), put back verbatim so the DOM is unchanged. */
  htmlStyle: string | null;
  bodyStyle: string | null;
  focused: Element | null;
}

/** Opens the reader over the page (the page's DOM is left untouched, only scrolling is paused). */
export function openOverlay(): void {
  const saved: Saved = {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    htmlStyle: document.documentElement.getAttribute('style'),
    bodyStyle: document.body?.getAttribute('style') ?? null,
    focused: document.activeElement,
  };
  const result = extract();
  registerFonts(document);

  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);
  document.documentElement.style.overflow = 'hidden';
  if (document.body) document.body.style.overflow = 'hidden';

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      close();
    }
  };
  let store: SettingsStore | undefined;
  let closed = false;
  const unprint = hidePageWhenPrinting(document, host);
  const close = () => {
    closed = true;
    window.removeEventListener('keydown', onKey, true);
    unprint();
    store?.dispose();
    render(null, mount);
    host.remove();
    restoreStyle(document.documentElement, saved.htmlStyle);
    if (document.body) restoreStyle(document.body, saved.bodyStyle);
    window.scrollTo(saved.scrollX, saved.scrollY);
    if (saved.focused instanceof HTMLElement) saved.focused.focus({ preventScroll: true });
  };
  window.addEventListener('keydown', onKey, true);
  (host as HTMLElement & { saafClose?: () => void }).saafClose = close;

  const toFragment = (html: string) => sanitizeToFragment(html, window, location.href);
  const lang = result.ok ? result.article.lang : result.lang;
  const draw = () => {
    if (closed || !store) return;
    const s = store;
    render(
      <ReaderApp result={result} onClose={close} toFragment={toFragment} settings={s.current} onPrefs={s.setPrefs} onTheme={s.setTheme} />,
      mount,
    );
  };
  // Settings come from extension storage (a few ms); render with them so the first paint is final.
  openSettings(scriptKeyFor(lang), lang, draw).then(
    (s) => {
      if (closed) return s.dispose();
      store = s;
      draw();
    },
    (err: unknown) => {
      console.error('Saaf: settings unavailable, using defaults', err);
      if (!closed) render(<ReaderApp result={result} onClose={close} toFragment={toFragment} />, mount);
    },
  );
}

/** Sets `style` back to what it was; an attribute that was absent is removed, not left empty. */
function restoreStyle(el: Element, style: string | null): void {
  // Chromium writes `el.style` changes back to the attribute lazily: without this read the removal
  // below is undone by a late write-back that leaves `style=""` (found by the e2e DOM-hash check).
  el.getAttribute('style');
  if (style === null) el.removeAttribute('style');
  else el.setAttribute('style', style);
}

/** Closes the reader if it is open; returns whether it was. */
export function closeOverlay(): boolean {
  const host = document.querySelector(HOST_TAG) as (Element & { saafClose?: () => void }) | null;
  if (!host) return false;
  host.saafClose?.();
  return true;
}

function extract(): ExtractResult | { ok: false; reason: 'error'; error: string; lang: string; dir: 'ltr' | 'rtl'; title: string } {
  try {
    return extractArticle(document, {
      url: location.href,
      win: window,
      getComputedDirection: (el) => getComputedStyle(el).direction,
    });
  } catch (err) {
    console.error('Saaf: extraction failed', err);
    let langDir: { lang: string; dir: 'ltr' | 'rtl' } = { lang: 'en', dir: 'ltr' };
    try {
      langDir = captureLangDir(document);
    } catch {
      // keep English
    }
    return { ok: false, reason: 'error', error: String(err), ...langDir, title: document.title };
  }
}
