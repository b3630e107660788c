import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { removeEl } from '../runner';

const HEADING = /^h([1-6])$/;
/** What a story section may hold besides words: never a heading's leftovers. */
const MEDIA = /^(?:img|picture|video|audio|figure|table|blockquote|iframe|amp-img|amp-video|pre)$/;
/** A heading that labels a tag or a section: a few words. */
const MAX_HEADING_LETTERS = 60;
const MAX_HEADING_WORDS = 4;
/** A heading over links is a tag or category label: one or two words ("کرکٹ", "الأمم المتحدة"). */
const MAX_LABEL_WORDS = 2;
/** A tag link: one to three words. */
const MAX_TAG_WORDS = 3;

const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function level(el: Element): number | null {
  const m = HEADING.exec(el.localName);
  return m ? Number(m[1]) : null;
}

interface Section {
  /** Letters and digits outside links (punctuation and separators not counted). */
  unlinked: number;
  /** Word counts of the links' texts. */
  links: number[];
  media: boolean;
}

/**
 * What follows heading `h` under `root` up to the next heading of its level or higher (a
 * sub-heading's section is part of it): its unlinked letters, its links and whether it holds media.
 */
function sectionAfter(h: Element, root: Element, lvl: number): Section {
  const out: Section = { unlinked: 0, links: [], media: false };
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  walker.currentNode = h;
  // Past h's own subtree.
  let node: Node | null = null;
  for (let cur: Node | null = h; cur && cur !== root && !node; cur = cur.parentNode) node = cur.nextSibling;
  if (!node) return out;
  walker.currentNode = node;
  for (let n: Node | null = node; n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const l = level(el);
      if (l !== null && l <= lvl) break;
      if (MEDIA.test(el.localName) || el.hasAttribute('data-saaf-embed')) out.media = true;
      if (el.localName === 'a') out.links.push(wordCount(el.textContent ?? ''));
    } else if (n.nodeType === 3) {
      const a = n.parentElement?.closest('a');
      if (!a || !root.contains(a)) out.unlinked += letters(n.nodeValue ?? '');
    }
  }
  return out;
}

/** The same measures for one element's own subtree. */
function sectionOf(el: Element): Section {
  const out: Section = { unlinked: 0, links: [], media: MEDIA.test(el.localName) || el.hasAttribute('data-saaf-embed') };
  if (el.localName === 'a') out.links.push(wordCount(el.textContent ?? ''));
  for (const d of el.querySelectorAll('*')) {
    if (MEDIA.test(d.localName) || d.hasAttribute('data-saaf-embed')) out.media = true;
    if (d.localName === 'a') out.links.push(wordCount(d.textContent ?? ''));
  }
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const a = t.parentElement?.closest('a');
    if (!a || (!el.contains(a) && el.localName !== 'a')) out.unlinked += letters(t.nodeValue ?? '');
  }
  return out;
}

/** The last block of prose under `root` (30+ unlinked letters in a paragraph, item, quote or cell). */
function lastProse(root: Element): Element | null {
  let last: Element | null = null;
  for (const el of root.querySelectorAll('p, li, blockquote, td, dd, pre')) {
    let n = 0;
    const walker = root.ownerDocument.createTreeWalker(el, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!t.parentElement?.closest('a')) n += letters(t.nodeValue ?? '');
    if (n >= 30) last = el;
  }
  return last;
}

/**
 * Headings with no story under them, on Readability's output: a one-word tag or category heading
 * printed after the story ("کرکٹ", "السودان", "ورزشی") with nothing after it, or (one or two words)
 * with only links after it (its tags, or what is left of a list the other rules took apart); and in the middle of
 * the story, a one- or two-word heading right over two or more one-to-three-word links and nothing else (a
 * tag list whatever its URLs). A story never ends on a heading, and a section of a story has words of its own:
 * a heading over a paragraph (however short), a list of plain items, a table, a quote, a picture
 * or an embed is kept. Runs last among the general rules, so a heading whose list another rule
 * removed goes too.
 */
export const orphanHeadings: CleanRule = {
  id: 'orphan-headings',
  // Removes headings left with no story under them (trailing tag/category headings, a heading over
  // tag links only)
  phase: 'post',
  run(root) {
    const removed: Removal[] = [];
    const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const prose = lastProse(root);
    // Innermost sections first: a sub-heading left empty goes before its parent section is judged.
    for (let i = headings.length - 1; i >= 0; i--) {
      const h = headings[i]!;
      if (!root.contains(h) || h.closest('li, td, th, figure, blockquote')) continue;
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || text.length > MAX_HEADING_LETTERS || wordCount(text) > MAX_HEADING_WORDS) continue;
      if (h.querySelector('img, picture, video')) continue;
      const lvl = level(h)!;
      // The siblings right after the heading, up to the first one with words of its own, media
      // or a heading.
      const run: Element[] = [];
      for (let sib = h.nextElementSibling; sib; sib = sib.nextElementSibling) {
        if (level(sib) !== null) break;
        const t = sectionOf(sib);
        if (t.unlinked > 0 || t.media) break;
        run.push(sib);
      }
      const runLinks = run.flatMap((el) => sectionOf(el).links);
      const s = sectionAfter(h, root, lvl);
      const empty = !s.media && s.unlinked === 0;
      const trailing = !prose || (prose.compareDocumentPosition(h) & 4) /* FOLLOWING */ !== 0;
      const tagLike = (links: number[]) => links.length > 0 && links.every((w) => w <= MAX_TAG_WORDS);
      // Nothing under it but links, at the end of the story or only tags; or, in the middle of
      // the story, two or more tag links right under it before the story goes on.
      const label = wordCount(text) <= MAX_LABEL_WORDS;
      const orphan = empty && (s.links.length === 0 || (label && (trailing || tagLike(s.links))));
      const tagged = label && runLinks.length >= 2 && tagLike(runLinks);
      if (!orphan && !tagged) continue;
      removed.push(removeEl(this.id, h));
      for (const el of run) removed.push(removeEl(this.id, el));
    }
    return removed;
  },
};
