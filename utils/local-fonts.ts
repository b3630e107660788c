import { LOCAL_FONTS, localSource } from '@/utils/fonts';
import type { FontId } from '@/utils/settings/prefs';

// Installed fonts need no extension API. The settings prefetch of the script injected on
// activation starts this, so it must not pull in `wxt/browser` (utils/fonts-service.ts re-exports it).
let localFonts: Promise<FontId[]> | undefined;

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
