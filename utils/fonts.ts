/**
 * Fonts bundled with the extension (OFL, from @fontsource, woff2 only, only the subsets used).
 * wxt.config.ts copies these files into `fonts/`; the content script registers them with the
 * FontFace API from extension URLs, so a page's CSP cannot block them and shadow roots see them.
 * Measured sizes: Noto Nastaliq arabic ~158 KB a weight, Naskh ~53 KB, Vazirmatn ~21 KB,
 * Source Serif 4 latin ~20 KB; Latin subsets of the Arabic faces ~12-16 KB.
 */
import { DEFAULT_PREFS, scriptKeyFor, type FontId } from './settings/prefs';

export interface BundledFont {
  family: string;
  /** File name inside @fontsource/<pkg>/files/ and, in the build, inside fonts/. */
  file: string;
  pkg: string;
  weight: number;
  unicodeRange?: string;
}

const ARABIC_RANGE =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

function faces(family: string, pkg: string, weights: number[], subsets: ('arabic' | 'latin')[]): BundledFont[] {
  return weights.flatMap((weight) =>
    subsets.map((subset) => ({
      family,
      pkg,
      weight,
      file: `${pkg}-${subset}-${weight}-normal.woff2`,
      unicodeRange: subset === 'arabic' ? ARABIC_RANGE : LATIN_RANGE,
    })),
  );
}

// Built by a call marked pure, so a bundle that uses only LOCAL_FONTS (the script injected on activation) leaves it out.
export const BUNDLED_FONTS: readonly BundledFont[] = /* @__PURE__ */ (() => [
  ...faces('Noto Nastaliq Urdu', 'noto-nastaliq-urdu', [400, 700], ['arabic', 'latin']),
  ...faces('Noto Naskh Arabic', 'noto-naskh-arabic', [400, 700], ['arabic', 'latin']),
  ...faces('Vazirmatn', 'vazirmatn', [400, 700], ['arabic', 'latin']),
  // English pages: a screen serif with real bold, latin subset only (~42 KB for both weights).
  ...faces('Source Serif 4', 'source-serif-4', [400, 700], ['latin']),
])();

/**
 * Installed fonts offered via `local()` only (no redistribution licence: Jameel Noori Nastaleeq
 * is never bundled). Registered under a family name of our own so the reader can tell whether
 * it loaded (`FontFace.load()` rejects when the font is not installed).
 */
export const LOCAL_FONTS = [
  {
    family: 'Saaf Jameel',
    id: 'jameel' as FontId,
    sources: ['Jameel Noori Nastaleeq', 'JameelNooriNastaleeq', 'Jameel Noori Nastaleeq Regular'],
  },
] as const;

/** `local()` source list for a FontFace. */
export function localSource(names: readonly string[]): string {
  return names.map((n) => `local("${n.replace(/["\\]/g, '')}")`).join(', ');
}

const SANS = "system-ui, 'Segoe UI', Roboto, 'Vazirmatn', 'Noto Naskh Arabic', sans-serif";

/** CSS font stack of a font choice. Nastaliq has no generic family: always name a Naskh fallback. */
export function fontStack(font: FontId): string {
  switch (font) {
    case 'nastaliq':
      return "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Noto Naskh Arabic', serif";
    case 'jameel':
      return "'Saaf Jameel', 'Jameel Noori Nastaleeq', 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif";
    case 'naskh':
      return "'Noto Naskh Arabic', serif";
    case 'vazirmatn':
      return "'Vazirmatn', 'Noto Naskh Arabic', sans-serif";
    case 'serif':
      return "'Source Serif 4', Georgia, 'Noto Serif', 'Times New Roman', 'Noto Naskh Arabic', serif";
    case 'sans':
      return SANS;
  }
}

/** Default CSS font stack for an article language (exports and other pages without settings). */
export function fontStackFor(lang: string): string {
  return fontStack(DEFAULT_PREFS[scriptKeyFor(lang)].font);
}

/** Default line height per script: Nastaliq's glyphs reach far above and below the line (noto-fonts #198). */
export function lineHeightFor(lang: string): number {
  return DEFAULT_PREFS[scriptKeyFor(lang)].lineHeight;
}
