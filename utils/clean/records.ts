/**
 * Repeated records: lists of other stories recognised by their shape, not their words (the idea
 * of the data-record-mining literature, MDR / DEPTA, written small). A record is the largest
 * subtree around one headline-like link that holds no other story link; records that share a
 * parent and a tag path form a list. A list is scored on
 *   - repetition (how many records),
 *   - the share of each record's text that is link text (a teaser is mostly its headline),
 *   - meta beside the headline: a time or a counter, a thumbnail,
 *   - where it sits: before or after the story, or in a sidebar, is more suspicious than between
 *     two story paragraphs,
 *   - a short heading just above it,
 * and loses points when its records read as prose (an excerpt is a line; a story paragraph that
 * happens to start with a link is not). The story is never a candidate: a list that holds a large
 * share of the page's prose is left alone whatever its score.
 */
import { hasTag } from '../text/dom-query';
import { isRelatedHeading, isRelativeTime, startsWithReadAlso } from './patterns';
import { isBareCount, isCounter } from './patterns/counters';
import { precedes, type TextIndex } from './dom';

export interface RecordList {
  /** What goes: the list (with a wrapper that holds only it and its heading), or null when the records share their parent with other content. */
  unit: Element | null;
  /** The list's heading, when it sits just before the unit or the first record (removed with it). */
  heading: Element | null;
  /** The records, removed one by one when there is no unit. */
  records: Element[];
  score: number;
  /** Why, for reports and tests: the terms of the score. */
  reasons: string[];
}

/** Score from which a list is taken for clutter. */
export const REMOVE_AT = 3;

/** A headline: a few words of link text. */
const MIN_HEADLINE = 12;
const MAX_HEADLINE = 220;
/** A record is a card, not an article. */
const MAX_RECORD = 700;
/** An excerpt this long (unlinked letters per record, on average) reads as prose. */
const PROSE_EXCERPT = 260;

const CONTAINERS = /^(?:body|html)$/;

function hrefKey(a: Element): string | null {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel|sms|whatsapp):/i.test(href)) return null;
  return href.replace(/#.*$/, '').replace(/\/$/, '');
}

/** Headline-like links: three words or more, not a link inside a sentence of prose. */
function headlineLinks(root: Element, index: TextIndex): Map<Element, string> {
  const out = new Map<Element, string>();
  for (const a of index.tag('a')) {
    const key = hrefKey(a);
    const len = index.len(a);
    if (!key || len < MIN_HEADLINE || len > MAX_HEADLINE) continue;
    // Three words: two spaces in the collapsed text (`split(' ').length >= 3`, no array).
    const text = index.textOf(a);
    const space = text.indexOf(' ');
    if (space < 0 || text.indexOf(' ', space + 1) < 0) continue;
    const p = a.parentElement?.closest('p');
    if (p && root.contains(p) && index.len(p) >= 80 && index.linkDensity(p) < 0.5) continue;
    out.set(a, key);
  }
  return out;
}

/** Tag path from `rec` down to `leaf`: records of one list share it. */
function tagPath(rec: Element, leaf: Element): string {
  const tags: string[] = [];
  for (let cur: Element | null = leaf; cur && cur !== rec; cur = cur.parentElement) tags.push(cur.localName);
  return `${rec.localName}>${tags.reverse().join('>')}`;
}

/** Is there a short unlinked label with a digit (a date, a time, a counter), or a <time>? */
function hasMeta(rec: Element, index: TextIndex): boolean {
  if (rec.getElementsByTagName('time').length > 0) return true;
  // A walk (no array of the record's elements); the letter count, a lookup, is asked before the climb to a link.
  for (let el: Element | null = rec.firstElementChild; el;) {
    const len = el.firstElementChild ? 0 : index.len(el);
    if (len > 0 && len <= 40 && !el.closest('a')) {
      const t = index.textOf(el);
      if (/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(t) || isRelativeTime(t) || isCounter(t) || isBareCount(t)) return true;
    }
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== rec; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  return false;
}

/** A truncated excerpt: the record's unlinked text ends in an ellipsis ("… [&hellip;]", "...", "[…]"). */
const TRUNCATED = /(?:…|\.{3}|\[\s*(?:…|\.{3})\s*\])\s*$/u;
function truncated(rec: Element): boolean {
  let tail = '';
  const walker = rec.ownerDocument.createTreeWalker(rec, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const link = n.parentElement?.closest('a');
    if (link && rec.contains(link)) continue;
    tail += n.nodeValue ?? '';
  }
  return TRUNCATED.test(tail.trim());
}

/** A story told elsewhere: at least this much prose in paragraphs outside every candidate list. */
const STORY_ELSEWHERE = 400;

const isHeadingLike = (el: Element | null, index: TextIndex): el is Element => {
  if (!el || index.len(el) === 0 || index.len(el) > 60) return false;
  if (/^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading') return true;
  // A titled box: <div class="block-title"><span>…</span></div>, unlinked and short.
  return index.linkDensity(el) < 0.5 && /title|head|heading|caption|label/i.test(el.getAttribute('class') ?? '');
};

/** The heading just above `el`, or as the first child of its parent, if any. */
function headingOf(el: Element, index: TextIndex): Element | null {
  const prev = el.previousElementSibling;
  if (isHeadingLike(prev, index)) return prev;
  return null;
}

/** Climb from the list to the box that holds only it, its heading and a "more" link. */
function unitOf(list: Element, root: Element, index: TextIndex): Element {
  let cur = list;
  for (let depth = 0; depth < 4; depth++) {
    const parent = cur.parentElement;
    if (!parent || parent === root || CONTAINERS.test(parent.localName) || /^(?:main|article)$/.test(parent.localName)) break;
    const rest = index.len(parent) - index.len(cur);
    if (rest > 60 || index.proseLetters(parent) > index.proseLetters(cur)) break;
    cur = parent;
  }
  return cur;
}

/**
 * The lists of records under `root` that score `REMOVE_AT` or more, outermost first; `all` also
 * returns the lower-scoring ones (for tests and reports).
 */
export function findRecordLists(root: Element, index: TextIndex, all = false): RecordList[] {
  const links = headlineLinks(root, index);
  if (links.size < 2) return [];
  // Distinct story links under each ancestor: a record holds one.
  const hrefs = new Map<Element, Set<string>>();
  for (const [a, key] of links) {
    for (let cur = a.parentElement; cur && cur !== root; cur = cur.parentElement) {
      const set = hrefs.get(cur) ?? new Set<string>();
      set.add(key);
      hrefs.set(cur, set);
      if (set.size > 2) break; // above a list: nothing more to learn
    }
  }
  const single = (el: Element) => (hrefs.get(el)?.size ?? 1) === 1;
  // Each link's record, grouped by parent and tag path.
  const groups = new Map<string, { parent: Element; records: Element[] }>();
  const seen = new Set<Element>();
  const parentIds = new Map<Element, number>();
  for (const a of links.keys()) {
    let rec: Element = a;
    while (rec.parentElement && rec.parentElement !== root && single(rec.parentElement)) rec = rec.parentElement;
    const parent = rec.parentElement;
    if (!parent || seen.has(rec)) continue;
    seen.add(rec);
    if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
    const key = `${parentIds.get(parent)}|${tagPath(rec, a)}`;
    const g = groups.get(key) ?? { parent, records: [] };
    g.records.push(rec);
    groups.set(key, g);
  }

  // Story paragraphs (outside every candidate list) locate the story.
  const candidates = [...groups.values()].filter((g) => g.records.length >= 2);
  const recordSet = new Set(candidates.flatMap((g) => g.records));
  const inList = (el: Element) => {
    for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) if (recordSet.has(cur)) return true;
    return false;
  };
  const story = index.tag('p').filter((p) => index.len(p) >= 80 && index.linkDensity(p) < 0.3 && !inList(p));
  const firstStory = story[0];
  const lastStory = story[story.length - 1];
  const pageProse = Math.max(1, index.proseLetters(root));
  const storyLetters = story.reduce((s, p) => s + index.len(p), 0);

  const out: RecordList[] = [];
  for (const { parent, records } of candidates) {
    const reasons: string[] = [];
    let score = 0;
    const n = records.length;
    const lens = records.map((r) => index.len(r));
    if (lens.some((l) => l > MAX_RECORD)) continue;
    const isRecord = new Set(records);
    // Links nested in a sentence (a hover card around a name, The Hill's "rollover-people"): not a
    // list of the page's, and its box holds the sentence's name (The Hill's site entry takes the card).
    const sentence = parent.localName === 'p' ? null : parent.closest('p');
    if (sentence && root.contains(sentence) && index.len(sentence) - index.len(parent) >= 20) continue;
    // Repetition.
    const rep = n >= 3 ? 1 + Math.min(n - 3, 3) * 0.25 : 0.5;
    score += rep;
    reasons.push(`${n} records +${rep}`);
    // Link share.
    const share = records.reduce((s, r) => s + index.linkDensity(r), 0) / n;
    const linkTerm = share >= 0.6 ? 1.5 : share >= 0.35 ? 1 : share >= 0.2 ? 0.25 : -1;
    score += linkTerm;
    reasons.push(`link share ${share.toFixed(2)} ${linkTerm >= 0 ? '+' : ''}${linkTerm}`);
    // Meta and thumbnails.
    const meta = records.filter((r) => hasMeta(r, index)).length / n;
    if (meta >= 0.5) {
      score += 1;
      reasons.push('times/counters +1');
    }
    const thumbs = records.filter((r) => hasTag(r, 'img', 'picture', 'amp-img', 'video', 'figure')).length / n;
    if (thumbs >= 0.5) {
      score += 0.75;
      reasons.push('thumbnails +0.75');
    }
    // Position relative to the story.
    const first = records[0]!;
    const last = records[n - 1]!;
    // Story before the first record and after the last one: the list sits between paragraphs.
    const before = !!firstStory && precedes(firstStory, first);
    const after = !!lastStory && precedes(last, lastStory) && !last.contains(lastStory);
    const between = story.length > 0 && before && after;
    // The list in a box of its own.
    const recordLetters = lens.reduce((s, l) => s + l, 0);
    const whole = recordLetters >= index.len(parent) * 0.8;
    const list = whole && parent !== root ? parent : null;
    const unit = list ? unitOf(list, root, index) : null;
    // Teasers with full excerpts (WordPress's 55-word excerpts, a theme's "more news" with a
    // paragraph each) read as prose: each is a headline and its excerpt, in a box of their own
    // that holds no story paragraph, before or after a story told elsewhere. Their prose is not
    // held against them (nor their low link share), but they still need the evidence below.
    const teaserShape = !!unit && !between && story.length >= 2 && storyLetters >= STORY_ELSEWHERE && !story.some((p) => unit.contains(p));
    const excerpt = records.reduce((s, r) => s + index.len(r) * (1 - index.linkDensity(r)), 0) / n;
    const proseLike = excerpt >= PROSE_EXCERPT || records.some((r) => index.longestParagraph(r) >= 200);
    if (proseLike && !teaserShape) {
      score -= 2.5;
      reasons.push('prose-like records -2.5');
    } else if (teaserShape && linkTerm < 0) {
      score -= linkTerm;
      reasons.push('headline + excerpt records in their own box, story elsewhere: link share not held +1');
    }
    if (teaserShape && records.filter(truncated).length * 2 >= n) {
      score += 1;
      reasons.push('truncated excerpts +1');
    }
    if (between) {
      score -= 0.5;
      reasons.push('between story paragraphs -0.5');
    } else if (story.length > 0) {
      score += 1;
      reasons.push('outside the story +1');
    }
    const heading = unit
      ? headingOf(unit, index)
      : records[0]!.previousElementSibling && isHeadingLike(records[0]!.previousElementSibling, index)
        ? records[0]!.previousElementSibling
        : null;
    // ...or a title inside the box: a child of the box beside the list, or of the list beside its records.
    const titled = unit ? [...unit.children].find((c) => !c.contains(list) && !isRecord.has(c) && isHeadingLike(c, index)) : null;
    const headingEl = heading ?? titled;
    if (headingEl) {
      const headingText = index.textOf(headingEl).slice(0, 60);
      const related = isRelatedHeading(headingText) || startsWithReadAlso(headingText);
      score += related ? 1 : 0.5;
      reasons.push(related ? 'related heading +1' : 'heading +0.5');
    }
    // Never the story.
    const prose = records.reduce((s, r) => s + index.proseLetters(r), 0);
    if (prose >= pageProse * 0.3 && pageProse > 1 && !teaserShape) continue;
    if (!all && score < REMOVE_AT) continue;
    out.push({ unit, heading, records: unit ? [] : records, score, reasons });
  }
  return out;
}
