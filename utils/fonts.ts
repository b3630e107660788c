/**
 * Fonts bundled with the extension (OFL, from @fontsource, woff2 only, only the subsets used).
 * wxt.config.ts copies these files into `fonts/`; the content script registers them with the
 * FontFace API from extension URLs, so a page's CSP cannot block them and shadow roots see them.
 */
export interface BundledFont {
  family: string;
  /** File name inside @fontsource/<pkg>/files/ and, in the build, inside fonts/. */
  file: string;
  pkg: string;
  weight: number;
  unicodeRange?: string;
}

const ARABIC_RANGE = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const LATIN_RANGE = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

function faces(family: string, pkg: string, weights: number[]): BundledFont[] {
  return weights.flatMap((weight) => [
    { family, pkg, weight, file: `${pkg}-arabic-${weight}-normal.woff2`, unicodeRange: ARABIC_RANGE },
    { family, pkg, weight, file: `${pkg}-latin-${weight}-normal.woff2`, unicodeRange: LATIN_RANGE },
  ]);
}

export const BUNDLED_FONTS: readonly BundledFont[] = [
  ...faces('Noto Nastaliq Urdu', 'noto-nastaliq-urdu', [400, 700]),
  ...faces('Noto Naskh Arabic', 'noto-naskh-arabic', [400, 700]),
  ...faces('Vazirmatn', 'vazirmatn', [400, 700]),
];

/** CSS font stacks per article language. Nastaliq has no generic family: always name a Naskh fallback. */
export function fontStackFor(lang: string): string {
  const primary = lang.split('-')[0];
  switch (primary) {
    case 'ur':
      return "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Noto Naskh Arabic', serif";
    case 'fa':
      return "'Vazirmatn', 'Noto Naskh Arabic', sans-serif";
    case 'ar':
    case 'ps':
    case 'sd':
      return "'Noto Naskh Arabic', serif";
    default:
      return "Georgia, 'Noto Serif', 'Times New Roman', serif";
  }
}

/** Line height per script: Nastaliq's glyphs reach far above and below the line (noto-fonts #198). */
export function lineHeightFor(lang: string): number {
  const primary = lang.split('-')[0];
  if (primary === 'ur') return 2.2;
  if (primary === 'ar' || primary === 'fa' || primary === 'ps' || primary === 'sd') return 1.8;
  return 1.6;
}
