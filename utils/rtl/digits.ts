/**
 * Urdu digits. Urdu pages write numbers either with European digits or with the Extended
 * Arabic-Indic digits U+06F0-06F9 (shared with Persian; 4, 6 and 7 take Urdu shapes only with
 * `lang="ur"` and an Urdu font). The reader's own numbers (reading time, dates) follow the page.
 */

const EXTENDED = /[\u06F0-\u06F9]/g;
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const EUROPEAN = /[0-9]/g;

export type DigitStyle = 'latn' | 'arabext' | 'arab';

/** Which digits a text mostly uses ('latn' when it has none). */
export function digitStyleOf(text: string): DigitStyle {
  const ext = text.match(EXTENDED)?.length ?? 0;
  const arab = text.match(ARABIC_INDIC)?.length ?? 0;
  const latn = text.match(EUROPEAN)?.length ?? 0;
  if (ext > latn && ext >= arab) return 'arabext';
  if (arab > latn) return 'arab';
  return 'latn';
}

/** Formats an integer in the given digits (Intl's numbering systems, with a manual fallback). */
export function formatNumber(n: number, style: DigitStyle, lang = 'en'): string {
  try {
    return new Intl.NumberFormat(lang, { numberingSystem: style, useGrouping: false }).format(n);
  } catch {
    const base = style === 'arabext' ? 0x06f0 : style === 'arab' ? 0x0660 : 0x30;
    return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(base + Number(d)));
  }
}
