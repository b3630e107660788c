/** Whitespace, bidi and zero-width marks: collapsed away when texts are compared or measured. */
export const WS = /[\s\u200b-\u200f\u00a0]+/g;

/** Text of an element with whitespace (and bidi / zero-width marks) collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(WS, ' ').trim();
}
