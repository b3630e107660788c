import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { TAG_HREF, isTagsLabel } from '../patterns';
import { precedes, secondProse, soleWrapper, type TextIndex } from '../dom';
import { fold } from '../../text/fold';
import { indexOf, removeEl } from '../runner';
import { linksIn } from '../../text/dom-query';

/** WordPress core's tag cloud widget and post-tag boxes most themes print. */
const TAG_SELECTOR = '.tagcloud, .post-tags, .entry-tags, .tags-links';

const PAGE = /^(?:body|main|article|html)$/;

/** A link to a tag page: `rel="tag"` or a tag/topic URL. */
const isTagLink = (a: Element) => /(?:^|\s)tag(?:\s|$)/i.test(a.getAttribute('rel') ?? '') || TAG_HREF.test(a.getAttribute('href') ?? '');

/** Is every link in `el` a tag link, and is `el` nothing but those links (and a label)? */
function allTags(el: Element, index: TextIndex): boolean {
  const links = linksIn(el);
  return links.length > 0 && links.every(isTagLink) && index.linkDensity(el) >= 0.6;
}

/**
 * A link to a section of this site: a tag or category page, the home page, or a path shallower
 * than the story's without digits or one its path starts with ("/varzesh/" for
 * "/varzesh/article84123.ece"). Never the story itself, another site or a dated story URL.
 */
function isSectionLink(a: Element, url: string | null): boolean {
  if (!url) return false;
  try {
    const page = new URL(url);
    const u = new URL(a.getAttribute('href') ?? '', page);
    if (u.host !== page.host || u.search || u.pathname === page.pathname) return false;
    const depth = (path: string) => path.split('/').filter(Boolean).length;
    return isTagLink(a) || (!/\d/.test(u.pathname) && (depth(u.pathname) < depth(page.pathname) || page.pathname.startsWith(u.pathname)));
  } catch {
    return false;
  }
}

/** Words of a line: a kicker or a breadcrumb item has a few. */
const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A section line of the headline area: a kicker ("ورزش گفت‌وگو", "Environment") or a breadcrumb
 * trail ("مکيه صفحو / ماحول", "الرئيسية › اقتصاد"): 1-5 links to this site's sections, each of at
 * most three words, and at most one plain word beside them (a genre: "گفت‌وگو"); or a box the
 * markup names a kicker, a category or a breadcrumb. A story line that uses "/" or "»", a one-word heading and
 * a short link to another story are not.
 */
function isSectionLine(el: Element, url: string | null, titleParts: string[]): boolean {
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('itemtype') ?? ''}`;
  const text = el.textContent ?? '';
  if (/^h[1-6]$/.test(el.localName) || words(text) > 8) return false;
  const links = [...el.getElementsByTagName('a')];
  // Readability rewrites a kicker <div> as a bare <p>: a line of at most three words that the page's
  // <title> prints beside the headline ("گزارش تصویری | برداشت زعفران …") is one too.
  if (links.length === 0 && words(text) <= 3 && titleParts.includes(fold(text).trim())) return true;
  // `category`: Pimcore's news bundle and many BEM themes print the kicker unlinked
  // (`<span class="news-category">`, `article__category`).
  if (/kicker|eyebrow|breadcrumb|crumbs|category/i.test(cls) && !/[.!?؟۔]/.test(text)) return true;
  if (links.length === 0 || links.length > 5 || !links.every((a) => isSectionLink(a, url) && words(a.textContent ?? '') <= 3)) return false;
  return words(text) - links.reduce((n, a) => n + words(a.textContent ?? ''), 0) <= 1;
}

/**
 * Tag lists: a "ٹیگز / الوسوم / برچسب‌ها / Tags:" label with the links after it, and runs of
 * links to tag pages (`rel="tag"`, /tag/, /topic/, tags.<site>) however they are labelled.
 */
export const tagLists: CleanRule = {
  id: 'tag-lists',
  // Removes tag lists and their labels
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of index.select(TAG_SELECTOR)) {
      if (!index.alive(el) || el === root || index.linkDensity(el) < 0.6) continue;
      // The box's own title goes with it ("ٽيگ" beside Jannah's tag cloud): a parent that holds,
      // besides the links, a few letters and no other link.
      let box = el;
      const parent = el.parentElement;
      if (
        parent &&
        parent !== root &&
        !PAGE.test(parent.localName) &&
        index.len(parent) - index.len(el) <= 20 &&
        linksIn(parent).length === linksIn(el).length
      )
        box = parent;
      removed.push(removeEl(this.id, box));
    }
    for (const leaf of index.labels(isTagsLabel, 30)) {
      if (!index.alive(leaf)) continue;
      const label = soleWrapper(leaf, root, index);
      const box = label.parentElement;
      const rest = box ? index.len(box) - index.len(label) : 0;
      const restLinks = box ? index.linkDensity(box) * index.len(box) - index.linkDensity(label) * index.len(label) : 0;
      if (box && box !== root && !PAGE.test(box.localName) && rest > 0 && restLinks / rest >= 0.6 && index.len(box) < 800) {
        removed.push(removeEl(this.id, box));
      } else if (label.nextElementSibling && allTags(label.nextElementSibling, index)) {
        removed.push(removeEl(this.id, label.nextElementSibling), removeEl(this.id, label));
      }
    }
    for (const a of index.tag('a').filter((a) => a.hasAttribute('href'))) {
      if (!index.alive(a) || !isTagLink(a)) continue;
      // The largest box around the link that is only tag links (a lone tag link in prose stays).
      let box: Element | null = null;
      for (let cur = a.parentElement; cur && cur !== root && !PAGE.test(cur.localName) && index.len(cur) < 800; cur = cur.parentElement) {
        if (!allTags(cur, index) || linksIn(cur).length < 2) break;
        box = cur;
      }
      if (box) removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};

/** An inline element that stands alone between blocks: no text beside it in its parent. */
const ownLine = (el: Element) =>
  [...(el.parentElement?.childNodes ?? [])].every((n) => n === el || n.nodeType !== 3 || !n.textContent?.trim()) &&
  [el.previousElementSibling, el.nextElementSibling].every(
    (s) => !s || /^(?:p|div|h[1-6]|figure|ul|ol|section|header|blockquote)$/.test(s.localName),
  );

/**
 * Section kickers and breadcrumbs above the story's second paragraph, in Readability's output (the
 * outermost line each): what is left of the page's taxonomy once menus and tag lists went.
 */
export const sectionLines: CleanRule = {
  id: 'section-lines',
  // Removes section kickers and breadcrumb trails in the headline area
  phase: 'post',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const end = secondProse(index);
    // The parts of the page's <title> other than the headline: a section, a genre, the site's name.
    const titleParts = fold(ctx.doc.title)
      .split(/\s[|–—:-]\s/)
      .map((t) => t.trim())
      .filter((t) => t && t !== fold(ctx.title).trim());
    for (const el of end ? index.short : []) {
      if (!index.alive(el) || el === root || !precedes(el, end!) || index.len(el) > 60 || !isSectionLine(el, ctx.url, titleParts)) continue;
      // A line is a block: links in a <span> of a sentence ("به گزارش خبرنگار <span><a>گروه
      // استان‌ها</a></span> از <span><a>یزد</a></span>، …" on yjc.ir) are the story's words.
      let line = soleWrapper(el, root, index);
      const inline = (e: Element) => /^(?:a|span|strong|b|em|i|small|font|label)$/.test(e.localName);
      // …but an inline box that is the whole of its paragraph is that paragraph's line
      // (Readability wraps Pimcore's `<span class="news-category">` in a <p>).
      const parent = line.parentElement;
      if (inline(line) && parent && parent !== root && parent.localName === 'p' && index.len(parent) === index.len(line)) line = parent;
      // A bare inline kicker between blocks, no text beside it, is a line too (Neos prints
      // `<a class="article__kicker">مياه</a>` right above the <h1>).
      if (inline(line) && !ownLine(line)) continue;
      // The trail's own label goes with it: a heading or line of a few words ending in a colon
      // right before it ("<h2>أنت هنا:</h2>" over Magnolia's breadcrumb list, "You are here:").
      let at = line;
      while (!at.previousElementSibling && at.parentElement && at.parentElement !== root) at = at.parentElement;
      const label = at.previousElementSibling;
      if (
        label &&
        index.alive(label) &&
        words(label.textContent ?? '') <= 3 &&
        /[:：]\s*$/.test(label.textContent ?? '') &&
        linksIn(label).length === 0
      )
        removed.push(removeEl(this.id, label));
      removed.push(removeEl(this.id, line));
    }
    return removed;
  },
};
