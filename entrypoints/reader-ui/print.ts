/**
 * Printing the reader: the page itself is hidden while printing, so Save as PDF gives the clean
 * article alone (the reader's own print CSS hides the toolbar and lets the text flow over pages).
 * Done through CSSOM on `beforeprint`/`afterprint` and the `print` media query, since a page's
 * CSP may forbid inserting a <style> element. Returns a function that undoes it.
 */
export function hidePageWhenPrinting(doc: Document, host: HTMLElement): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  // The exact `style` attribute is kept (null when absent), so printing leaves no `style=""` behind.
  const hidden: { el: HTMLElement; style: string | null }[] = [];
  const html = doc.documentElement;
  let saved: { style: string | null } | null = null;
  const before = () => {
    if (saved) return;
    saved = { style: html.getAttribute('style') };
    // The page is frozen under the overlay with overflow:hidden; printing must not clip to one page.
    html.style.overflow = 'visible';
    for (const el of [...html.children] as HTMLElement[]) {
      if (el === host || el.localName === 'head') continue;
      hidden.push({ el, style: el.getAttribute('style') });
      el.style.setProperty('display', 'none', 'important');
    }
  };
  const after = () => {
    if (!saved) return;
    if (saved.style === null) html.removeAttribute('style');
    else html.setAttribute('style', saved.style);
    for (const h of hidden.splice(0)) {
      if (h.style === null) h.el.removeAttribute('style');
      else h.el.setAttribute('style', h.style);
    }
    saved = null;
  };
  const mq = win.matchMedia?.('print');
  const onMq = (e: MediaQueryListEvent) => (e.matches ? before() : after());
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  mq?.addEventListener?.('change', onMq);
  return () => {
    after();
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    mq?.removeEventListener?.('change', onMq);
  };
}
