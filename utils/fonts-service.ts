import { browser } from 'wxt/browser';
import { BUNDLED_FONTS } from '@/utils/fonts';

/**
 * Font registration for the reader (content script) and the options page: the only fonts code
 * that touches extension APIs (the URLs of the bundled files).
 */
const registered = new WeakSet<Document>();

/**
 * Registers the bundled fonts with the page's FontFaceSet from extension URLs. Fonts added this
 * way are usable inside the reader's shadow root and are not subject to the page's CSP.
 */
export function registerFonts(doc: Document): void {
  if (registered.has(doc)) return;
  registered.add(doc);
  for (const f of BUNDLED_FONTS) {
    const url = browser.runtime.getURL(`/fonts/${f.file}` as '/');
    const face = new FontFace(f.family, `url("${url}") format("woff2")`, {
      weight: String(f.weight),
      style: 'normal',
      display: 'swap',
      ...(f.unicodeRange ? { unicodeRange: f.unicodeRange } : {}),
    });
    doc.fonts.add(face);
  }
}

export { registerLocalFonts } from '@/utils/local-fonts';
