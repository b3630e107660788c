/**
 * Just enough selector handling for the text index to look candidates up by id, class or tag
 * and check simple compounds without jsdom's selector engine (see text-index.ts).
 */

/**
 * `el.matches(sel)` for a compound of tag, id and classes (`ins.adsbygoogle`) without the
 * selector engine; anything more complex goes to `matches`.
 */
export function compoundMatches(el: Element, sel: string): boolean {
  const m = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i.exec(sel);
  if (!m) return el.matches(sel);
  if (m[1] && el.localName !== m[1].toLowerCase()) return false;
  for (const part of m[2]!.match(/[.#][\w-]+/g) ?? []) {
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
