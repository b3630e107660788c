/**
 * The library's operations on the database: save (insert or update by URL), list, read one,
 * mark read, tag, delete with undo, usage. Pure over a `LibraryDb` so they run on fake-indexeddb.
 */
import type { Article } from '../types';
import type { LibraryDb } from './db';
import { blobToBase64 } from './codec';
import { readingMinutes } from '../reading-time';
import type { ArticleWire, ImageWire, LibraryEntry, StoredArticle, StoredImage, StoredTranslation } from './types';

/** How long a deleted article can be brought back with Undo. */
export const UNDO_WINDOW_MS = 60_000;

export interface SaveInput {
  article: Article;
  images: { url: string; blob: Blob }[];
  tags?: string[];
  translations?: Record<string, StoredTranslation>;
}

/** Approximate bytes of a row: UTF-16 code units take two bytes each in IndexedDB's serialisation. */
export function rowBytes(article: Article, translations: Record<string, StoredTranslation>): number {
  return 2 * JSON.stringify(article).length + 2 * JSON.stringify(translations).length;
}

/** Saves an article; the same URL again updates the row (keeping its tags, read state and first-save date). */
export async function upsertArticle(db: LibraryDb, input: SaveInput, now = Date.now()): Promise<{ id: number; created: boolean }> {
  const url = input.article.url;
  if (!url) throw new Error('an article without a URL cannot be saved');
  return db.transaction('rw', db.articles, db.images, async () => {
    const existing = await db.articles.where('url').equals(url).first();
    const translations = { ...existing?.translations, ...input.translations };
    const imageBytes = input.images.reduce((sum, i) => sum + i.blob.size, 0);
    const row: StoredArticle = {
      url,
      site: new URL(url).hostname,
      article: input.article,
      translations,
      tags: input.tags ?? existing?.tags ?? [],
      savedAt: existing && existing.deletedAt === null ? existing.savedAt : now,
      updatedAt: now,
      readAt: existing?.deletedAt === null ? existing.readAt : null,
      // Saving the page again keeps where the reader stopped in it.
      readPosition: existing?.deletedAt === null ? (existing.readPosition ?? 0) : 0,
      deletedAt: null,
      bytes: rowBytes(input.article, translations) + imageBytes,
      imageCount: input.images.length,
      readingMinutes: readingMinutes(input.article.text, input.article.lang),
    };
    let id: number;
    if (existing?.id !== undefined) {
      id = existing.id;
      await db.articles.put({ ...row, id });
    } else id = (await db.articles.add(row)) as number;
    await db.images.where('articleId').equals(id).delete();
    await db.images.bulkAdd(input.images.map((i): StoredImage => ({ articleId: id, url: i.url, blob: i.blob })));
    return { id, created: !existing };
  });
}

export { toEntry } from './entry';

/** Every live (not deleted) article, newest save first. */
export async function listEntries(db: LibraryDb): Promise<LibraryEntry[]> {
  // The light `entries` copy: no article bodies are read (db.ts keeps it in step with `articles`).
  const rows = await db.entries.orderBy('savedAt').reverse().toArray();
  // Entries written before reading positions existed have none: not started.
  return rows
    .filter((r) => r.deletedAt === null)
    .map(({ deletedAt: _deleted, ...entry }) => ({ ...entry, readPosition: entry.readPosition ?? 0 }));
}

/** One live article with its images as base64, or null. */
export async function getArticleWire(db: LibraryDb, id: number): Promise<(ArticleWire & { id: number }) | null> {
  const row = await db.articles.get(id);
  if (!row || row.deletedAt !== null) return null;
  const images = await db.images.where('articleId').equals(id).toArray();
  return wireOf(row as StoredArticle & { id: number }, images);
}

/** A row and its images in wire form. */
export async function wireOf(row: StoredArticle & { id: number }, images: StoredImage[]): Promise<ArticleWire & { id: number }> {
  const { deletedAt: _deleted, ...rest } = row;
  return {
    ...rest,
    images: await Promise.all(images.map(async (i) => ({ url: i.url, type: i.blob.type, data: await blobToBase64(i.blob) }))),
  };
}

/** The card image of an article: its lead image when stored, else its first image. */
export async function coverImage(db: LibraryDb, id: number): Promise<ImageWire | null> {
  const row = await db.articles.get(id);
  if (!row || row.deletedAt !== null || row.imageCount === 0) return null;
  const images = await db.images.where('articleId').equals(id).toArray();
  const pick = images.find((i) => i.url === row.article.leadImage) ?? images[0];
  return pick ? { url: pick.url, type: pick.blob.type, data: await blobToBase64(pick.blob) } : null;
}

/** Marks an article read (now) or unread. */
export async function setRead(db: LibraryDb, id: number, read: boolean, now = Date.now()): Promise<boolean> {
  return (await db.articles.update(id, { readAt: read ? now : null, updatedAt: now })) === 1;
}

/**
 * Records where the reader stopped (0..1, already cleaned). Not an edit: `updatedAt` stays, so a
 * backup's merge (newer `updatedAt` wins) is not decided by scrolling.
 */
export async function setReadPosition(db: LibraryDb, id: number, position: number): Promise<boolean> {
  return (await db.articles.update(id, { readPosition: position })) === 1;
}

/**
 * Records where the reader is in the saved article of `url` (the reader overlay on that page), like
 * {@link setReadPosition}; false when no article of that URL is in the library (deleted ones included).
 */
export async function setReadPositionOfUrl(db: LibraryDb, url: string, position: number): Promise<boolean> {
  const row = await db.articles.where('url').equals(url).first();
  if (!row || row.id === undefined || row.deletedAt !== null) return false;
  return setReadPosition(db, row.id, position);
}

/** Replaces an article's tags (already cleaned by the caller). */
export async function setTags(db: LibraryDb, id: number, tags: string[], now = Date.now()): Promise<boolean> {
  return (await db.articles.update(id, { tags, updatedAt: now })) === 1;
}

/** Deletes an article so that Undo can restore it within UNDO_WINDOW_MS. */
export async function softDelete(db: LibraryDb, id: number, now = Date.now()): Promise<boolean> {
  return (await db.articles.update(id, { deletedAt: now })) === 1;
}

/** Brings back a deleted article. */
export async function undoDelete(db: LibraryDb, id: number): Promise<boolean> {
  return (await db.articles.update(id, { deletedAt: null })) === 1;
}

/** Removes for good the articles (and images) deleted longer than the undo window ago. */
export async function purgeDeleted(db: LibraryDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.articles, db.images, async () => {
    const ids = (await db.articles
      .where('deletedAt')
      .below(now - UNDO_WINDOW_MS)
      .primaryKeys()) as number[];
    await db.images.where('articleId').anyOf(ids).delete();
    await db.articles.bulkDelete(ids);
    return ids.length;
  });
}

/** Article count and bytes used by live articles. */
export async function usage(db: LibraryDb): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  await db.entries.each((r) => {
    if (r.deletedAt !== null) return;
    count++;
    bytes += r.bytes;
  });
  return { count, bytes };
}
