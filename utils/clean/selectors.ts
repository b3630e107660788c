/**
 * Just enough selector handling for the text index to look candidates up by id, class or tag
 * and check simple compounds without jsdom's selector engine (see text-index.ts).
 */

/** A compound's tag (lower case) and its `.class` / `#id` parts, or null when it is no plain compound. */
interface Compound {
  tag: string | null;
  parts: readonly string[];
}

/** Compounds parsed once: the index checks each candidate of a selector against the same one. */
const compounds = new Map<string, Compound | null>();

function compoundOf(sel: string): Compound | null {
  let c = compounds.get(sel);
  if (c === undefined) {
    // Bounded: the reader's own rules could bring any number of selectors.
    if (compounds.size > 1_000) compounds.clear();
    const m = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i.exec(sel);
    c = m ? { tag: m[1] ? m[1].toLowerCase() : null, parts: m[2]!.match(/[.#][\w-]+/g) ?? [] } : null;
    compounds.set(sel, c);
  }
  return c;
}

/**
 * `el.matches(sel)` for a compound of tag, id and classes (`ins.adsbygoogle`) without the
 * selector engine; anything more complex goes to `matches`.
 */
export function compoundMatches(el: Element, sel: string): boolean {
  const c = compoundOf(sel);
  if (!c) return el.matches(sel);
  if (c.tag && el.localName !== c.tag) return false;
  for (const part of c.parts) {
    if (
      part[0] === '#'
        ? el.getAttribute('id') !== part.slice(1)
        : !` ${el.getAttribute('class') ?? ''} `.replace(/\s+/g, ' ').includes(` ${part.slice(1)} `)
    )
      return false;
  }
  return true;
}

/** Splits a selector list on top-level commas (our selectors have no commas inside values). */
export function splitSelectors(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The id, class or tag of a selector's last compound, the cheapest index to look it up by. */
export function lastCompoundKey(selector: string): { kind: 'id' | 'class' | 'tag'; name: string } | null {
  // Attribute selectors may hold spaces (`[class*="tts" i]`): they are no key, so blank them first.
  const last =
    selector
      .replace(/\[[^\]]*\]/g, '[]')
      .split(/\s*[\s>+~]\s*/)
      .filter(Boolean)
      .at(-1) ?? '';
  const bare = last.replace(/\[[^\]]*\]|:[a-z-]+(?:\([^)]*\))?/gi, ' ');
  const id = /#([\w-]+)/.exec(bare);
  if (id) return { kind: 'id', name: id[1]! };
  const cls = /\.([\w-]+)/.exec(bare);
  if (cls) return { kind: 'class', name: cls[1]! };
  const tag = /^([a-z][\w-]*)/i.exec(bare.trim());
  return tag ? { kind: 'tag', name: tag[1]!.toLowerCase() } : null;
}
