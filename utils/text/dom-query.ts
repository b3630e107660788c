/**
 * Small DOM queries without a CSS selector engine. In jsdom every selector is parsed and
 * compiled per document, and every document it runs on registers listeners on the window; the
 * pipeline answers these few questions with tag-name collections and ancestor walks instead.
 * (In a browser both ways are fast.)
 */

/** Does `el` contain an element with one of `tags` (lower-case tag names)? */
export function hasTag(el: Element, ...tags: string[]): boolean {
  for (const t of tags) if (el.getElementsByTagName(t).length > 0) return true;
  return false;
}

/** `<a href>` elements under `el`, in document order. */
export function linksIn(el: Element): Element[] {
  return [...el.getElementsByTagName('a')].filter((a) => a.hasAttribute('href'));
}

/** Does `el` contain a link with an href? */
export function hasLink(el: Element): boolean {
  for (const a of el.getElementsByTagName('a')) if (a.hasAttribute('href')) return true;
  return false;
}

/** The nearest inclusive ancestor of `el` that satisfies `test`, or null. */
export function closestWhere(el: Element | null, test: (e: Element) => boolean): Element | null {
  for (let cur = el; cur; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

/** The nearest inclusive ancestor whose tag is one of `tags`. */
export function closestTag(el: Element | null, ...tags: string[]): Element | null {
  return closestWhere(el, (e) => tags.includes(e.localName));
}

/** The first descendant of `root` (document order) that satisfies `test`. */
export function firstWhere(root: Element, test: (e: Element) => boolean): Element | null {
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (test(el)) return el;
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  return null;
}

/** Does the space-separated `class` attribute of `el` contain `name`? */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.getAttribute('class');
  return !!cls && ` ${cls} `.replace(/\s+/g, ' ').includes(` ${name} `);
}
