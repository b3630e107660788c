/**
 * The byline: who wrote the story, as plain text. Pages offer many candidates (JSON-LD authors,
 * `author` metas, byline elements, Readability's guess) and many are wrong: the site's own name
 * ("المدينة نيوز", "YJC"), a wire credit in parentheses, a profile URL. "ویب ڈیسک" (web desk) is a
 * real byline and is kept — as metadata, not as a line of the story.
 */
import { fold } from '../text/fold';
import { meta, type PageMeta } from './metadata';
import { allElements } from '../text/walk';
import { closestTag, firstWhere, hasLink } from '../text/dom-query';
import { AUTHOR_LABEL, INFO_BLOCK, isUiLabel } from './byline-labels';

/**
 * "By", "بقلم", "بواسطة" (WordPress news themes' Arabic), "كتب", "كتبت", "تحریر", "رپورٹ", "حوار",
 * "از", "توسط" (Persian themes), "מאת" before the name; Sindhi "رپورٽ" / "رپورٽر" / "ليکڪ" (with ٽ
 * and ڪ, not Urdu's ٹ and ک). Themes print the lead-in as its own item, so a comma may follow it.
 */
const LEAD_IN = /^(?:by|written by|بقلم|بواسطة|كتب|كتبت|كتبه|تحریر|تحرير|رپورٹ|رپورٹر|رپورٽ|رپورٽر|ليکڪ|حوار|از|توسط|מאת)\s*[:：,،-]?\s+/i;
/**
 * A digit in any script ends the name: bylines share their line with the date ("۱۱ مهر ۱۴۰۳"),
 * the time ("۳ گھنٹے پہلے") or the reading time, and names carry no digits.
 */
const DIGIT = /\p{Nd}/u;
/** The end of the name: a digit, or a social handle ("Ahiza Garcia @ahiza_garcia February 1, 2016"). */
const NAME_END = /\p{Nd}|\s@\w/u;
/** Separators left at the end once the date is cut off ("Name -", "Name •", "Name,"). */
const TRAILING = /[\s,،•·|:：\-–—]+$/u;
/** Byline classes; Drupal prints the node's author as `field--name-uid` (core templates). */
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|by-line|author|authors|writer|writers|writeBy|reporter|kateb|name-uid)(?:$|[\s_-])/i;
/** Initials in parentheses inside a name: "Richard (R.J.) Eskow" (salon.com). */
const INITIALS = /\s\((?:\p{Lu}\.\s?){1,4}\)\s/gu;
const AUTHOR_HREF = /\/(?:author|authors|writer|writers|reporter|columnist|profile)s?\//i;

function clean(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim().replace(LEAD_IN, '');
  const end = NAME_END.exec(s);
  s = (end ? s.slice(0, end.index) : s).replace(TRAILING, '');
  // "Name - City" datelines: the name is the byline.
  const dash = /^(.{3,60}?)\s+[-–]\s+\S.{0,30}$/.exec(s);
  if (dash && !/\d/.test(dash[1]!)) s = dash[1]!;
  s = s.trim();
  // Parentheses mark a wire credit ("(AFP)", "(سجاڳي رپورٽ)"), except a middle name's initials ("Richard (R.J.) Eskow").
  if (s.length < 3 || s.length > 80 || /https?:|www\.|[|()<>]/.test(s.replace(INITIALS, '')) || isUiLabel(s)) return null;
  return s;
}

/** A candidate that is (or contains, or is part of) the site's name is not a byline. */
function notSite(s: string | null, siteName: string | null): s is string {
  if (!s) return false;
  const site = siteName ? fold(siteName) : null;
  return !site || (!fold(s).includes(site) && !site.includes(fold(s)));
}

/** Readability's byline guess, cleaned, or null when it is the site's name or not a name. */
export function acceptByline(raw: string | null, siteName: string | null): string | null {
  const c = clean(raw);
  return notSite(c, siteName) ? c : null;
}

/**
 * Names in a byline element: its name items joined ("עידן קוולר, עמית אביטן"), or its text. Items
 * that are a label ("الكاتب:"), a lead-in ("توسط") or a date or time (any digit) are not names.
 */
function fromElement(el: Element): string | null {
  const named = firstWhere(el, (e) => e.getAttribute('itemprop') === 'name');
  if (named) return clean(named.textContent);
  const all = [...el.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const items = all.filter((t) => !DIGIT.test(t) && !AUTHOR_LABEL.test(t) && !LEAD_IN.test(`${t} x`));
  if (all.length >= 2 && items.length >= 1 && items.every((t) => t.split(' ').length <= 4 && clean(t) === t)) return items.join(', ');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  // "رپورٽ: <a>Name</a>، ٺٽو": one linked name and a one- or two-word dateline after a comma (a
  // Sindhi daily's Craft templates, Urdu "نامہ نگار، لاہور" lines). Two linked names keep their comma.
  const links = el.getElementsByTagName('a');
  const name = links.length === 1 ? (links[0]!.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  const at = name ? text.indexOf(name) : -1;
  if (at >= 0 && /^\s*[,،]\s*[^\s,،]+(?:\s[^\s,،]+)?$/u.test(text.slice(at + name.length))) return clean(text.slice(0, at + name.length));
  return clean(text);
}

/** Links to account pages and the like: never where a byline links to. */
const UI_HREF = /^(?:#|javascript:)|\/(?:notifications?|login|signin|sign-in|register|account|settings|subscribe|newsletter)(?:[/?#]|$)/i;

/**
 * Structural check: an element of the page's interface (a button, a menu, a dialog, a popup
 * trigger, a link to notifications or sign-in) is not a byline, whatever its class says.
 */
function isInterface(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const role = cur.getAttribute('role') ?? '';
    if (/^(?:button|menu|menubar|menuitem|dialog|navigation|banner|toolbar|tablist)$/.test(role)) return true;
    if (/^(?:button|dialog|select)$/.test(cur.localName) || cur.hasAttribute('aria-haspopup')) return true;
  }
  return el.localName === 'a' && UI_HREF.test(el.getAttribute('href') ?? '');
}

/**
 * The author named in an "article information" block (BBC World Service: a region labelled
 * `article-byline` with "Author, <name>" / "Role, <role>" pairs; other CMSs: "الكاتب: <name>").
 * The name is the element right after an author label, inside the block.
 */
function fromInfoBlock(els: Element[]): BylineFound | null {
  for (const block of els) {
    const keys = [block.id, block.getAttribute('aria-labelledby'), block.getAttribute('data-e2e'), block.getAttribute('data-testid')];
    if (!keys.some((k) => k && INFO_BLOCK.test(k)) || (block.textContent ?? '').length > 400) continue;
    for (const label of block.querySelectorAll('*')) {
      if (label.children.length || !AUTHOR_LABEL.test((label.textContent ?? '').trim())) continue;
      const value = label.nextElementSibling;
      const name = clean(value?.textContent);
      if (value && name) return { name, el: block };
    }
  }
  return null;
}

/**
 * Picks the byline. `readabilityByline` is Readability's guess (its metadata or its byline node).
 * A candidate that is (or contains) the site's name, or is an organisation, is not a byline.
 */
export function findByline(doc: Document, pm: PageMeta, siteName: string | null, readabilityByline: string | null): string | null {
  return locateByline(doc, pm, siteName, readabilityByline)?.name ?? null;
}

/** The byline and, when it was read from the page's markup, the element it was read from. */
export interface BylineFound {
  name: string;
  el: Element | null;
}

/** Like `findByline`, also returning the byline's element (the pipeline takes it out of the story). */
export function locateByline(
  doc: Document,
  pm: PageMeta,
  siteName: string | null,
  readabilityByline: string | null,
  els: Element[] = allElements(doc.body),
  title: string | null = null,
): BylineFound | null {
  const ok = (s: string | null): s is string => notSite(s, siteName);
  let fromData: string | null = null;
  for (const name of pm.ld.authors) {
    const c = clean(name);
    if (ok(c)) {
      fromData = c;
      break;
    }
  }
  // One walk over the body (a selector pass per pattern costs more in jsdom than the walk).
  const found: BylineFound[] = [];
  let headline: Element | null = null;
  let h1s = 0;
  const wanted = title ? squashText(title) : null;
  for (const el of els) {
    if (el.localName === 'h1') h1s++;
    const cls = el.getAttribute('class') ?? '';
    if (!headline && wanted && isHeadline(el, cls, wanted)) headline = el;
    if (found.length >= MAX_CANDIDATES) continue;
    const isByline =
      el.getAttribute('rel') === 'author' ||
      el.getAttribute('itemprop') === 'author' ||
      (el.localName === 'a' && AUTHOR_HREF.test(el.getAttribute('href') ?? '')) ||
      (cls !== '' && BYLINE_CLASS.test(cls) && !/box|bio|avatar|image|img|photo|list|widget/i.test(cls));
    if (!isByline || (el.textContent ?? '').length > 200 || closestTag(el, 'footer', 'aside', 'nav') || isInterface(el)) continue;
    // An element inside a byline already found (a name link inside the byline span) adds nothing.
    if (found.some((f) => f.el!.contains(el))) continue;
    const c = fromElement(el);
    if (ok(c)) found.push({ name: c, el });
  }
  // Without a title, the page's only <h1> is its headline (a page with several is left unranked).
  if (!headline && !wanted && h1s === 1) headline = els.find((e) => e.localName === 'h1') ?? null;
  const best = pickNearest(found, headline);
  // JSON-LD names the author best; the element is still the byline line to take out.
  if (best) return { name: fromData ?? best.name, el: best.el };
  if (fromData) return { name: fromData, el: null };
  const info = fromInfoBlock(els);
  if (info && ok(info.name)) return info;
  for (const raw of [meta(pm, 'author', 'article:author', 'dc.creator', 'parsely-author'), readabilityByline]) {
    const c = clean(raw);
    if (ok(c)) return { name: c, el: null };
  }
  const credit = headline && creditLine(headline);
  if (credit && ok(credit.name)) return credit;
  return null;
}

/** Byline elements looked at, in page order (a listing may carry an author on every teaser). */
const MAX_CANDIDATES = 12;

const squashText = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The element that prints the headline: an <h1>/<h2> or a title/heading-class element whose text is the title. */
function isHeadline(el: Element, cls: string, title: string): boolean {
  const heading = el.localName === 'h1' || el.localName === 'h2';
  if (!heading && (cls === '' || !/(?:^|[\s_-])(?:[\w-]*title|[\w-]*head(?:ing|line)?)(?:$|[\s_-])/i.test(cls))) return false;
  // A headline holds its text, perhaps in a link or a span or two: never a whole block.
  if (el.childElementCount > 3) return false;
  const text = el.textContent ?? '';
  return text.length <= title.length * 2 + 40 && squashText(text) === title;
}

/** The number of ancestors of `el` (its depth in the tree). */
function depth(el: Element): number {
  let n = 0;
  for (let cur = el.parentElement; cur; cur = cur.parentElement) n++;
  return n;
}

/** The depth of the nearest element that contains both `a` and `b`. */
function sharedDepth(a: Element, b: Element): number {
  for (let cur: Element | null = a; cur; cur = cur.parentElement) if (cur.contains(b)) return depth(cur);
  return -1;
}

/**
 * The list item that holds `el` (up to four levels up) when the item carries more than the name
 * (another story's title) and its list has other items. The items of a co-authors list are only
 * names: they stay bylines.
 */
function listItem(el: Element): Element | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 5; i++, cur = cur.parentElement) {
    if (cur.localName !== 'li') continue;
    const more = squashText(cur.textContent).length > squashText(el.textContent).length + 10;
    return more && cur.parentElement && cur.parentElement.children.length > 1 ? cur : null;
  }
  return null;
}

/**
 * The story's byline among the byline elements found: names that sit in separate items of one
 * list (a sidebar's columnists, a "more from our writers" strip, each under its column's title)
 * are other stories' authors, and the one nearest the headline (the deepest element containing
 * both) is the story's. Without a headline, page order decides, as before.
 */
function pickNearest(found: BylineFound[], headline: Element | null): BylineFound | null {
  const items = found.map((f) => listItem(f.el!));
  const listed = (i: number): boolean => {
    const li = items[i];
    return !!li && items.some((o, j) => j !== i && o && o !== li && o.parentElement === li.parentElement);
  };
  const kept = found.filter((_, i) => !listed(i));
  if (!headline || kept.length < 2) return kept[0] ?? null;
  let best = kept[0]!;
  let bestDepth = sharedDepth(best.el!, headline);
  for (const f of kept.slice(1)) {
    const d = sharedDepth(f.el!, headline);
    if (d > bestDepth) [best, bestDepth] = [f, d];
  }
  return best;
}

/**
 * A desk or bureau credit printed as its own line right above or below the headline ("سکر
 * بيورو" on a Sindhi daily's table layout, "ویب ڈیسک", "اسلام آباد بیورو", "Web Desk"): the
 * story's byline when the page names no author. Only the whole short line counts (a sentence
 * naming the Bureau of Statistics does not).
 */
const CREDIT = /^(?:(?:[\p{L}\p{M}]+\s+){1,3}(?:بیورو|بيورو|ڈیسک|ڊيسڪ|bureau|desk)|(?:بیورو|بيورو)\s+(?:رپورٹ|رپورٽ))$/iu;

/**
 * Bureaus that are institutions, not newsrooms: a topic kicker above the headline ("قومی احتساب
 * بیورو", the National Accountability Bureau, on Pakistani pages; "انٹیلی جنس بیورو", "Intelligence
 * Bureau").
 */
const INSTITUTION = /احتساب|انٹیلی\s?جنس|انٹیلیجنس|انٽيليجنس|intelligence|investigation/iu;

function creditLine(headline: Element): BylineFound | null {
  for (const el of [headline.previousElementSibling, headline.nextElementSibling]) {
    const text = squashText(el?.textContent);
    // A kicker linking to a tag or section page is a topic, not a credit.
    if (!el || text.length > 40 || DIGIT.test(text) || !CREDIT.test(text) || INSTITUTION.test(text) || hasLink(el) || isInterface(el))
      continue;
    return { name: text, el };
  }
  return null;
}

/**
 * A theme's meta line around a linked name: "Posted in <a>Startups</a> by <a>Name</a> on Dec 04,
 * 2026" (October CMS's RainLab.Blog `p.info`), "Posted on December 4, 2026 by <a>Name</a>"
 * (WordPress themes' entry-meta). A short line with a date whose words outside its links are a
 * few lead-ins; a story sentence naming the author says more than five words of its own.
 */
function metaLine(line: Element): boolean {
  const text = squashText(line.textContent);
  if (text.length > 120 || !DIGIT.test(text)) return false;
  let rest = text;
  for (const a of line.getElementsByTagName('a')) rest = rest.replace(squashText(a.textContent), ' ');
  return rest.split(/\s+/).filter((w) => w && !DIGIT.test(w) && /\p{L}/u.test(w)).length <= 5;
}

/**
 * The byline's own line, to take out of the story (it is shown as metadata, not as the story's
 * first line): the element it was read from, unless that is a word inside a sentence. The
 * pipeline also tells Readability the author through a meta, so it does not go looking for a
 * byline node itself and take a dateline ("CAIRO —", wapo-1) out of the first paragraph instead.
 */
export function bylineLine(found: BylineFound): Element | null {
  const el = found.el;
  // Measured as read: a byline block's indentation (Naviga's `div.nv-byline-wrap` of name, title
  // and dates on their own lines) is no text.
  if (!el || (el.textContent ?? '').replace(/\s+/g, ' ').trim().length > 120) return null;
  const parent = el.parentElement;
  const inSentence =
    parent && /^(?:p|li|td)$/.test(parent.localName) && (parent.textContent ?? '').length > (el.textContent ?? '').length + 30;
  if (inSentence) return metaLine(parent) ? parent : null;
  // "By <a>Name</a>" (djangocms_blog's `li.byline`, theme meta items): the lead-in goes with the name.
  const rest = parent
    ? (parent.textContent ?? '')
        .replace(el.textContent ?? '', '')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
  return parent && rest && rest.length <= 20 && LEAD_IN.test(`${rest} x`) && !/^(?:body|main|article)$/.test(parent.localName)
    ? parent
    : el;
}
