/** Whitespace, bidi and zero-width marks: collapsed away when texts are compared or measured. */
export const WS = /[\s\u200b-\u200f\u00a0]+/g;

/** Is this UTF-16 code unit one that {@link WS} matches (`\s`, U+200B-U+200F, U+00A0)? */
function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `s.replace(WS, '').length` without building the string: the text index counts every text node
 * of a page, and the copies were a large share of its time and of the garbage it left.
 */
export function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}

/** Text of an element with whitespace (and bidi / zero-width marks) collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(WS, ' ').trim();
}

/** Split class attributes, remembered: a page repeats a few class strings on most of its elements. */
const splitClasses = new Map<string, readonly string[]>();

/** The class names in a `class` attribute's value (split on whitespace, empty names left out), remembered. */
export function classNames(cls: string): readonly string[] {
  let names = splitClasses.get(cls);
  if (names === undefined) {
    if (splitClasses.size > 5_000) splitClasses.clear();
    names = cls.split(/\s+/).filter((c) => c !== '');
    splitClasses.set(cls, names);
  }
  return names;
}

/**
 * The start of `textOf(el)`: all of it when it has at most `max` characters, else a string of
 * more than `max` characters that begins with its first `max`. Text nodes are read only until
 * that much is known: the report of a removed sidebar or menu needs its first line, not a copy of
 * all its text with the white space collapsed.
 */
export function textStart(el: Element, max: number): string {
  // Text and CDATA sections (foreign content has them): what textContent concatenates.
  const walker = el.ownerDocument.createTreeWalker(el, 0xc /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  let raw = '';
  let check = max;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    raw += (n as CharacterData).data;
    // Collapsing never lengthens: only past `max` raw characters can the text be past `max`.
    if (raw.length > check) {
      const t = raw.replace(WS, ' ').trim();
      // What follows can only extend it (a white space run at the end joins the next one).
      if (t.length > max) return t;
      check = raw.length * 2;
    }
  }
  return raw.replace(WS, ' ').trim();
}
