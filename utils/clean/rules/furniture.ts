import type { Removal } from '../../types';
import type { CleanRule, MarkResult, RuleContext } from '../types';
import { HIDDEN_CLASSES, SKIP_TARGET, hiddenClassesFromCss, isLabelPrefix } from '../patterns/furniture';
import { classNames, letterCount, textOf } from '../element-text';
import { report } from '../runner';
import { hasTag } from '../../text/dom-query';

const letters = (el: Element) => letterCount(el.textContent ?? '');
const MEDIA = ['img', 'picture', 'video', 'figure', 'iframe', 'amp-img', 'blockquote'];
const isHeading = (el: Element) => /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading';

/** A paragraph of prose inside `el`: what furniture never holds. */
function hasProse(el: Element): boolean {
  for (const p of el.getElementsByTagName('p')) if (letters(p) >= 80) return true;
  return false;
}

const classCache = new WeakMap<Document, Set<string>>();

/** Visually hidden class names: the frameworks' own and those the page's CSS defines. */
function hiddenClasses(doc: Document): Set<string> {
  let set = classCache.get(doc);
  if (!set) {
    set = new Set(HIDDEN_CLASSES);
    for (const s of doc.getElementsByTagName('style')) for (const c of hiddenClassesFromCss(s.textContent ?? '')) set.add(c);
    classCache.set(doc, set);
  }
  return set;
}

const isHidden = (el: Element, classes: ReadonlySet<string>) => {
  const cls = el.getAttribute('class');
  return !!cls && classNames(cls).some((c) => classes.has(c));
};

/** The smallest box around `el` that holds only it (its text, no media of its own). */
function box(el: Element, root: Element): Element {
  let cur = el;
  const n = letters(el);
  while (cur.parentElement && cur.parentElement !== root && letters(cur.parentElement) === n) {
    const parent = cur.parentElement;
    if (/^(?:body|main|article|figure|figcaption|li|td)$/.test(parent.localName) || hasTag(parent, ...MEDIA)) break;
    cur = parent;
  }
  return cur;
}

/** The in-page fragment a link points to ("#end-of-x", or this page's URL with "#end-of-x"), or null. */
function fragment(a: Element, url: string | null): string | null {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1 ? decodeURIComponent(href.slice(1)) : null;
  if (!url || !href.includes('#')) return null;
  try {
    const u = new URL(href, url);
    const page = new URL(url);
    return u.origin === page.origin && u.pathname === page.pathname && u.hash.length > 1 ? decodeURIComponent(u.hash.slice(1)) : null;
  } catch {
    return null;
  }
}

/** A link that goes nowhere without the page's script ("#", "javascript:…"): a button drawn as a link. */
const isDeadLink = (a: Element) => /^\s*(?:#\s*$|javascript:)/i.test(a.getAttribute('href') ?? '');

/**
 * A widget that works only with the page's script: a small box that ends in a dead link standing
 * on its own (a quiz's "start quiz", a poll's "vote", "load more") and holds no prose, no media and
 * no live link; the box goes whole, or the button alone. Not a dead link inside a sentence, a
 * heading or a list, nor one that opens its box (an accordion's question, a tab), whose text follows.
 */
function scriptWidget(a: Element, root: Element): Element | null {
  const n = letters(a);
  // Arrows and other signs ("<", ">", "›") are a carousel's or a pager's: page-nav takes them with their box.
  if (!isDeadLink(a) || n > 30 || !/\p{L}/u.test(a.textContent ?? '') || a.closest('h1,h2,h3,h4,h5,h6,li,[data-saaf-embed]')) return null;
  const parent = a.parentElement;
  if (!parent || (parent.localName === 'p' && letters(parent) > n)) return null;
  let widget: Element = a;
  for (let cur: Element | null = parent; cur && cur !== root && letters(cur) <= 200; cur = cur.parentElement) {
    if (hasProse(cur) || hasTag(cur, ...MEDIA) || [...cur.getElementsByTagName('a')].some((l) => l.hasAttribute('href') && !isDeadLink(l)))
      break;
    widget = cur;
  }
  // The button is the box's last text: what comes after it is what it opens.
  return (widget.textContent ?? '').trimEnd().endsWith((a.textContent ?? '').trim()) ? widget : null;
}

/**
 * Plans the furniture under `root`: visually hidden text, skip links with their end-of-section
 * markers, headings' permalink signs, labelled metadata blocks ("article information"), and label prefixes of captions and
 * credits that only a screen reader would read.
 */
export function planFurniture(root: Element, ctx: RuleContext): Element[] {
  const doc = root.ownerDocument;
  const classes = hiddenClasses(ctx.doc.getElementsByTagName('style').length > 0 ? ctx.doc : doc);
  const found: Element[] = [];
  const anchors: Element[] = [];
  const labelled: Element[] = [];
  const captions: Element[] = [];
  // Every element under the root in document order (a walk, no array of them all).
  for (let el: Element | null = root.firstElementChild; el;) {
    // Most elements carry no attribute: only a <figcaption> among them is of interest here.
    if (!el.hasAttributes()) {
      if (el.localName === 'figcaption') captions.push(el);
    } else if (!el.hasAttribute('data-saaf-embed')) {
      // Hidden text goes when it is a label read before a value ("تصویر کا ذریعہ،", "Author,") or a
      // hidden heading (it names a block for screen readers); other hidden words ("Photo", "Credit"
      // on nytimes.com) are left to Readability, which keeps them.
      if (isHidden(el, classes) && letters(el) <= 200 && !hasProse(el) && (isLabelPrefix(textOf(el)) || isHeading(el))) found.push(el);
      else if (el.localName === 'a' && el.hasAttribute('href')) anchors.push(el);
      if (el.hasAttribute('aria-labelledby') && !/^(?:body|main|article|a|button)$/.test(el.localName)) labelled.push(el);
      if (el.localName === 'figcaption' || el.getAttribute('role') === 'text') captions.push(el);
    }
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  // Skip links: an in-page link that jumps forward past a block, to an end marker or to the content.
  for (const a of anchors) {
    const widget = scriptWidget(a, root);
    if (widget) {
      found.push(widget);
      continue;
    }
    const frag = fragment(a, ctx.url);
    // Most links point elsewhere: their text is not read.
    if (!frag) continue;
    const n = letters(a);
    // A heading's permalink: a sign ("🔗", "¶", "#") in the heading that links to it (Zola's
    // `zola-anchor`, Sphinx's `headerlink`, markdown-it-anchor); the heading's words stay.
    const heading = n <= 2 && !/[\p{L}\p{N}]/u.test(textOf(a)) ? a.closest('h1,h2,h3,h4,h5,h6') : null;
    if (heading && n > 0 && !hasTag(a, ...MEDIA) && letters(heading) > n) {
      found.push(a);
      continue;
    }
    if (n === 0 || n > 100 || /^[\d\s[\]().,]+$/.test(textOf(a))) continue;
    const inline = a.parentElement && a.parentElement.localName === 'p' && letters(a.parentElement) > n;
    if (inline) continue;
    const target = root.ownerDocument.getElementById(frag);
    if (!target) {
      // Readability's output keeps no ids: the fragment's name alone says "skip".
      if (/^(?:end-of|skip)/i.test(frag)) found.push(box(a, root));
      continue;
    }
    if (!(a.compareDocumentPosition(target) & 4 /* FOLLOWING */)) continue;
    const marker =
      !isHeading(target) && letters(target) <= 80 && target.getElementsByTagName('a').length === 0 && !hasTag(target, ...MEDIA);
    if (!SKIP_TARGET.test(frag) && !marker) continue; // a table of contents, not a skip link
    found.push(box(a, root));
    if (marker && root.contains(target) && target !== root && letters(target) > 0) found.push(box(target, root));
  }
  // "Article information": a small labelled block of label/value pairs (author, role, date) or of links.
  for (const block of labelled) {
    const n = letters(block);
    if (n === 0 || n > 300 || hasProse(block) || hasTag(block, 'img', 'picture', 'video', 'iframe', 'amp-img')) continue;
    const label = doc.getElementById(block.getAttribute('aria-labelledby') ?? '');
    const pairs = [...block.getElementsByTagName('span')].filter(
      (s) => s === s.parentElement?.firstElementChild && isLabelPrefix(textOf(s)),
    ).length;
    const linked = [...block.getElementsByTagName('a')].reduce((s, a) => s + letters(a), 0);
    if ((label && block.contains(label) && isHidden(label, classes)) || pairs >= 2 || linked * 2 >= n) found.push(block);
  }
  // Label prefixes read before a caption or a credit ("،تصویر کا کیپشن", "مصدر الصورة،").
  for (const cap of captions) {
    const first = cap.firstElementChild;
    if (first && first.localName === 'span' && isLabelPrefix(textOf(first)) && letters(cap) > letters(first)) found.push(first);
  }
  // Outermost only, each once.
  const set = new Set(found);
  return [...set].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return el !== root;
  });
}

/**
 * Platform furniture of the BBC World Service template and the CMSs that share its habits:
 * skip links and end-of-section markers, the "article information" block, screen-reader label
 * prefixes of captions and credits, and any visually hidden text — found by markup (the page's
 * CSS, `aria-labelledby`, in-page fragments), not by words.
 */
export const furniture: CleanRule & { mark: NonNullable<CleanRule['mark']> } = {
  id: 'furniture',
  // Removes screen-reader-only text, skip links, end-of-section markers and article-information
  // blocks
  phase: 'both',
  run(root, ctx) {
    const removed: Removal[] = [];
    for (const el of planFurniture(root, ctx)) {
      const r = report(this.id, el);
      el.remove();
      if (r.text) removed.push(r);
    }
    return removed;
  },
  mark(root, ctx, skip): MarkResult {
    const drop = planFurniture(root, ctx).filter((el) => {
      for (let p: Element | null = el; p; p = p.parentElement) if (skip.has(p)) return false;
      return true;
    });
    return { drop, removed: drop.map((el) => report(this.id, el)).filter((r) => r.text) };
  },
};
