import Readability from '@mozilla/readability/Readability.js';
import type { Article, ExtractResult } from './types';
import { captureLangDir } from './extract/direction';
import { dateCandidates, findLeadImage, findSiteName, findTitle, meta, readPageMeta, type DateCandidates } from './extract/metadata';
import { withPublished } from './extract/dates';
import { acceptByline, bylineLine, locateByline } from './extract/byline';
import { findDek, restoreDek } from './extract/dek';
import { cleanInPlace, removedNodes, slimCopy } from './extract/slim';
import { galleryIntoStory, informativeCaptions } from './extract/captions';
import { dropLayoutClasses } from './extract/layout-classes';
import { storyAsidesAsBlocks } from './extract/asides';
import { allElements } from './text/walk';
import { judgePage } from './extract/verdict';
import { readPageClaims } from './extract/page-claims';
import { teaserExcerpts } from './extract/teasers';
import { embedPlaceholder, findEmbeds } from './embeds/rescue';
import { RULES, runRules, type RuleContext } from './clean';
import { markRules } from './clean/runner';
import { sanitizeInPlace } from './sanitize/sanitize';
import { htmlToText } from './text/html-text';
import { primaryLang } from './text/script';
import type { UserRule } from './site-rules/types';
import { findRegion, rulesForPage, userRulesRule } from './site-rules/apply';
import { MAX_ARTICLE_CHARS } from './article-limit';

export interface ExtractOptions {
  /** The page's URL: resolves relative links and images (a page's `<base href>` is not trusted). */
  url: string | null;
  /** The window whose DOM implementation sanitizes (the live page's, or jsdom's in Node). */
  win: Window;
  /**
   * The caller's document is a throwaway (the CLI's, a test's): it may be cleaned in place when
   * that is cheaper than copying what is kept. A live page is never modified.
   */
  mutate?: boolean;
  /** The live page's computed `direction` of an element (the content script passes it). */
  getComputedDirection?: (el: Element) => string | null;
  /**
   * Told each stage's duration as it ends (the bench's per-stage breakdown). Absent: no clock is
   * read at all.
   */
  onStage?: (stage: ExtractStage, ms: number) => void;
  /**
   * The reader's own rules (utils/site-rules/): those enabled and matching the page's host and
   * path run before Readability, right after the page-wide pruning; each removal is reported as
   * `user:<id>`. A `region` rule makes its region the only part of the page that is read, and the
   * story even where the engine would find none (no verdict on it; Readability finding nothing
   * keeps the whole region).
   */
  userRules?: readonly UserRule[];
  /**
   * Rules to skip for this extraction ("this was part of the story"): general rule ids
   * (`teaser-lists`), site entries (`site-rules:BBC Urdu`) or user rules (`user:<id>`).
   */
  disabledRules?: readonly string[];
}

/** The pipeline's stages, in order, as {@link ExtractOptions.onStage} names them. */
export const EXTRACT_STAGES = [
  'walk',
  'direction',
  'metadata',
  'embeds',
  'plan',
  'copy',
  'pre',
  'readability',
  'post',
  'sanitize',
  'text',
] as const;
export type ExtractStage = (typeof EXTRACT_STAGES)[number];

/**
 * A lap timer: each `lap` reports the time since the previous one (or since it was made);
 * `restart` leaves out a pause (the sliced run's yields to the page).
 */
function stageClock(report: (stage: ExtractStage, ms: number) => void) {
  let last = performance.now();
  return {
    lap(stage: ExtractStage) {
      const now = performance.now();
      report(stage, now - last);
      last = now;
    },
    restart() {
      last = performance.now();
    },
  };
}

/** Fewer letters of story than this after cleaning: not an article (home, search, tag pages). */
export const MIN_ARTICLE_CHARS = 250;

/**
 * page Document -> lang/dir -> metadata, byline, dek, embeds (read, page untouched) -> page-wide
 * pruning planned (scripts, hidden nodes, menus, link farms around the story) -> a small copy of
 * what is kept, embeds as placeholders -> general clutter rules -> Readability -> post rules ->
 * sanitized in place -> Article. The page is parsed once (by the browser, or jsdom) and never
 * re-parsed; Readability hands back its DOM, not a string.
 */
export function extractArticle(page: Document, opts: ExtractOptions): ExtractResult {
  return withPublished<ExtractResult>(extractUndated(page, opts));
}

/**
 * {@link extractArticle} without parsing the published date: the article's `publishedTime` is null
 * and the result carries what the page says of the date; {@link withPublished} makes it the
 * finished result. The reader shell's (it shows no date; the reader UI, which does, parses it).
 */
export function extractUndated(page: Document, opts: ExtractOptions): UndatedResult {
  const steps = extractSteps(page, opts);
  const clock = opts.onStage && stageClock(opts.onStage);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    clock?.lap(step.value);
  }
}

/**
 * {@link extractArticle} in slices: between stages it waits for `pause` (by default
 * {@link yieldToPage}), so a very large page stays responsive while it is read (the page gets its
 * input and rendering in between). The same stages, the same result.
 */
export async function extractArticleSliced(
  page: Document,
  opts: ExtractOptions,
  pause: () => Promise<void> = yieldToPage,
): Promise<ExtractResult> {
  return withPublished<ExtractResult>(await extractUndatedSliced(page, opts, pause));
}

/** {@link extractArticleSliced} without parsing the published date (see {@link extractUndated}). */
export async function extractUndatedSliced(
  page: Document,
  opts: ExtractOptions,
  pause: () => Promise<void> = yieldToPage,
): Promise<UndatedResult> {
  const steps = extractSteps(page, opts);
  const clock = opts.onStage && stageClock(opts.onStage);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    clock?.lap(step.value);
    await pause();
    clock?.restart();
  }
}

/** A result whose article's published date is still to be parsed from `dates` ({@link extractUndated}). */
export type UndatedResult = ExtractResult & { dates?: DateCandidates };

/** A page with more elements than this is read in slices (extractArticleSliced) behind a "preparing" state. */
export const LARGE_PAGE_ELEMENTS = 20_000;
/** ...or with more characters of text than this. */
export const LARGE_PAGE_CHARS = 1_000_000;

/** Whether a page is big enough that reading it at once would freeze its tab for a noticeable time. */
export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS || (doc.body?.textContent?.length ?? 0) > LARGE_PAGE_CHARS;
}

/**
 * Gives the page's event loop a turn: a macrotask, after which the browser may render and run the
 * page's own tasks. Not `scheduler.yield()`: its continuation goes ahead of them, and in Chromium
 * the page rendered no frame between the stages of a 10 MB page (tests/e2e/big-page.e2e.test.ts).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The pipeline, stage by stage: it yields each stage's name as the stage ends (the drivers above
 * time the stages and pause between them). The page's elements are read once, at the start; a
 * sliced run that lets page scripts change the page meanwhile still copies from the page as it is
 * at the copy stage (removed elements are simply not there to copy).
 */
function* extractSteps(page: Document, opts: ExtractOptions): Generator<ExtractStage, UndatedResult, void> {
  // One walk over the page, shared by every reader below.
  const els = allElements(page.body);
  yield 'walk';
  const { lang, dir } = captureLangDir(page, opts.getComputedDirection, els);
  yield 'direction';

  const pm = readPageMeta(page);
  const { title: headline, siteFromTitle } = findTitle(page, pm, meta(pm, 'og:site_name'));
  const siteName = findSiteName(page, pm, siteFromTitle);
  const dates = dateCandidates(page, pm, opts.url, primaryLang(lang) !== 'en', els);
  const leadImage = findLeadImage(page, opts.url, pm);
  const dek = findDek(page, meta(pm, 'og:description', 'description', 'twitter:description'));
  const byline = locateByline(page, pm, siteName, null, els, headline);
  yield 'metadata';
  const found = findEmbeds(page, opts.url, lang, els);
  // Read before cleaning: a listing's excerpts, whose headline links cleaning may remove. A live
  // page is never changed, so there they are read only if the verdict needs them (most stories
  // are decided without them); a throwaway page may be cleaned in place, so it is read now.
  const claims = readPageClaims(page, pm, opts.url);
  // Any listing claim reads long teasers: a blog's main index at `/blog/` claims it only by
  // og:type website and its section-shaped URL (Movable Type's main index).
  const listing = claims.claim === 'listing';
  const readExcerpts = () => (page.body ? teaserExcerpts(page.body, opts.url, listing, claims.linkBase ?? opts.url) : new Set<string>());
  const excerpts = opts.mutate ? readExcerpts() : readExcerpts;
  const embeds = found.map((f) => f.embed);
  yield 'embeds';

  // Plan the page-wide removals on the page itself, then copy only what is kept.
  const disabled = new Set(opts.disabledRules ?? []);
  const rules = disabled.size > 0 ? RULES.filter((r) => !disabled.has(r.id)) : RULES;
  const ctx: RuleContext = { doc: page, lang, dir, title: headline, url: opts.url, disabled };
  const userRules = opts.userRules?.length ? rulesForPage(opts.userRules, ctx) : [];
  const protect = new Set(found.map((f) => f.el));
  const planned = page.body ? markRules(rules, page.body, ctx, protect) : { drop: new Set<Element>(), removed: [], focus: null };
  // Origin ids come from the working copy only: what the live page's elements carry is the page's.
  for (const r of planned.removed) delete r.origin;
  // Each page element's index in the walk: the working copy's elements carry it (ORIGIN_ATTR).
  let origin: Map<Element, number> | null = null;
  const originOf = (el: Element): number | undefined => (origin ??= indexMap(els)).get(el);
  const region = page.body && userRules.length > 0 ? findRegion(page.body, userRules, originOf) : null;
  if (region) {
    planned.focus = region.region;
    planned.removed.push(...region.removed);
  }
  const line = byline && bylineLine(byline);
  if (line && !protect.has(line)) planned.drop.add(line);
  const replace = new Map(found.map(({ el, embed }, i) => [el, (d: Document) => embedPlaceholder(d, embed, i, lang)] as const));
  const author = byline ? [{ name: 'author', content: byline.name }] : [];
  yield 'plan';
  // A throwaway page with little to remove is cleaned in place; otherwise (and always for a live
  // page) the kept part is copied, which costs what is kept instead of what is removed.
  const doc =
    opts.mutate && !planned.focus && removedNodes(planned.drop) < els.length / 3
      ? cleanInPlace(page, planned.drop, replace, author, els)
      : slimCopy(page, planned.drop, replace, author, planned.focus, (origin ??= indexMap(els)));
  yield 'copy';

  const slimCtx: RuleContext = { ...ctx, doc };
  const pre = rules.filter((r) => !r.mark);
  const removed = [
    ...planned.removed,
    ...runRules(userRules.length > 0 ? [userRulesRule(userRules), ...pre] : pre, 'pre', doc.body, slimCtx),
  ];
  // A photo story's captions are its text: Readability must count them as paragraphs.
  if (doc.body) galleryIntoStory(doc.body, informativeCaptions(doc.body));
  // Layout class words ("media-body", "overflow-hidden") must not make Readability drop story blocks.
  if (doc.body) dropLayoutClasses(doc.body);
  // A fact box printed as an <aside> between the story's paragraphs: Readability drops every aside.
  if (doc.body) storyAsidesAsBlocks(doc.body);
  yield 'pre';

  const parsed = new Readability<Element>(doc, { keepClasses: true, disableJSONLD: true, serializer: (el) => el as Element }).parse();
  yield 'readability';
  const title = headline || (parsed?.title ?? '').trim();
  // A region the reader chose is the story even where Readability finds nothing in it.
  const holder = parsed?.content ?? (region ? doc.body : null);
  if (!holder) return { ok: false, reason: 'no-content', lang, dir, title };

  removed.push(...runRules(rules, 'post', holder, { ...slimCtx, title }));
  restoreDek(holder, dek);
  yield 'post';
  // Sanitized after the last transformation, in place: parsed once, serialized once.
  sanitizeInPlace(holder, opts.win, opts.url);
  yield 'sanitize';
  const contentHtml = holder.innerHTML;
  const text = htmlToText(holder);
  yield 'text';
  // What validation would refuse is not shown either: the reader and Save give the same answer.
  if (contentHtml.length > MAX_ARTICLE_CHARS || text.length > MAX_ARTICLE_CHARS)
    return { ok: false, reason: 'too-large', lang, dir, title };
  // Too little story, or a page of many stories (home, section, tag, search): the reader says so.
  // Not for a region the reader chose: the reader has said this is the story.
  const { verdict } = region ? { verdict: 'article' as const } : judgePage(holder, text, MIN_ARTICLE_CHARS, claims, opts.url, excerpts);
  if (verdict !== 'article' && (embeds.length === 0 || verdict === 'not-a-story')) {
    return { ok: false, reason: verdict, lang, dir, title };
  }

  const article: Article = {
    url: opts.url,
    title,
    byline: byline?.name ?? acceptByline(plain(parsed?.byline), siteName),
    siteName: plain(siteName ?? parsed?.siteName),
    lang,
    dir,
    publishedTime: null,
    excerpt: plain(dek ?? parsed?.excerpt),
    leadImage,
    contentHtml,
    text,
    embeds,
    removed,
  };
  return { ok: true, article, dates };
}

/** Each element's index in `els` (a loop: no pair array per element of the page). */
function indexMap(els: readonly Element[]): Map<Element, number> {
  const m = new Map<Element, number>();
  for (let i = 0; i < els.length; i++) m.set(els[i]!, i);
  return m;
}

/** Metadata comes back from Readability with markup intact: keep it as plain text. */
function plain(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t || null;
}
