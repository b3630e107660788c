/**
 * DOM measurements the clutter rules share. Text lengths are computed ONCE per phase in a single
 * walk (`TextIndex`) instead of calling `textContent` on every element, which costs
 * O(elements × depth) and used to make the cleaner slower than Readability on big pages.
 */

import { hasTag } from '../text/dom-query';

const WS = /[\s\u200b-\u200f\u00a0]+/g;

/** Text of an element with whitespace (and bidi / zero-width marks) collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(WS, ' ').trim();
}

/** Elements whose text never reaches the reader. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/**
 * One walk over a root that every rule of a phase shares: letter counts (whitespace excluded) of
 * each element and of its linked part, the short elements (label candidates), and elements by
 * tag, class and id. jsdom's selector engine costs a full-tree pass per `querySelectorAll` (tens
 * of ms on a news page for a list of class selectors); `select()` looks candidates up here and
 * checks only them. After rules remove elements, ancestors' counts are over-estimates, which only
 * makes rules more careful (a box looks bigger than it is); removed elements are skipped.
 */
export class TextIndex {
  private readonly text = new Map<Element, number>();
  private readonly link = new Map<Element, number>();
  private readonly prose = new Map<Element, number>();
  private readonly proseSum = new Map<Element, number>();
  private readonly texts = new Map<Element, string>();
  private readonly order = new Map<Element, number>();
  private readonly byTag = new Map<string, Element[]>();
  private readonly byClass = new Map<string, Element[]>();
  private readonly byId = new Map<string, Element[]>();
  /** Elements with at most `SHORT` letters, in document order. */
  readonly short: Element[] = [];
  static readonly SHORT = 320;

  /**
   * @param skip elements to treat as gone (and their subtrees): what an earlier rule marked for
   *   removal when the pipeline plans removals instead of making them.
   */
  constructor(
    readonly root: Element,
    private readonly skip: ReadonlySet<Element> = new Set(),
  ) {
    this.visit(root, false);
  }

  private add(map: Map<string, Element[]>, key: string, el: Element): void {
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  }

  private visit(el: Element, inLink: boolean): [number, number, number, number] {
    const tag = el.localName;
    const isLink = inLink || tag === 'a';
    this.order.set(el, this.order.size);
    this.add(this.byTag, tag, el);
    const cls = el.getAttribute('class');
    if (cls) for (const c of cls.split(/\s+/)) if (c) this.add(this.byClass, c, el);
    const id = el.getAttribute('id');
    if (id) this.add(this.byId, id, el);
    const at = this.short.length;
    this.short.push(el); // keeps document (pre-)order; dropped in compact() if long or empty
    let text = 0;
    let link = 0;
    let prose = 0;
    let sum = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const len = (n.nodeValue ?? '').replace(WS, '').length;
        text += len;
        if (isLink) link += len;
      } else if (n.nodeType === 1 && !SILENT.has((n as Element).localName) && !this.skip.has(n as Element)) {
        const [t, l, p, ps] = this.visit(n as Element, isLink);
        text += t;
        link += l;
        sum += ps;
        if (p > prose) prose = p;
      }
    }
    // The longest paragraph of prose (mostly unlinked) inside: what "holds story" means; and
    // the letters of all such paragraphs, which locate the story on the page.
    if (tag === 'p' && link * 2 < text) {
      if (text > prose) prose = text;
      if (text >= 40) sum = text;
    }
    this.text.set(el, text);
    this.link.set(el, link);
    this.prose.set(el, prose);
    this.proseSum.set(el, sum);
    if (text === 0 || text > TextIndex.SHORT) this.short[at] = null as unknown as Element;
    if (el === this.root) this.compact();
    return [text, link, prose, sum];
  }

  private compact(): void {
    let w = 0;
    for (const el of this.short) if (el) this.short[w++] = el;
    this.short.length = w;
  }

  /** `textOf(el)`, remembered (rules read the same labels many times). */
  textOf(el: Element): string {
    let t = this.texts.get(el);
    if (t === undefined) {
      t = textOf(el);
      this.texts.set(el, t);
    }
    return t;
  }

  /** Letters in `el` (whitespace excluded); elements created after indexing are measured live. */
  len(el: Element): number {
    return this.text.get(el) ?? (el.textContent ?? '').replace(WS, '').length;
  }

  /** Letters of the longest mostly-unlinked `<p>` inside `el` (itself included). */
  longestParagraph(el: Element): number {
    const known = this.prose.get(el);
    if (known !== undefined) return known;
    let max = 0;
    for (const p of el.getElementsByTagName('p')) if (this.linkDensity(p) < 0.5) max = Math.max(max, this.len(p));
    return el.localName === 'p' && this.linkDensity(el) < 0.5 ? Math.max(max, this.len(el)) : max;
  }

  /** Letters of the prose paragraphs (40+ letters, mostly unlinked) inside `el`, as indexed. */
  proseLetters(el: Element): number {
    return this.proseSum.get(el) ?? 0;
  }

  /** Share (0..1) of `el`'s letters that sit inside links. */
  linkDensity(el: Element): number {
    const total = this.len(el);
    if (total === 0) return 0;
    const linked = this.link.get(el) ?? [...el.getElementsByTagName('a')].reduce((s, a) => s + this.len(a), 0);
    return Math.min(1, linked / total);
  }

  /**
   * Is `el` still under the root (not removed by an earlier rule)? The post phase cleans a
   * detached holder, where `isConnected` is false for everything.
   */
  alive(el: Element): boolean {
    if (this.skip.size > 0 && !this.order.has(el)) return false;
    return this.root.isConnected ? el.isConnected : el === this.root || this.root.contains(el);
  }

  /** Indexed elements with tag `tag` still under the root, in document order. */
  tag(tag: string): Element[] {
    return (this.byTag.get(tag) ?? []).filter((el) => this.alive(el));
  }

  /** Elements still under the root whose id matches `re`, in document order. */
  withId(re: RegExp): Element[] {
    const out: Element[] = [];
    for (const [id, els] of this.byId) if (re.test(id)) out.push(...els.filter((el) => this.alive(el)));
    return out.sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /**
   * Connected elements under the root matching a selector list, in document order. Each
   * selector's last compound names an id, a class or a tag to look candidates up by; only
   * attribute-only selectors fall back to the selector engine.
   */
  select(selectors: string): Element[] {
    const found = new Set<Element>();
    for (const sel of splitSelectors(selectors)) {
      const key = lastCompoundKey(sel);
      const candidates =
        key?.kind === 'id' ? this.byId.get(key.name) : key?.kind === 'class' ? this.byClass.get(key.name) : key ? this.byTag.get(key.name) : null;
      if (candidates === null) {
        for (const el of this.root.querySelectorAll(sel)) found.add(el);
        continue;
      }
      // A bare `.class`, `#id` or tag needs no further matching.
      const bare = /^(?:[.#][\w-]+|[a-z][\w-]*)$/i.test(sel);
      for (const el of candidates ?? []) if (this.alive(el) && (bare || compoundMatches(el, sel))) found.add(el);
    }
    return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /**
   * Innermost connected elements whose whole text `matches` and has at most `maxLen` letters:
   * labels such as "اشتہار", "2 گھنٹے پہلے", "شیئر کریں".
   */
  labels(matches: (text: string) => boolean, maxLen = 60): Element[] {
    const out: Element[] = [];
    for (const el of this.labelCandidates()) {
      if (this.text.get(el)! > maxLen || !this.alive(el)) continue;
      if (matches(this.textOf(el))) out.push(el);
    }
    return out;
  }

  private candidates: Element[] | null = null;

  /** Short elements that carry their text themselves (no child holds all of it), computed once. */
  private labelCandidates(): Element[] {
    if (!this.candidates) {
      this.candidates = this.short.filter((el) => {
        const len = this.text.get(el)!;
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (this.text.get(c) === len) return false;
        return len <= 80;
      });
    }
    return this.candidates;
  }
}

/**
 * `el.matches(sel)` for a compound of tag, id and classes (`ins.adsbygoogle`) without the
 * selector engine; anything more complex goes to `matches`.
 */
function compoundMatches(el: Element, sel: string): boolean {
  const m = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i.exec(sel);
  if (!m) return el.matches(sel);
  if (m[1] && el.localName !== m[1].toLowerCase()) return false;
  for (const part of m[2]!.match(/[.#][\w-]+/g) ?? []) {
    if (part[0] === '#' ? el.getAttribute('id') !== part.slice(1) : !` ${el.getAttribute('class') ?? ''} `.replace(/\s+/g, ' ').includes(` ${part.slice(1)} `)) return false;
  }
  return true;
}

/** Splits a selector list on top-level commas (our selectors have no commas inside values). */
function splitSelectors(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The id, class or tag of a selector's last compound, the cheapest index to look it up by. */
function lastCompoundKey(selector: string): { kind: 'id' | 'class' | 'tag'; name: string } | null {
  const last = selector.split(/\s*[\s>+~]\s*/).filter(Boolean).at(-1) ?? '';
  const bare = last.replace(/\[[^\]]*\]|:[a-z-]+(?:\([^)]*\))?/gi, ' ');
  const id = /#([\w-]+)/.exec(bare);
  if (id) return { kind: 'id', name: id[1]! };
  const cls = /\.([\w-]+)/.exec(bare);
  if (cls) return { kind: 'class', name: cls[1]! };
  const tag = /^([a-z][\w-]*)/i.exec(bare.trim());
  return tag ? { kind: 'tag', name: tag[1]!.toLowerCase() } : null;
}

/** Share of an element's text that sits inside links (0..1), measured live. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Block elements that hold story prose: a paragraph with at least `min` letters. */
export function hasProse(el: Element, index: TextIndex, min = 120): boolean {
  return index.longestParagraph(el) >= min;
}

/**
 * Climbs from `el` while the parent holds no other text: the smallest box that is only `el`
 * (the label's wrapper `<div class="ad-label"><span>اشتہار</span></div>`). Never climbs into
 * a box that also holds media or paragraphs `el` does not.
 */
export function soleWrapper(el: Element, stopAt: Element, index: TextIndex): Element {
  let cur = el;
  const len = index.len(el);
  while (cur.parentElement && cur.parentElement !== stopAt && index.len(cur.parentElement) === len) {
    const parent = cur.parentElement;
    if (/^(?:body|html|article|main|p|li|td|blockquote)$/.test(parent.localName)) break;
    if (hasTag(parent, 'img', 'picture', 'video', 'figure', 'blockquote') && !hasTag(cur, 'img', 'picture', 'video')) break;
    cur = parent;
  }
  return cur;
}

/** True if `el` comes before `other` in document order. */
export function precedes(el: Node, other: Node): boolean {
  return (el.compareDocumentPosition(other) & 4) /* FOLLOWING */ !== 0;
}
