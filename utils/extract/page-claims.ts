/**
 * What a page says about itself: is it one story or a list of them? Read from its metadata
 * (og:type, JSON-LD `@type`) and the shape of its URLs (page URL, canonical, og:url), never from
 * its words. The verdict (verdict.ts) weighs these claims against what the extracted text looks like.
 */
import { meta, type PageMeta } from './metadata';

/** The shape of one URL's path: where it sits in a news site. */
export type UrlShape =
  /** `/`, or a bare language root (`/es/`, `/urdu`): a home page. */
  | 'root'
  /** Search, tag, category, author, archive or paging URLs. */
  | 'listing'
  /** One or two short words (`/world/`, `/pakistan/sport`): a section front, or an old site's page. */
  | 'section'
  /** A story id, a date or a long slug somewhere in it. */
  | 'story'
  | 'unknown';

export type Claim = 'story' | 'listing' | null;

export interface PageClaims {
  ogType: string | null;
  /** JSON-LD `@type`s of the page's own nodes. */
  ldTypes: string[];
  /** The most story-like shape among the page URL, canonical and og:url (see `combineShapes`). */
  urlShape: UrlShape;
  /** What the metadata claims, strongest first: JSON-LD, then og:type with the URL shape. */
  claim: Claim;
  /** The claim comes from JSON-LD or a listing URL (not only og:type, which templates copy everywhere). */
  strong: boolean;
  /**
   * The page says it is a person's page (og:type `profile`, JSON-LD `ProfilePage`): an author or
   * writer archive, whose biography can be long enough to read like a short story.
   */
  profile?: boolean;
  /**
   * The page's `<base href>` when it stays on the page's own host: what its relative links resolve
   * against (Contao and TYPO3 print `<base href="https://site/">` and every link relative to it).
   * Only to tell where teaser links point; links shown to the reader never use it.
   */
  linkBase?: string;
}

/** schema.org types of one story (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Review ...). */
const LD_STORY = /Article|BlogPosting|Review|Report|Recipe|VideoObject/;
/** schema.org types of a page of many items (home and section fronts, search results, tag pages). */
const LD_LISTING = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|WebSite)$/;

/**
 * Path segments (and query keys) of listing URLs. English slugs are what WordPress, Drupal, Arc
 * and most Arabic-script sites use in URLs (`/tag/`, `/category/`, `/Section/` on youm7, `/search`;
 * `/page2/` is Jekyll's pagination). Plone names its views with `@@` (`/@@search`) and searches
 * with `?SearchableText=`.
 */
const LISTING_SEGMENT =
  /^(?:@@)?(?:search|tags?|category|categories|topics?|authors?|writers?|archives?|page|page\d+|section|sections|latest|newsfeed|feed|list)$/i;
const LISTING_QUERY = /(?:^|[?&])(?:s|q|query|search|searchabletext|tag|cat|category|page|paged)=/i;
/**
 * A path that ends in `blog` is a site builder's blog index (Weebly, Jimdo, Wix and Squarespace
 * print their posts' excerpts at `/blog`); only the last segment, as `/blog/<slug>` is a post.
 */
const BLOG_INDEX = /^blog$/i;
/** Language roots: `/es/`, `/ur`, `/arabic`, `/urdu`, `/persian`, `/fa-ir`. */
const LANGUAGE_ROOT = /^(?:[a-z]{2}(?:[-_][a-z]{2,4})?|arabic|urdu|persian|pashto|sindhi|english|farsi)$/i;

const DIGITS = /\d/g;
const DATE_IN_PATH = /(?:^|\/)(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)/;

/** True when a path segment names one story: an id of 5+ digits, or a slug of 4+ words (3+ after `after`). */
function storySegment(seg: string, after?: string): boolean {
  const base = seg.replace(/\.(?:s?html?|php|aspx?|cms)$/i, '');
  if ((base.match(DIGITS) ?? []).length >= 5) return true;
  const words = base.split(/[-_+]|%20/).filter((w) => w.length > 0).length;
  return words >= 4 || (words >= 3 && !!after && ITEM_CONTAINER.test(after));
}

/**
 * Path segments that hold one item each: a slug right after them names a story even when short
 * (`/posts/sukkur-barrage-gates/` on Jekyll's Chirpy and Hugo, `/post/…` on Wix, `/story/…`).
 */
const ITEM_CONTAINER = /^(?:posts?|articles?|story|stories)$/i;

/** The shape of one URL (absolute or relative to `base`); 'unknown' when it does not parse. */
export function urlShape(raw: string | null | undefined, base?: string | null): UrlShape {
  if (!raw) return 'unknown';
  let u: URL;
  try {
    u = new URL(raw, base ?? undefined);
  } catch {
    return 'unknown';
  }
  return shapeOf(u);
}

/** {@link urlShape} of a URL already parsed. */
export function shapeOf(u: URL): UrlShape {
  if (!/^https?:$/.test(u.protocol)) return 'unknown';
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    path = u.pathname;
  }
  const segs = path.split('/').filter((s) => s.length > 0);
  if (DATE_IN_PATH.test(path) || segs.some((seg, i) => storySegment(seg, segs[i - 1]))) return 'story';
  // Old sites keep the story id in the query (`?id=123456`, `hl?a=20170309-35097838`); the
  // digits of a percent-encoded Arabic or Persian search word (`%D8%A7…`) are no id.
  let query: string;
  try {
    query = decodeURIComponent(u.search);
  } catch {
    query = u.search;
  }
  if ((query.match(DIGITS) ?? []).length >= 5 && !LISTING_QUERY.test(query)) return 'story';
  if (segs.some((s) => LISTING_SEGMENT.test(s)) || LISTING_QUERY.test(u.search) || BLOG_INDEX.test(segs[segs.length - 1] ?? ''))
    return 'listing';
  const meaningful = segs.filter((s) => !/^index\.\w+$/i.test(s));
  if (meaningful.length === 0 || (meaningful.length === 1 && LANGUAGE_ROOT.test(meaningful[0]!))) return 'root';
  if (meaningful.length <= 2 && meaningful.every((s) => s.length <= 24 && !/\d{3}/.test(s))) return 'section';
  return 'unknown';
}

/**
 * One shape from several URLs of the same page: any story shape wins (a story whose canonical
 * wrongly points at the home page is still a story), then listing, root, section.
 */
export function combineShapes(shapes: UrlShape[]): UrlShape {
  for (const s of ['story', 'listing', 'root', 'section'] as const) if (shapes.includes(s)) return s;
  return 'unknown';
}

/** Reads the page's claims about itself. `url` is where the page was loaded from (may be null). */
export function readPageClaims(page: Document, pm: PageMeta, url: string | null): PageClaims {
  const ogType = meta(pm, 'og:type')?.toLowerCase() ?? null;
  const ldTypes = pm.ld.types;
  const canonical = page.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const shape = combineShapes([urlShape(url), urlShape(canonical, url), urlShape(meta(pm, 'og:url'), url)]);

  const ldStory = ldTypes.some((t) => LD_STORY.test(t));
  const ldListing = ldTypes.some((t) => LD_LISTING.test(t) && t !== 'WebSite');
  let claim: Claim = null;
  let strong = false;
  if (ldStory && shape !== 'root' && shape !== 'listing') [claim, strong] = ['story', true];
  else if (ldListing && !ldStory) [claim, strong] = ['listing', true];
  else if (shape === 'listing' || shape === 'root') [claim, strong] = ['listing', shape === 'listing' || !ldStory];
  else if (ogType === 'article' || shape === 'story') claim = 'story';
  else if (ogType === 'website' && shape === 'section') claim = 'listing';
  const profile = !ldStory && (ogType === 'profile' || ldTypes.includes('ProfilePage'));
  if (profile) [claim, strong] = ['listing', true];
  let linkBase: string | undefined;
  try {
    const href = page.querySelector('base[href]')?.getAttribute('href');
    const base = href && url ? new URL(href, url) : null;
    if (base && url && base.host === new URL(url).host) linkBase = base.href;
  } catch {
    /* a base that does not parse is ignored */
  }
  return { ogType, ldTypes, urlShape: shape, claim, strong, profile, linkBase };
}
