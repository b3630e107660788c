import { browser } from 'wxt/browser';
import { BUNDLED_FONTS, LOCAL_FONTS, localSource } from '@/utils/fonts';
import type { FontId } from '@/utils/settings/prefs';

/**
 * Font registration for the reader (content script) and the options page: the only fonts code
 * that touches extension APIs (the URLs of the bundled files).
 */
const registered = new WeakSet<Document>();
let localFonts: Promise<FontId[]> | undefined;

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

/**
 * Registers installed fonts (Jameel Noori Nastaleeq) through `local()` and resolves with the ones
 * that are really installed: `load()` rejects when no local font matches, and then the font is not
 * offered. Never throws.
 */
export function registerLocalFonts(doc: Document): Promise<FontId[]> {
  localFonts ??= Promise.all(
    LOCAL_FONTS.map(async (f) => {
      try {
        const face = new FontFace(f.family, localSource(f.sources), { display: 'swap' });
        await face.load();
        doc.fonts.add(face);
        return f.id;
      } catch {
        return null;
      }
    }),
  ).then((ids) => ids.filter((id): id is FontId => id !== null));
  return localFonts;
}
