/**
 * The one walk over a root that every rule of a phase shares (see `TextIndex`).
 */
import { classNames, letterCount, textOf } from './element-text';
import { compoundMatches, lastCompoundKey, splitSelectors } from './selectors';
import { fold, type TextMatcher } from '../text/fold';

/** A selector list as `select` reads it: each selector with the key to look candidates up by. */
interface SelectorPlan {
  sel: string;
  key: ReturnType<typeof lastCompoundKey>;
  /** A bare `.class`, `#id` or tag: its candidates need no further matching. */
  bare: boolean;
}

/** Selector lists parsed once: the rules pass the same constant lists on every page, phase after phase. */
const plans = new Map<string, readonly SelectorPlan[]>();

function selectorPlan(selectors: string): readonly SelectorPlan[] {
  let plan = plans.get(selectors);
  if (plan === undefined) {
    // Bounded: the reader's own rules could bring any number of lists.
    if (plans.size > 1_000) plans.clear();
    plan = splitSelectors(selectors).map((sel) => ({ sel, key: lastCompoundKey(sel), bare: /^(?:[.#][\w-]+|[a-z][\w-]*)$/i.test(sel) }));
    plans.set(selectors, plan);
  }
  return plan;
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
  /** Each indexed element's position in document order; the counts below are kept by position. */
  private readonly order = new Map<Element, number>();
  private readonly textAt: number[] = [];
  private readonly linkAt: number[] = [];
  private readonly proseAt: number[] = [];
  private readonly proseSumAt: number[] = [];
  /** Letters of an element's own text nodes (not its children's), all and linked: what `skipMore` recounts from. */
  private readonly ownTextAt: number[] = [];
  private readonly ownLinkAt: number[] = [];
  private readonly texts = new Map<Element, string>();
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
    this.visit(root, false, root.localName);
  }

  private add(map: Map<string, Element[]>, key: string, el: Element): void {
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  }

  /**
   * Indexes `el` (whose tag is `tag`: read once, by its parent) and its subtree; returns `el`'s
   * position (its counts are stored there).
   */
  private visit(el: Element, inLink: boolean, tag: string): number {
    const isLink = inLink || tag === 'a';
    const pos = this.order.size;
    this.order.set(el, pos);
    this.add(this.byTag, tag, el);
    const cls = el.getAttribute('class');
    if (cls) for (const c of classNames(cls)) this.add(this.byClass, c, el);
    const id = el.getAttribute('id');
    if (id) this.add(this.byId, id, el);
    const at = this.short.length;
    this.short.push(el); // keeps document (pre-)order; dropped in compact() if long or empty
    let text = 0;
    let link = 0;
    let prose = 0;
    let sum = 0;
    let own = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      const type = n.nodeType;
      if (type === 3) {
        own += letterCount(n.nodeValue ?? '');
      } else if (type === 1) {
        const child = n as Element;
        const childTag = child.localName;
        if (SILENT.has(childTag) || this.skip.has(child)) continue;
        // The child's counts are read back from its position: no array per element (the
        // garbage of a page-wide walk).
        const c = this.visit(child, isLink, childTag);
        text += this.textAt[c]!;
        link += this.linkAt[c]!;
        sum += this.proseSumAt[c]!;
        const p = this.proseAt[c]!;
        if (p > prose) prose = p;
      }
    }
    this.ownTextAt[pos] = own;
    this.ownLinkAt[pos] = isLink ? own : 0;
    this.settle(el, tag, pos, text + own, link + (isLink ? own : 0), prose, sum, at);
    return pos;
  }

  /** Stores `el`'s counts from its children's (`text`, `link` with its own text included). */
  private settle(el: Element, tag: string, pos: number, text: number, link: number, prose: number, sum: number, at = -1): void {
    // The longest paragraph of prose (mostly unlinked) inside: what "holds story" means; and
    // the letters of all such paragraphs, which locate the story on the page.
    if (tag === 'p' && link * 2 < text) {
      if (text > prose) prose = text;
      if (text >= 40) sum = text;
    }
    this.textAt[pos] = text;
    this.linkAt[pos] = link;
    this.proseAt[pos] = prose;
    this.proseSumAt[pos] = sum;
    if (at >= 0 && (text === 0 || text > TextIndex.SHORT)) this.short[at] = null as unknown as Element;
    if (at >= 0 && el === this.root) this.compact();
  }

  /**
   * Treats `gone` (and their subtrees) as skipped too, as if the index had been built with them in
   * `skip` (which the caller has added them to): the planning rules mark in turn, and the next
   * one measures the page without what the last one marked. Cheaper than a new walk: only the
   * ancestors of what went are counted again, from their children's counts and their own text.
   */
  skipMore(gone: Iterable<Element>): void {
    const tops: Element[] = [];
    for (const el of gone) {
      if (el === this.root || !this.order.has(el)) continue;
      tops.push(el);
      this.order.delete(el);
      for (const d of el.getElementsByTagName('*')) this.order.delete(d);
    }
    if (tops.length === 0) return;
    // Ancestors still indexed, deepest (latest in document order) first: children before parents.
    const stale = new Set<Element>();
    for (const el of tops) for (let a = el.parentElement; a && this.order.has(a) && !stale.has(a); a = a.parentElement) stale.add(a);
    const byPos = [...stale].sort((a, b) => this.order.get(b)! - this.order.get(a)!);
    for (const el of byPos) {
      const pos = this.order.get(el)!;
      let text = this.ownTextAt[pos]!;
      let link = this.ownLinkAt[pos]!;
      let prose = 0;
      let sum = 0;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const cp = this.order.get(c);
        if (cp === undefined) continue;
        text += this.textAt[cp]!;
        link += this.linkAt[cp]!;
        sum += this.proseSumAt[cp]!;
        if (this.proseAt[cp]! > prose) prose = this.proseAt[cp]!;
      }
      this.settle(el, el.localName, pos, text, link, prose, sum);
    }
    for (const map of [this.byTag, this.byClass, this.byId])
      for (const [key, els] of map)
        map.set(
          key,
          els.filter((el) => this.order.has(el)),
        );
    this.short.length = 0;
    for (const [el, pos] of this.order) if (this.textAt[pos]! > 0 && this.textAt[pos]! <= TextIndex.SHORT) this.short.push(el);
    this.candidates = null;
  }

  /** `el`'s count in `at`, or undefined when `el` was not indexed. */
  private at(at: readonly number[], el: Element): number | undefined {
    const pos = this.order.get(el);
    return pos === undefined ? undefined : at[pos];
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
    return this.at(this.textAt, el) ?? letterCount(el.textContent ?? '');
  }

  /** Letters of the longest mostly-unlinked `<p>` inside `el` (itself included). */
  longestParagraph(el: Element): number {
    const known = this.at(this.proseAt, el);
    if (known !== undefined) return known;
    let max = 0;
    for (const p of el.getElementsByTagName('p')) if (this.linkDensity(p) < 0.5) max = Math.max(max, this.len(p));
    return el.localName === 'p' && this.linkDensity(el) < 0.5 ? Math.max(max, this.len(el)) : max;
  }

  /** Letters of the prose paragraphs (40+ letters, mostly unlinked) inside `el`, as indexed. */
  proseLetters(el: Element): number {
    return this.at(this.proseSumAt, el) ?? 0;
  }

  /** Share (0..1) of `el`'s letters that sit inside links. */
  linkDensity(el: Element): number {
    const total = this.len(el);
    if (total === 0) return 0;
    const linked = this.at(this.linkAt, el) ?? [...el.getElementsByTagName('a')].reduce((s, a) => s + this.len(a), 0);
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
    for (const { sel, key, bare } of selectorPlan(selectors)) {
      const candidates =
        key?.kind === 'id'
          ? this.byId.get(key.name)
          : key?.kind === 'class'
            ? this.byClass.get(key.name)
            : key
              ? this.byTag.get(key.name)
              : null;
      if (candidates === null) {
        for (const el of this.root.querySelectorAll(sel)) found.add(el);
        continue;
      }
      for (const el of candidates ?? []) if (this.alive(el) && (bare || compoundMatches(el, sel))) found.add(el);
    }
    return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /**
   * Innermost connected elements whose whole text `matches` and has at most `maxLen` letters:
   * labels such as "اشتہار", "2 گھنٹے پہلے", "شیئر کریں". A {@link TextMatcher} is given each
   * label's folded text, folded once for all the rules that read it.
   */
  labels(matches: TextMatcher | ((text: string) => boolean), maxLen = 60): Element[] {
    const out: Element[] = [];
    const onFolded = 'folded' in matches ? matches.folded : null;
    // Some twenty lists ask of the same candidates: their counts and texts are read by position,
    // shortest first, so that a list of short labels stops where they end; what matched is then
    // put back in document order.
    const els = this.labelCandidates();
    const { candidateLens: lens, candidateTexts: texts, candidateFolded: folded, candidatesByLength: byLength } = this;
    const hits: number[] = [];
    for (const i of byLength) {
      if (lens[i]! > maxLen) break;
      const el = els[i]!;
      if (!this.alive(el)) continue;
      const text = (texts[i] ??= this.textOf(el));
      if (onFolded ? onFolded((folded[i] ??= this.foldedOf(el, text)), text) : matches(text)) hits.push(i);
    }
    hits.sort((a, b) => a - b);
    for (const i of hits) out.push(els[i]!);
    return out;
  }

  private readonly foldedTexts = new Map<Element, string>();

  /** `fold(textOf(el))`, remembered. */
  private foldedOf(el: Element, text: string): string {
    let f = this.foldedTexts.get(el);
    if (f === undefined) this.foldedTexts.set(el, (f = fold(text)));
    return f;
  }

  private candidates: Element[] | null = null;
  /** Each candidate's letters, text and folded text (the last two as first read), by its position in `candidates`. */
  private candidateLens: number[] = [];
  private candidateTexts: (string | undefined)[] = [];
  private candidateFolded: (string | undefined)[] = [];
  /** Positions in `candidates`, shortest candidate first (document order among equals). */
  private candidatesByLength: number[] = [];

  /** Short elements that carry their text themselves (no child holds all of it), computed once. */
  private labelCandidates(): Element[] {
    if (!this.candidates) {
      this.candidates = this.short.filter((el) => {
        const len = this.at(this.textAt, el)!;
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (this.at(this.textAt, c) === len) return false;
        return len <= 80;
      });
      const lens = (this.candidateLens = this.candidates.map((el) => this.at(this.textAt, el)!));
      this.candidatesByLength = lens.map((_, i) => i).sort((a, b) => lens[a]! - lens[b]! || a - b);
      this.candidateTexts = [];
      this.candidateFolded = [];
    }
    return this.candidates;
  }
}
