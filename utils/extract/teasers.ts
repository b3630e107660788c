/**
 * Teasers: links to other stories that stand as a headline of their own (a heading link, or a link
 * that is nearly all of its block), as on home, section and tag pages. A link inside a sentence of
 * a story is not one. Counted by distinct target, so a teaser's image link and title link count once.
 */
import { shapeOf, type UrlShape } from './page-claims';
import { allElements } from '../text/walk';
import { letterCount, textOf } from '../clean/element-text';

/** Letters of `s`: whitespace and zero-width/bidi marks not counted (the verdict counts the same way). */
export const letters = letterCount;
/** A word with a letter in it: a run of non-space characters (as `s.split(/\s+/)` cuts them) holding one. */
const LETTER_WORD = /\S*\p{L}\S*/gu;
/**
 * Whether `s` has at least `min` words with a letter in them (`s.split(/\s+/)` filtered by
 * `/\p{L}/u`, counted), read only as far as needed: no array of every word of a long text.
 */
function hasWords(s: string, min: number): boolean {
  LETTER_WORD.lastIndex = 0;
  let n = 0;
  while (LETTER_WORD.exec(s)) if (++n >= min) return true;
  return false;
}
const BLOCK = /^(?:P|LI|H[1-6]|DIV|ARTICLE|SECTION|FIGURE|FIGCAPTION|HEADER|DD|DT|TD|BLOCKQUOTE|ASIDE|MAIN|BODY)$/;

/** The nearest block ancestor of `el` (or `el`'s parent when none is found below `root`). */
function blockOf(el: Element, root: Element): Element {
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    if (BLOCK.test(cur.tagName) || cur === root) return cur;
  }
  return root;
}

/** A record (headline + excerpt + time) never holds more text than this; a story around a lone link does. */
const MAX_RECORD_LETTERS = 600;

/**
 * Letters of `block` outside its nested blocks and its date: the line a headline link stands on
 * when the record is one block with the excerpt in a child (eleventy-base-blog: `<li
 * class="postlist-item"><a>…</a> <time>…</time><p class="postlist-excerpt">…</p></li>`).
 */
function ownLetters(block: Element): number {
  let n = 0;
  for (let c = block.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += letters(c.nodeValue ?? '');
    else if (c.nodeType === 1 && !BLOCK.test((c as Element).tagName) && (c as Element).tagName !== 'TIME')
      n += letters(c.textContent ?? '');
  }
  return n;
}

/**
 * A page file named by a slug of 3+ words (`/flood-schools-tents.html`: Pelican's default
 * `{slug}.html` at the site root) is one page, not a section folder, though short enough to look
 * like one; a heading link to it on a listing is a headline.
 */
const SLUG_FILE = /\/[^/.]+(?:[-_][^/._-]+){2,}\.html?$/i;

export interface TeaserCount {
  /** Distinct story targets linked as headlines. */
  teasers: number;
  /** The headline links themselves (one per target) and the thumbnail links to stories. */
  headlines: Set<Element>;
}

/**
 * Headline links under `root` that point at story-shaped URLs (relative to `base`), other than
 * the page itself: at least 3 words and 15 letters of link text, and at least 80% of the text of
 * their block (or their block is a heading, or the link wraps a heading). Picture links with no text to such URLs are returned
 * with the headlines (they separate teasers) but not counted. `headingLinks`: on a page that says
 * it is a listing, a heading that is one link counts whatever its URL looks like (a search page's
 * results link `/news/1402/7781`, which no URL test can call a story), unless the URL is a
 * listing, a section or the site root.
 */
export function countTeasers(root: Element, base: string | null, headingLinks = false, linkBase = base): TeaserCount {
  const seen = new Set<string>();
  const headlines = new Set<Element>();
  let self: string | null;
  let host: string | null;
  try {
    const b = base ? new URL(base) : null;
    [self, host] = b ? [b.pathname, b.host] : [null, null];
  } catch {
    [self, host] = [null, null];
  }
  // A collection's items live under its path (`/photo-stories` lists `/photo-stories/<slug>`:
  // Squarespace, Ghost and Kirby collections): a link one level below the page is one of its items,
  // whatever its slug looks like. Not below the site root, where every link is.
  // A page named like a file keeps its items in the folder of its name (`/news.html` lists
  // `/news/<slug>.html`: Contao, TYPO3, Magnolia).
  const folder = self?.replace(/\/+$/, '').replace(/\.html?$/i, '');
  const dir = folder ? `${folder}/` : null;
  const isChild = (path: string) => !!dir && path.startsWith(dir) && /^[^/]+\/?$/.test(path.slice(dir.length));
  // A page links a story several times (its picture, its headline, its kicker): each target is
  // parsed and judged once.
  const targets = new Map<string, { key: string; self: boolean; shape: UrlShape; child: boolean; slugFile: boolean } | null>();
  const targetOf = (href: string) => {
    let t = targets.get(href);
    if (t === undefined) {
      try {
        const u = new URL(href, linkBase ?? 'http://page.invalid/');
        t = {
          key: u.host + u.pathname + u.search,
          self: u.pathname === self && !u.search,
          shape: shapeOf(u),
          child: u.host === host && isChild(u.pathname),
          slugFile: SLUG_FILE.test(u.pathname),
        };
      } catch {
        t = null;
      }
      targets.set(href, t);
    }
    return t;
  };
  // Links share blocks: each block's letters are counted once.
  const blockLetterCounts = new Map<Element, number>();
  for (const a of root.getElementsByTagName('a')) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#')) continue;
    // Letters and words do not depend on how whitespace is spaced: the raw text is enough.
    const text = a.textContent ?? '';
    const n = letters(text);
    // A picture link (no text of its own) to a story is a thumbnail teaser.
    const thumb = n === 0;
    if (!thumb && (n < 15 || !hasWords(text, 3))) continue;
    const target = targetOf(href);
    if (!target) continue;
    const { key, shape, child } = target;
    if (target.self) continue;
    if (!thumb && seen.has(key)) continue;
    const block = blockOf(a, root);
    const heading = /^H[1-6]$/.test(block.tagName);
    let blockLetters = blockLetterCounts.get(block);
    if (blockLetters === undefined) blockLetterCounts.set(block, (blockLetters = letters(block.textContent ?? '')));
    const wholeHeading = headingLinks && !thumb && heading && n >= 0.8 * blockLetters;
    // On a listing, a title line that opens its record counts like a heading: Plone's search
    // results (`<li><span class="result-title"><a>…</a></span> <span class="discreet">…</span>
    // <p class="croppedDescription">…</p></li>`) print no heading.
    const leadsRecord = headingLinks && !thumb && !heading && blockLetters <= 2 * MAX_RECORD_LETTERS && textOf(block).startsWith(textOf(a));
    if (
      shape !== 'story' &&
      !child &&
      !((wholeHeading || leadsRecord) && (shape === 'unknown' || (shape === 'section' && target.slugFile)))
    )
      continue;
    // A link that wraps its heading (`<a><h4>…</h4></a>`, Pangea's media blocks, many card themes)
    // is a headline link like a heading that holds one; so is a link that wraps a whole card, its
    // headline and its excerpt (Jekyll's Chirpy: `<a class="post-preview"><h1>…</h1><div
    // class="card-text"><p>…</p></div></a>`), no longer than two records (an excerpt can be a whole
    // first paragraph).
    // Asked last, and only of a link with elements in it: most headline links hold text alone.
    const wrapsHeading = () =>
      !!a.firstElementChild &&
      [...a.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((h) => {
        const hn = letters(h.textContent ?? '');
        return hn >= 0.8 * n || (hn >= 15 && hasWords(h.textContent ?? '', 3) && n <= 2 * MAX_RECORD_LETTERS);
      });
    // A small record's headline line counts without the excerpt block under it (a link that wraps
    // a paragraph is not a line).
    const ownLine = () => blockLetters <= MAX_RECORD_LETTERS && !a.querySelector('p, div') && n >= 0.8 * ownLetters(block);
    if (!thumb && !heading && !leadsRecord && n < 0.8 * blockLetters && !ownLine() && !wrapsHeading()) continue;
    // A thumbnail ends a run of prose like a headline does, but only headlines are counted.
    headlines.add(a);
    if (thumb) continue;
    seen.add(key);
  }
  return { teasers: seen.size, headlines };
}

const EXCERPT = /^(?:P|DIV|SPAN|LI|DD)$/;
const norm = (s: string) =>
  s
    .replace(/[\u200b-\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The texts of teaser excerpts on the page: paragraphs that sit in a small record around exactly
 * one headline link to a story (`listing`: the page claims to be a listing, see `countTeasers`). Cleaning removes a listing's headline links but can keep their
 * excerpts, which then read like a story of short paragraphs; matched by text, the verdict can
 * still tell them apart from a story's own paragraphs.
 */
export function teaserExcerpts(root: Element, base: string | null, listing = false, linkBase = base): Set<string> {
  const { headlines } = countTeasers(root, base, listing, linkBase);
  // A page that says it is a listing may print long teasers: a blog index's excerpt runs to the
  // `<!-- more -->` mark, often two or three paragraphs (Hexo's NexT, Jekyll and Hugo themes).
  const maxRecord = listing ? 3 * MAX_RECORD_LETTERS : MAX_RECORD_LETTERS;
  const resolved = (a: Element) => {
    try {
      return new URL(a.getAttribute('href') ?? '', base ?? 'http://page.invalid/').href;
    } catch {
      return '';
    }
  };
  // For every ancestor of a headline link, the distinct targets under it.
  const targets = new Map<Element, Set<string>>();
  for (const a of headlines) {
    const href = resolved(a);
    for (let cur = a.parentElement; cur && cur !== root; cur = cur.parentElement) {
      let set = targets.get(cur);
      if (!set) targets.set(cur, (set = new Set()));
      set.add(href);
    }
  }
  const out = new Set<string>();
  const done = new Set<Element>();
  // Headline links share ancestors: each one's letters are counted once.
  const letterCounts = new Map<Element, number>();
  const lettersOf = (el: Element) => {
    let n = letterCounts.get(el);
    if (n === undefined) letterCounts.set(el, (n = letters(el.textContent ?? '')));
    return n;
  };
  // Headlines are links: an element holds one when one of its links is one.
  const holdsHeadline = (el: Element) => {
    for (const a of el.getElementsByTagName('a')) if (headlines.has(a)) return true;
    return false;
  };
  for (const a of headlines) {
    let record: Element | null = null;
    for (let cur = a.parentElement; cur && cur !== root; cur = cur.parentElement) {
      if ((targets.get(cur)?.size ?? 0) > 1 || lettersOf(cur) > maxRecord) break;
      record = cur;
    }
    if (!record || done.has(record)) continue;
    done.add(record);
    // Distinct texts: an excerpt's <div> and its <p> are one excerpt.
    const found: string[] = [];
    for (const el of allElements(record)) {
      if (!EXCERPT.test(el.tagName) || holdsHeadline(el)) continue;
      // A long teaser's excerpt follows its headline; a story's paragraphs before a "read also" do not.
      if (listing && !(a.compareDocumentPosition(el) & 4)) continue;
      const text = norm(el.textContent ?? '');
      if (letters(text) >= 40) found.push(text);
    }
    // A teaser has one excerpt (and perhaps a kicker line); two paragraphs of 80+ letters around a
    // single link are a short story with one "read also" line in it, not a record (on a listing,
    // more than three blocks of its own are). Wrappers are not blocks of their own: a text that
    // holds another found text is the box around it (Movable Type's entry-asset: its asset-meta
    // line, then asset-content > asset-body > two <p>).
    const distinct = [...new Set(found)];
    const own = () => distinct.filter((t) => !distinct.some((o) => o !== t && t.includes(o))).length;
    if (listing ? own() > 3 : distinct.filter((t) => letters(t) >= 80).length >= 2) continue;
    for (const t of found) out.add(t);
  }
  return out;
}

export { norm as normalizeTeaserText };
