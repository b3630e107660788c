/**
 * Metadata Readability gets wrong or leaves out on Urdu/Arabic pages: the site-name suffix on
 * titles (its word split finds no words in Urdu), the site name, the published date (Urdu month
 * names, Solar Hijri dates, local offsets), the lead image. Pure functions over a Document,
 * reading metas and JSON-LD once (`readPageMeta`) instead of one selector pass per tag.
 */
import { fold } from '../text/fold';
import { rtlShare } from '../text/script';
import { readJsonLd, type JsonLdFacts } from './json-ld';
import { allElements } from '../text/walk';
import { closestTag } from '../text/dom-query';
import { resolveHttpUrl } from '../text/url';

/** The page's metas by lower-cased `property` / `name` / `itemprop`, and its JSON-LD facts. */
export interface PageMeta {
  metas: Map<string, string[]>;
  ld: JsonLdFacts;
}

/** Reads every `<meta>` and JSON-LD block of the page once. */
export function readPageMeta(doc: Document): PageMeta {
  const metas = new Map<string, string[]>();
  for (const m of doc.getElementsByTagName('meta')) {
    const content = m.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = metas.get(key);
      if (list) list.push(content);
      else metas.set(key, [content]);
    }
  }
  return { metas, ld: readJsonLd(doc) };
}

/** First non-empty content of the first meta key that has one. */
export function meta(pm: PageMeta, ...keys: string[]): string | null {
  for (const k of keys) for (const v of pm.metas.get(k) ?? []) if (v.trim()) return v.trim();
  return null;
}

const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
];
/** Elements that show a date: their class, id or itemprop says so. */
const DATE_HINT =
  /(?:^|[\s_-])(?:date|time|published|publish|posted|created|timestamp|dateline|meta-date|post-date|entry-date|update_time|tarikh)|datePublished/i;

/**
 * What the page says of its published date, as printed, in the order it is trusted: JSON-LD
 * `datePublished` and date metas, then `[itemprop=datePublished]` / `<time>` / `dc:date` elements
 * (their `content` or `datetime`, and their text), then short elements whose class names a date,
 * then the page's URL. Only read here: `publishedFrom` (./dates.ts) parses them, so the reader
 * shell, which shows no date, carries no date parser (the reader UI parses what it shows).
 */
export interface DateCandidates {
  /** Numeric dates are day first ("8.7.2026" is 8 July): every page but an English one. */
  dayFirst: boolean;
  declared: string[];
  /** Each dated element's attribute value (null: none) and text. */
  dated: [attr: string | null, text: string | null][];
  hinted: string[];
  url: string | null;
}

/** An ISO date `parseDate` always reads (a year of 1900-2099, a month, a day of 1-31). */
const SURE_DATE = /^\s*(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/;

/** Reads the published date's candidates (see {@link DateCandidates}); no parsing. */
export function dateCandidates(
  doc: Document,
  pm: PageMeta = readPageMeta(doc),
  url: string | null = null,
  dayFirst = true,
  els?: Element[],
): DateCandidates {
  const declared = [...pm.ld.datePublished, ...DATE_METAS.flatMap((k) => pm.metas.get(k) ?? [])];
  const canonical = [...doc.getElementsByTagName('link')].find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const page = url ?? canonical?.getAttribute('href') ?? null;
  // A declared date that surely parses decides: the page's elements are not read (most pages).
  if (declared.some((d) => SURE_DATE.test(d))) return { dayFirst, declared, dated: [], hinted: [], url: page };
  const all = els ?? allElements(doc.body);
  const dated = all
    .filter((e) => e.localName === 'time' || e.getAttribute('itemprop') === 'datePublished' || e.getAttribute('property') === 'dc:date')
    .map((el): [string | null, string | null] => [el.getAttribute('content') ?? el.getAttribute('datetime'), el.textContent]);
  const hinted: string[] = [];
  for (const el of all) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // The masthead's "today" date is not the story's.
    if (hint.length < 4 || !DATE_HINT.test(hint) || /header|today|current/i.test(hint) || outsideStory(el)) continue;
    const text = el.textContent ?? '';
    if (text.length <= 120) hinted.push(text);
  }
  return { dayFirst, declared, dated, hinted, url: page };
}

/** In the page's masthead, menu or footer (an article's own <header> is part of the story). */
function outsideStory(el: Element): boolean {
  if (closestTag(el, 'nav', 'footer')) return true;
  const header = closestTag(el, 'header');
  return header !== null && closestTag(header, 'article', 'main') === null;
}

const TITLE_SEPARATORS = /\s+(?:[-|–—»«:]|::)\s+/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const same = (a: string, b: string) => fold(a).replace(/[\s\p{P}]+/gu, '') === fold(b).replace(/[\s\p{P}]+/gu, '');

/**
 * Removes a " - Site name" suffix (or "Site name | " prefix). Readability's own check compares
 * words split on ASCII `\W`, which finds no words in Urdu; here parts are compared as folded strings.
 */
export function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length < 2 || !siteName) return t;
  if (same(parts.at(-1)!, siteName))
    return t
      .slice(0, t.lastIndexOf(parts.at(-1)!))
      .replace(/\s+(?:[-|–—»«:]|::)\s*$/, '')
      .trim();
  if (same(parts[0]!, siteName))
    return t
      .slice(parts[0]!.length)
      .replace(/^\s*(?:[-|–—»«:]|::)\s+/, '')
      .trim();
  return t;
}

/** The article's title and, when the title revealed it, the site name. */
export interface TitleInfo {
  title: string;
  siteFromTitle: string | null;
}

/**
 * The headline: og:title / JSON-LD headline / <title>, without the site's name. When the page's
 * `<h1>` is one part of the title, that part is the headline and the rest names the site; a Latin
 * `<title>` over an RTL `<h1>` (Urdu Point) yields the `<h1>`.
 */
export function findTitle(doc: Document, pm: PageMeta, siteName: string | null): TitleInfo {
  const raw = (meta(pm, 'og:title', 'twitter:title') ?? pm.ld.headline ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
  const docTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const h1 = firstHeading(doc, siteName);
  for (const full of [raw, docTitle]) {
    if (!h1 || !full) continue;
    const parts = full.split(TITLE_SEPARATORS);
    if (parts.length > 1 && same(parts[0]!, h1)) return { title: h1, siteFromTitle: parts.slice(1).join(' - ') };
    if (parts.length > 1 && same(parts.at(-1)!, h1)) return { title: h1, siteFromTitle: parts.slice(0, -1).join(' - ') };
  }
  const title = cleanTitle(raw || docTitle, siteName);
  if (h1 && (!title || (rtlShare(title) < 0.3 && rtlShare(h1) > 0.7))) return { title: h1, siteFromTitle: null };
  return { title: title || h1 || '', siteFromTitle: null };
}

/**
 * The first `<h1>` that can be the headline. An `<h1>` that is the site's name is the logo's
 * (Liferay's default theme prints the site name as the page's first h1): a title
 * "headline - site" would otherwise match it as its last part and the site would be the title.
 */
function firstHeading(doc: Document, siteName: string | null = null): string | null {
  for (const h of doc.body?.getElementsByTagName('h1') ?? []) {
    const t = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (siteName && same(t, siteName)) continue;
    if (t.length >= 8 && words(t) <= 40) return t;
  }
  return null;
}

/** Site name from `og:site_name`, JSON-LD publisher, `application-name`, or what the title revealed. */
export function findSiteName(doc: Document, pm: PageMeta = readPageMeta(doc), fromTitle: string | null = null): string | null {
  const v = meta(pm, 'og:site_name') ?? pm.ld.publisher ?? fromTitle ?? meta(pm, 'application-name') ?? pm.ld.authorOrganization;
  return v?.replace(/\s+/g, ' ').trim() || null;
}

/** Lead image: og:image / twitter:image / JSON-LD image, resolved against the page URL, http(s) only. */
export function findLeadImage(doc: Document, pageUrl: string | null, pm: PageMeta = readPageMeta(doc)): string | null {
  return resolveHttpUrl(meta(pm, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? pm.ld.image, pageUrl);
}
