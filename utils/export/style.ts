/**
 * The stylesheet exports carry inline: readable with Saaf uninstalled. Fonts are embedded by the
 * exporters (only the faces the text needs, see fonts.ts), with Naskh and generic fallbacks. No `unicode-bidi`
 * (EPUB style sheets may not use it; `<bdi>` isolates by itself). Line height
 * and letter spacing follow rtl-typography.md (Nastaliq needs ~2.2, never letter-spacing).
 */
import { fontStackFor, lineHeightFor } from '../fonts';

/** CSS for one article's language. */
export function exportCss(lang: string): string {
  return `html { background: #fbfaf7; color: #1f1d1a; }
body { margin: 0 auto; max-width: 42em; padding: 2em 1.25em; font-family: ${fontStackFor(lang)}; line-height: ${lineHeightFor(lang)}; font-size: 1.15em; }
[dir="rtl"] { letter-spacing: normal; text-align: start; }
:lang(ur) em, :lang(ur) i { font-style: normal; }
h1 { line-height: 1.6; font-size: 1.8em; margin: 0.4em 0; }
.saaf-meta, .saaf-byline, .saaf-source { color: #5c574f; font-size: 0.9em; }
img { max-width: 100%; height: auto; }
figure { margin: 1em 0; }
blockquote { margin: 1em 0; padding: 0.5em 1em; border-inline-start: 4px solid #d9d3c7; background: #f0ede5; }
.saaf-embed-source, .saaf-translation-note { font-size: 0.85em; color: #5c574f; }
.saaf-translation { margin-top: 0.5em; padding-top: 0.5em; border-top: 1px solid #d9d3c7; }
a { color: #0b5cad; }
`;
}
