/**
 * A small copy of a page: what the clutter rules keep, in a new inert document. Copying the kept
 * part costs in proportion to the story; removing the rest from the page would cost in
 * proportion to the page (jsdom and browsers do bookkeeping for every removed node), and the
 * live page is never touched.
 */

import { ORIGIN_ATTR } from '../types';

/** Head elements Readability reads (JSON-LD has been read already). A page's <base> is never copied. */
const HEAD_KEEP = new Set(['title', 'meta']);

/**
 * Copies `src` into a new document: `<html>` and `<body>` attributes, the head's title, metas
 * and canonical link, and the body without the `drop`ped subtrees; a `replace`d element becomes
 * the node its function builds in the new document. With a `focus`, the body holds only a copy
 * of that subtree. With `origin` (each page element's index in `allElements(src.body)`), every
 * copied element carries its index in `data-saaf-origin`: the reader maps a block back to the page.
 */
export function slimCopy(
  src: Document,
  drop: ReadonlySet<Element>,
  replace: ReadonlyMap<Element, (doc: Document) => Node>,
  extraHead: readonly { name: string; content: string }[] = [],
  focus: Element | null = null,
  origin: ReadonlyMap<Element, number> | null = null,
): Document {
  const doc = src.implementation.createHTMLDocument('');
  for (const a of src.documentElement.attributes) copyAttribute(doc.documentElement, a);
  doc.head.replaceChildren();
  for (const el of src.head?.children ?? []) {
    const keep =
      HEAD_KEEP.has(el.localName) || (el.localName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? ''));
    if (keep) doc.head.append(doc.importNode(el, true));
  }
  for (const { name, content } of extraHead) {
    const m = doc.createElement('meta');
    m.setAttribute('name', name);
    m.setAttribute('content', content);
    doc.head.append(m);
  }
  if (src.body) {
    for (const a of src.body.attributes) copyAttribute(doc.body, a);
    // Elements with something dropped or replaced below them are copied level by level; every
    // other subtree is imported whole (one call instead of one per node).
    const dirty = new Set<Node>();
    for (const el of [...drop, ...replace.keys()]) {
      for (let a = el.parentNode; a && !dirty.has(a); a = a.parentNode) dirty.add(a);
    }
    const plan = { doc, drop, replace, dirty, origin };
    if (focus && focus !== src.body && src.body.contains(focus)) {
      // Only the focus subtree, directly in <body>.
      const copy = doc.importNode(focus, false);
      markOrigin(copy, origin?.get(focus));
      copyChildren(focus, copy, plan);
      doc.body.appendChild(copy);
    } else copyChildren(src.body, doc.body, plan);
  }
  return doc;
}

/**
 * Copies one attribute. The HTML parser accepts names `setAttribute` refuses: AMP pages open
 * with `<html ⚡>`, which threw InvalidCharacterError and lost the whole article.
 */
function copyAttribute(to: Element, a: Attr): void {
  try {
    to.setAttribute(a.name, a.value);
  } catch {
    // not a valid XML name: nothing the reader needs
  }
}

interface CopyPlan {
  doc: Document;
  drop: ReadonlySet<Element>;
  replace: ReadonlyMap<Element, (doc: Document) => Node>;
  dirty: ReadonlySet<Node>;
  origin: ReadonlyMap<Element, number> | null;
}

function markOrigin(copy: Node, n: number | undefined): void {
  if (n !== undefined && copy.nodeType === 1) (copy as Element).setAttribute(ORIGIN_ATTR, String(n));
}

/**
 * Numbers a subtree imported whole: its elements are consecutive in the page's pre-order walk,
 * so the copy's own pre-order walk counts on from the root's number (no lookups).
 */
function markSubtree(root: Element, first: number): void {
  let n = first;
  let el: Element | null = root;
  while (el) {
    el.setAttribute(ORIGIN_ATTR, String(n++));
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
}

function copyChildren(from: Node, to: Node, plan: CopyPlan): void {
  const { doc, drop, replace, dirty, origin } = plan;
  // Built in a fragment and attached once: the insertion bookkeeping runs on a detached tree.
  const frag = doc.createDocumentFragment();
  for (let n = from.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) frag.appendChild(doc.createTextNode((n as Text).data));
    else if (n.nodeType === 1) {
      const el = n as Element;
      const make = replace.get(el);
      if (make) {
        const made = make(doc);
        markOrigin(made, origin?.get(el));
        frag.appendChild(made);
      } else if (drop.has(el)) continue;
      else if (!dirty.has(el)) {
        const copy = doc.importNode(el, true);
        const n = origin?.get(el);
        if (n !== undefined) markSubtree(copy, n);
        frag.appendChild(copy);
      } else {
        // Shallow import keeps the namespace and every attribute; the children follow, filtered.
        const copy = doc.importNode(el, false);
        markOrigin(copy, origin?.get(el));
        if (el.localName !== 'template') copyChildren(el, copy, plan);
        frag.appendChild(copy);
      }
    }
  }
  to.appendChild(frag);
}

/** How many elements removing `drop` takes out of the page. */
export function removedNodes(drop: ReadonlySet<Element>): number {
  let n = 0;
  for (const el of drop) n += 1 + el.getElementsByTagName('*').length;
  return n;
}

/**
 * The same result as `slimCopy` without copying, on a throwaway document: drops removed, embeds
 * replaced, the page's <base> removed (never trusted), `extraHead` metas added, and with `els`
 * (the page's `allElements(body)`) each element numbered in `data-saaf-origin`.
 */
export function cleanInPlace(
  doc: Document,
  drop: ReadonlySet<Element>,
  replace: ReadonlyMap<Element, (doc: Document) => Node>,
  extraHead: readonly { name: string; content: string }[] = [],
  els: readonly Element[] | null = null,
): Document {
  if (els) for (let i = 0; i < els.length; i++) els[i]!.setAttribute(ORIGIN_ATTR, String(i));
  for (const base of [...doc.getElementsByTagName('base')]) base.remove();
  for (const [el, make] of replace) {
    const made = make(doc);
    const n = el.getAttribute(ORIGIN_ATTR);
    if (n !== null && made.nodeType === 1) (made as Element).setAttribute(ORIGIN_ATTR, n);
    el.replaceWith(made);
  }
  for (const el of drop) el.remove();
  for (const { name, content } of extraHead) {
    const m = doc.createElement('meta');
    m.setAttribute('name', name);
    m.setAttribute('content', content);
    (doc.head ?? doc.documentElement).append(m);
  }
  return doc;
}
