/**
 * The fonts an export carries: only the faces its text needs. Which face draws a character is
 * decided the way a browser does it: for each character, the first family of the stack that has
 * a face whose `unicode-range` holds it, at the weight the character is set in (headings and
 * bold are 700). So an Urdu article carries Noto Nastaliq's arabic subset (plus its latin subset
 * for spaces, digits, punctuation and English words), and never Vazirmatn or Source Serif.
 * The bytes come from the caller (extension URLs in the library page, the @fontsource files in
 * Node), so this module stays pure.
 */
import { BUNDLED_FONTS, type BundledFont } from '../fonts';

/** woff2 bytes by file name (see `BundledFont.file`). */
export type FontBytes = ReadonlyMap<string, Uint8Array>;

type Range = readonly [number, number];

const rangeCache = new Map<string, Range[]>();

/** `U+0600-06FF, U+0131` as code point ranges. */
export function parseUnicodeRange(css: string): Range[] {
  let out = rangeCache.get(css);
  if (out) return out;
  out = css.split(',').flatMap((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) return [];
    const lo = parseInt(m[1]!, 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo] as const];
  });
  rangeCache.set(css, out);
  return out;
}

function covers(face: BundledFont, cp: number): boolean {
  if (!face.unicodeRange) return true;
  return parseUnicodeRange(face.unicodeRange).some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** Family names of a CSS `font-family` value, unquoted, in order. */
export function stackFamilies(stack: string): string[] {
  return stack
    .split(',')
    .map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean);
}

const BOLD = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'B', 'STRONG', 'TH']);

function weightOf(node: Node): 400 | 700 {
  for (let el = node.parentElement; el; el = el.parentElement) if (BOLD.has(el.tagName.toUpperCase())) return 700;
  return 400;
}

/**
 * The bundled faces that draw the text under `roots` set in `stack`, in BUNDLED_FONTS order.
 * Characters no bundled face covers are left to the reader's own fonts.
 */
export function facesFor(roots: readonly Node[], stack: string, fonts: readonly BundledFont[] = BUNDLED_FONTS): BundledFont[] {
  const families = stackFamilies(stack);
  const byWeight = new Map<number, Set<number>>();
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const w = weightOf(n);
      let set = byWeight.get(w);
      if (!set) byWeight.set(w, (set = new Set()));
      for (const ch of n.nodeValue ?? '') {
        const cp = ch.codePointAt(0)!;
        // Line breaks and tabs collapse to spaces in rendering.
        set.add(cp === 10 || cp === 9 || cp === 13 ? 32 : cp);
      }
    }
  }
  const used = new Set<BundledFont>();
  for (const [weight, cps] of byWeight) {
    for (const cp of cps) {
      for (const family of families) {
        const face = fonts.find((f) => f.family === family && f.weight === weight && covers(f, cp));
        if (face) {
          used.add(face);
          break;
        }
      }
    }
  }
  return fonts.filter((f) => used.has(f));
}

/** `@font-face` rules for `faces` whose bytes are known; `src` turns a face into its URL. */
export function fontFaceCss(faces: readonly BundledFont[], src: (face: BundledFont) => string | null): string {
  return faces
    .map((f) => {
      const url = src(f);
      if (!url) return '';
      const range = f.unicodeRange ? ` unicode-range: ${f.unicodeRange};` : '';
      return `@font-face { font-family: '${f.family}'; font-style: normal; font-weight: ${f.weight}; font-display: swap; src: url("${url}") format("woff2");${range} }\n`;
    })
    .join('');
}
