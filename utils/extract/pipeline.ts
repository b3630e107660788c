import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult } from '../types';
import { captureLangDir } from './direction';
import { findLeadImage, findPublishedTime, findSiteName, findTitle, meta, readPageMeta } from './metadata';
import { acceptByline, findByline } from './byline';
import { findDek, restoreDek } from './dek';
import { isArticle } from './verdict';
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

/** Fewer letters of story than this after cleaning: not an article (home, search, tag pages). */
export const MIN_ARTICLE_CHARS = 250;

/**
 * page Document -> lang/dir (before Readability) -> metadata -> embeds rescued -> pre rules
 * (prune what the rules recognise, so Readability scores a smaller page) -> Readability -> post
 * rules -> sanitized Article. One clone of the page, parsed once; Readability's output is
 * parsed into the clone's document once and sanitized after the last transformation.
 */
export function extractArticle(page: Document, opts: ExtractOptions): ExtractResult {
  const { lang, dir } = captureLangDir(page, opts.getComputedDirection);
  const doc = opts.mutate ? page : (page.cloneNode(true) as Document);

  // A hostile <base href="javascript:..."> would turn every relative link into a script.
  for (const base of [...doc.getElementsByTagName('base')]) base.remove();

  const pm = readPageMeta(doc);
  const { title: headline, siteFromTitle } = findTitle(doc, pm, meta(pm, 'og:site_name'));
  const siteName = findSiteName(doc, pm, siteFromTitle);
  const publishedTime = findPublishedTime(doc, pm, opts.url, !lang.startsWith('en'));
  const leadImage = findLeadImage(doc, opts.url, pm);
  const dek = findDek(doc);
  const ctx: RuleContext = { doc, lang, dir, title: headline, url: opts.url };

  const embeds = rescueEmbeds(doc, opts.url, lang);
  const removed = doc.body ? runRules(RULES, 'pre', doc.body, ctx) : [];
  // Before Readability, which takes the byline node out of the page.
  const pageByline = findByline(doc, pm, siteName, null);

  const parsed = new Readability(doc, { keepClasses: true }).parse();
  const title = headline || (parsed?.title ?? '').trim();
  if (!parsed?.content) return { ok: false, reason: 'no-content', lang, dir, title };

  const holder = doc.createElement('div');
  holder.innerHTML = parsed.content;
  removed.push(...runRules(RULES, 'post', holder, { ...ctx, title }));
  restoreDek(holder, dek);
  const contentHtml = sanitizeHtml(holder.innerHTML, opts.win, opts.url);
  holder.innerHTML = contentHtml;
  const text = htmlToText(holder);
  if (!isArticle(holder, text, MIN_ARTICLE_CHARS) && embeds.length === 0) {
    return { ok: false, reason: 'too-short', lang, dir, title };
  }

  const article: Article = {
    url: opts.url,
    title,
    byline: pageByline ?? acceptByline(plain(parsed.byline), siteName),
    siteName: plain(siteName ?? parsed.siteName),
    lang,
    dir,
    publishedTime: publishedTime ?? null,
    excerpt: plain(dek ?? parsed.excerpt),
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
