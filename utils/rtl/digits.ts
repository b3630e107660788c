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

/**
 * Formats a whole number in the given digits. By hand, not with Intl.NumberFormat: the reader
 * formats one or two numbers when it opens (the reading time), and the first Intl formatter a
 * page's renderer makes loads the locale data: about 15 ms of a first opening in Chromium (36 ms in
 * the CPU profile of a first opening on a loaded machine), for the same digits.
 */
export function formatNumber(n: number, style: DigitStyle): string {
  const text = String(Math.round(n));
  if (style === 'latn') return text;
  const zero = style === 'arabext' ? 0x06f0 : 0x0660;
  return text.replace(EUROPEAN, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 0x30));
}
