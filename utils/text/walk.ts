/**
 * Every element under `root` in document order, by a plain tree walk. jsdom's live
 * `getElementsByTagName('*')` collection costs hundreds of ms to iterate on a news page.
 */
export function allElements(root: Element | null | undefined): Element[] {
  const out: Element[] = [];
  if (!root) return out;
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  return out;
}
