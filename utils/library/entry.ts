/** The list's view of a stored article, and the row the `entries` table keeps of it (./db.ts). */
import type { LibraryEntry, StoredArticle, StoredEntry } from './types';

/** The list's view of a row. */
export function toEntry(r: StoredArticle & { id: number }): LibraryEntry {
  const a = r.article;
  return {
    id: r.id,
    url: r.url,
    site: r.site,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedTime,
    excerpt: a.excerpt,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    readAt: r.readAt,
    tags: r.tags,
    bytes: r.bytes,
    readingMinutes: r.readingMinutes,
    imageCount: r.imageCount,
    readPosition: r.readPosition ?? 0,
  };
}

/** The `entries` row of an `articles` row: its list fields, whether it is deleted, and a new revision. */
export function entryRowOf(r: StoredArticle & { id: number }, rev = newRev()): StoredEntry {
  return { ...toEntry(r), deletedAt: r.deletedAt, rev };
}

/** A revision stamp unique in practice (time plus randomness): two writes never share one. */
export function newRev(): string {
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 12)}`;
}
