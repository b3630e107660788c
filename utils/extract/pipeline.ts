import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult } from '../types';
import { captureLangDir } from './direction';
import { cleanTitle, findLeadImage, findPublishedTime, findSiteName } from './metadata';
import { rescueEmbeds } from '../embeds/rescue';
import { RULES, runRules, type RuleContext } from '../clean';
import { sanitizeHtml } from '../sanitize/sanitize';
import { htmlToText } from '../text/html-text';

export interface ExtractOptions {
  /** The page's URL: resolves relative links and images (a page's `<base href>` is not trusted). */
  url: string | null;
  /** The window whose DOM implementation sanitizes (the live page's, or jsdom's in Node). */
  win: Window;
  /** Work on `doc` itself instead of a clone (the CLI's throwaway documents). */
  mutate?: boolean;
  /** The live page's computed `direction` of an element (the content script passes it). */
  getComputedDirection?: (el: Element) => string | null;
}

/** Fewer characters of story than this after cleaning: not an article (home, search, tag pages). */
export const MIN_ARTICLE_CHARS = 250;

/**
 * page Document -> lang/dir (before Readability) -> embeds rescued -> pre rules -> Readability
 * -> post rules -> sanitized Article. One clone of the page, parsed once.
 */
export function extractArticle(page: Document, opts: ExtractOptions): ExtractResult {
  const { lang, dir } = captureLangDir(page, opts.getComputedDirection);
  const doc = opts.mutate ? page : (page.cloneNode(true) as Document);

  // A hostile <base href="javascript:..."> would turn every relative link into a script.
  for (const base of doc.querySelectorAll('base')) base.remove();

  const siteName = findSiteName(doc);
  const publishedTime = findPublishedTime(doc);
  const leadImage = findLeadImage(doc, opts.url);
  const rawTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '';
  const ctx: RuleContext = { doc, lang, dir, title: cleanTitle(rawTitle, siteName), url: opts.url };

  const embeds = rescueEmbeds(doc, opts.url, lang);
  const removed = doc.body ? runRules(RULES, 'pre', doc.body, ctx) : [];

  const parsed = new Readability(doc, { keepClasses: true, charThreshold: 300 }).parse();
  const title = cleanTitle(parsed?.title || rawTitle, siteName || parsed?.siteName || null) || ctx.title;
  if (!parsed?.content) return { ok: false, reason: 'no-content', lang, dir, title };

  // Readability's output is unsanitized: it is only parsed into the inert clone, cleaned, then
  // sanitized once, after the last transformation.
  const holder = doc.createElement('div');
  holder.innerHTML = parsed.content;
  removed.push(...runRules(RULES, 'post', holder, { ...ctx, title }));
  const contentHtml = sanitizeHtml(holder.innerHTML, opts.win, opts.url);
  holder.innerHTML = contentHtml;
  const text = htmlToText(holder);
  if (text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS && embeds.length === 0) {
    return { ok: false, reason: 'too-short', lang, dir, title };
  }

  const article: Article = {
    url: opts.url,
    title,
    byline: plain(parsed.byline),
    siteName: plain(siteName ?? parsed.siteName),
    lang,
    dir,
    publishedTime: publishedTime ?? null,
    excerpt: plain(parsed.excerpt),
    leadImage,
    contentHtml,
    text,
    embeds,
    removed,
  };
  return { ok: true, article };
}

/** Metadata comes back from Readability with markup intact: keep it as plain text. */
function plain(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return t || null;
}
