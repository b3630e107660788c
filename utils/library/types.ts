/**
 * The library's records. `StoredArticle` is what IndexedDB holds (schema in ./db.ts); the
 * `*Wire` types are what crosses `runtime.sendMessage` and backup files, where Blobs cannot go
 * (Chrome serialises messages as JSON), so image bytes travel as base64.
 */
import type { Article } from '../types';
import type { Segment } from './snippet';

/**
 * A translation made in the reader and kept with the saved article, beside the original (which is
 * never replaced). Keyed by what it translates: `embed:<index in article.embeds>` or
 * `quote:<n>` (the n-th foreign-language quote of the body); see ./translations.ts.
 */
export interface StoredTranslation {
  text: string;
  /** The service id (`libretranslate`, `browser`, …). */
  service: string;
  target: string;
  /** The language translated from; absent in records written before it was stored. */
  source?: string;
  /** The service's name as the note under the translation shows it. */
  label?: string;
  /** The text that was translated: a translation is shown only beside this same text. */
  original?: string;
}

/** One saved article (an `articles` row). Metadata is copied out of `article` for indexes and lists. */
export interface StoredArticle {
  /** Auto-increment key; absent before the first insert. */
  id?: number;
  /** The page URL: unique, so saving the same page again updates this row. */
  url: string;
  /** Host name of `url`, for the site filter. */
  site: string;
  /** The cleaned, sanitized article as the pipeline produced it. */
  article: Article;
  translations: Record<string, StoredTranslation>;
  tags: string[];
  /** Epoch ms of the first save (the list's "newest first" order). */
  savedAt: number;
  /** Epoch ms of the last save or edit (backup merge: newer wins). */
  updatedAt: number;
  /** Epoch ms when marked read, or null when unread. */
  readAt: number | null;
  /** Epoch ms of a delete that can still be undone; the row is purged after the undo window. */
  deletedAt: number | null;
  /** Approximate bytes used by this row and its images (the "storage used" figure). */
  bytes: number;
  imageCount: number;
  /** Minutes to read, computed at save (utils/reading-time.ts). Since schema v2. */
  readingMinutes: number;
  /**
   * Where the reader stopped: the share of the article scrolled, 0..1 (./reading-position.ts).
   * Absent in rows and backups written before it existed, which means 0 (not started).
   */
  readPosition?: number;
}

/** An image of a saved article (an `images` row): the bytes the article's `<img src>` pointed at. */
export interface StoredImage {
  id?: number;
  articleId: number;
  /** Absolute http(s) URL as it appears in the sanitized `contentHtml` (or the lead image). */
  url: string;
  blob: Blob;
}

/** An image over the wire / in a backup file. */
export interface ImageWire {
  url: string;
  type: string;
  /** Base64 of the bytes. */
  data: string;
}

/** A whole saved article over the wire / in a backup file (no database ids). */
export interface ArticleWire extends Omit<StoredArticle, 'id' | 'deletedAt'> {
  images: ImageWire[];
}

/** What the list shows for one article: no body text, no image bytes. */
export interface LibraryEntry {
  id: number;
  url: string;
  site: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  publishedTime: string | null;
  excerpt: string | null;
  savedAt: number;
  updatedAt: number;
  readAt: number | null;
  tags: string[];
  bytes: number;
  readingMinutes: number;
  imageCount: number;
  /** Where the reader stopped, 0..1 (0 when never scrolled): the card's progress. */
  readPosition: number;
}

/**
 * An `entries` row (schema v3): a light copy of an article's list fields kept by the database
 * itself beside every `articles` row (./db.ts), so that listing never reads article bodies.
 */
export interface StoredEntry extends LibraryEntry {
  deletedAt: number | null;
  /** A new random value at every write of the article's row: what a saved search index compares. */
  rev: string;
}

/**
 * The saved search index (the `searchIndex` table's one row, schema v3): MiniSearch's JSON, the
 * format it was written in, and the `rev` of each article it indexed, so the background loads it
 * instead of rebuilding and indexes again only what changed since (./search-cache.ts).
 */
export interface StoredSearchIndex {
  id: 'main';
  format: number;
  json: string;
  docs: [id: number, rev: string][];
}

/** One search hit as the library page gets it: the entry, its rank, highlighted title and snippet. */
export interface SearchResultWire {
  entry: LibraryEntry;
  score: number;
  title: Segment[];
  snippet: Segment[];
}

/** How far an index being built has got: articles indexed so far, of how many. */
export interface IndexProgress {
  indexed: number;
  total: number;
}
