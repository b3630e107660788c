import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import type { TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasPhotoCredit } from '../patterns/furniture';

/** A headline: a few words of link text. */
const MIN_HEADLINE = 12;
const MAX_HEADLINE = 220;
/** A card is a thumbnail and a headline (perhaps twice, and a date or a category): a few lines. */
const MAX_CARD = 500;
/** Unlinked letters a card may carry beside its links (a date, a category, a duration). */
const MAX_LOOSE = 30;
const MEDIA_HREF = /\.(?:jpe?g|png|gif|webp|avif|svg|pdf|mp4|mp3)(?:[?#]|$)/i;
const STOP = /^(?:body|main|article|p|li|td|th|figure|figcaption|blockquote|table|ul|ol)$/;

/** The page-relative key of a link to another page of the same site, or null. */
function siteHref(a: Element, page: URL | null): string | null {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || MEDIA_HREF.test(href)) return null;
  try {
    const u = new URL(href, page ?? 'https://page.invalid/');
    if (!/^https?:$/.test(u.protocol)) return null;
    if (page && (u.host !== page.host || u.pathname === page.pathname)) return null;
    return u.host + u.pathname.replace(/\/$/, '');
  } catch {
    return null;
  }
}

function pageUrl(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/**
 * The page's own ids: path segments of its URL, canonical and og:url that look like a CMS id (5+
 * digits, or 16+ hex digits as in aktualne.cz's `r~8fa032ba…`). A link whose path carries one of
 * them goes to the story's own gallery or photo page, not to another story.
 */
function ownIds(doc: Document, url: string | null): string[] {
  const urls = [
    url,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  const ids = new Set<string>();
  for (const u of urls) {
    const path = pageUrl(u ?? null)?.pathname ?? '';
    for (const m of path.matchAll(/[0-9]{5,}|[0-9a-f]{16,}/gi)) {
      // A date (20240512) is shared by every story of the day: not an id.
      if (!/^(?:19|20)[0-9]{6}$/.test(m[0])) ids.add(m[0].toLowerCase());
    }
  }
  return [...ids];
}

const hasThumb = (el: Element) => el.querySelector('a img, a picture, a amp-img') !== null;

/** Is `box` only links to one page of the site (and a few loose letters), with a headline among them? */
function isCard(box: Element, key: string, page: URL | null, index: TextIndex): boolean {
  const len = index.len(box);
  if (len > MAX_CARD || len * (1 - index.linkDensity(box)) > MAX_LOOSE) return false;
  return [...box.getElementsByTagName('a')].every((a) => siteHref(a, page) === key || !a.hasAttribute('href'));
}

/**
 * A figure that is one link card: all its text inside one link (a headline, perhaps a description
 * and the site's name), as Ghost's bookmark card (`kg-bookmark-card`) and link-preview embeds print
 * it. A story picture keeps its caption outside the link, or credits its photographer.
 */
function linkCardFigure(a: Element, index: TextIndex): Element | null {
  const fig = a.closest('figure');
  if (!fig || a.closest('figcaption')) return null;
  return index.len(fig) === index.len(a) && !hasPhotoCredit(index.textOf(a)) ? fig : null;
}

/**
 * Lone teaser cards: a box that is a thumbnail and a headline linking to one other page of the same
 * site, or the same headline twice (a carousel's clone), standing between or after the story's
 * paragraphs with no list around it and no label ("check also" boxes, a one-item carousel,
 * themes' inline related card, a bookmark card in a figure). Record lists need two records and
 * "read also" needs its lead-in; this is the card alone. A single linked line without a picture
 * stays (a bulletin introduces its items that way), and so does a story picture that links to its
 * gallery: in a figure with its caption beside the link, or a link under the story's own id, or a
 * caption that credits the photographer (aktualne.cz's photo links wrap picture and caption).
 */
export const loneCards: CleanRule = {
  id: 'lone-cards',
  // Removes lone teaser cards (thumbnail + headline, or a cloned headline) linking to another page
  // of the site
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const page = pageUrl(ctx.url);
    const ids = ownIds(ctx.doc, ctx.url);
    for (const a of index.tag('a')) {
      if (!index.alive(a)) continue;
      const len = index.len(a);
      if (len < MIN_HEADLINE || len > MAX_HEADLINE || index.textOf(a).split(' ').length < 3) continue;
      const key = siteHref(a, page);
      if (!key || ids.some((id) => key.toLowerCase().includes(id))) continue;
      const figure = a.closest('figure');
      if (figure) {
        const card = linkCardFigure(a, index);
        if (card && root.contains(card) && card !== root) removed.push(removeEl(this.id, card));
        continue;
      }
      // The largest box around the headline that is still only this card.
      let box: Element | null = null;
      for (let cur = a.parentElement; cur && cur !== root && !STOP.test(cur.localName); cur = cur.parentElement) {
        if (!isCard(cur, key, page, index)) break;
        box = cur;
      }
      if (!box) continue;
      const headline = index.textOf(a);
      const clone = [...box.getElementsByTagName('a')].filter((x) => x !== a && index.textOf(x) === headline).length > 0;
      if ((!hasThumb(box) && !clone) || hasPhotoCredit(index.textOf(box))) continue;
      removed.push(removeEl(this.id, box));
    }
    return removed;
  },
};
