/** The data that flows through Saaf: page -> extract -> clean -> embeds -> render / save / export. */

export type Direction = 'ltr' | 'rtl';

export type EmbedKind = 'tweet' | 'instagram' | 'facebook' | 'youtube' | 'telegram' | 'quote';

/** A post or quote found in the page before Readability could destroy it. */
export interface Embed {
  kind: EmbedKind;
  /** BCP 47 language of the embedded text, or null when unknown. */
  lang: string | null;
  text: string;
  author: string | null;
  handle: string | null;
  url: string | null;
  /** The date as the page shows it (tweets print "September 27, 2023"). */
  date: string | null;
}

/** One thing the cleaner took out, for the CLI's `removed` list and the quality bench. */
export interface Removal {
  rule: string;
  text: string;
  /**
   * Origin ids (`ORIGIN_ATTR`) of the removed elements, when known: page order for the reader's
   * "what Saaf removed" panel. Not stored in the library.
   */
  origin?: number[];
}

/** A cleaned, sanitized article. `contentHtml` is safe to insert after a second sanitize. */
export interface Article {
  url: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag, validated. */
  lang: string;
  dir: Direction;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) or null. */
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  contentHtml: string;
  /** Plain text of title-less body, whitespace collapsed per paragraph. */
  text: string;
  embeds: Embed[];
  removed: Removal[];
}

/**
 * Attribute that marks where an embed stood in `contentHtml` (its value: the index in `embeds`);
 * the reader and the exports swap it for a card.
 */
export const EMBED_ATTR = 'data-saaf-embed';

/**
 * Attribute that ties an element of `contentHtml` to the page element it was copied from (its
 * value: the element's index in `allElements(page.body)`, digits only), so the reader can map a
 * block back to the live page. Set on the working copy only, never on the live page; stripped
 * before an article is stored or exported (`stripOrigins`).
 */
export const ORIGIN_ATTR = 'data-saaf-origin';

/** Why a page produced no article. */
/**
 * `not-a-story`: a page of many stories (home, section, tag or search page) by its claims and teasers.
 * `too-large`: a story over MAX_ARTICLE_CHARS (utils/article-limit.ts), which could not be saved.
 */
export type NoArticleReason = 'no-content' | 'too-short' | 'not-a-story' | 'too-large';

export type ExtractResult =
  { ok: true; article: Article } | { ok: false; reason: NoArticleReason; lang: string; dir: Direction; title: string };
