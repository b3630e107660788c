import { textOf } from './runner';

/** Share of an element's text that sits inside links (0..1). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Elements whose OWN text (children's text included, but short) matches `re`. */
export function leavesMatching(root: Element, re: RegExp, maxLen = 60): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.childElementCount > 2) continue;
    const t = textOf(el);
    if (t.length === 0 || t.length > maxLen) continue;
    if (!re.test(t)) continue;
    // Prefer the innermost element carrying the text.
    if ([...el.children].some((c) => re.test(textOf(c)))) continue;
    out.push(el);
  }
  return out;
}

/** Climbs from `el` while the parent holds no other text: the smallest box that is only `el`. */
export function soleWrapper(el: Element, stopAt: Element): Element {
  let cur = el;
  while (cur.parentElement && cur.parentElement !== stopAt && textOf(cur.parentElement) === textOf(cur)) {
    const parent = cur.parentElement;
    if (/^(?:body|html|article|main)$/.test(parent.localName)) break;
    if (parent.querySelector('p, img, picture, video, figure, blockquote') && !cur.querySelector('p, img')) break;
    cur = parent;
  }
  return cur;
}
