/**
 * Whole-library backup: one JSON file with every article and its images as base64, and import
 * with merge (no duplicates by URL, newer `updatedAt` wins). The file is written and read as a
 * stream (utils/library/backup-stream.ts), one article at a time, so its size has no limit but
 * the disk's. Every record is validated completely before anything is written: a broken or
 * foreign file changes nothing.
 */
import { readingMinutes } from '../reading-time';
import type { LibraryDb } from './db';
import { base64ToBlob } from './codec';
import { rowBytes, wireOf } from './store';
import type { ArticleWire, StoredArticle, StoredImage } from './types';
import { validateArticleWire, validImageData } from './validate';

/** Marks a file as a Saaf backup; anything else is "foreign". */
export const BACKUP_FORMAT = 'saaf-library-backup';
export const BACKUP_VERSION = 1;

/** The file's shape (written member by member, in this order). */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: ArticleWire[];
}

/** Why a file was refused; the library page words each reason for the user. */
export type BackupError = 'not-json' | 'foreign' | 'newer-version' | 'broken-article' | 'broken-image';

export const BACKUP_ERRORS: readonly BackupError[] = ['not-json', 'foreign', 'newer-version', 'broken-article', 'broken-image'];

export type BackupRefusal = { ok: false; error: BackupError; detail?: string };

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/** The file's top-level members other than `articles`: why it is not a (readable) Saaf backup, or null. */
export function headerError(header: Record<string, unknown>, sawArticles: boolean): BackupError | null {
  if (header.format !== BACKUP_FORMAT) return 'foreign';
  const version = header.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'foreign';
  if (version > BACKUP_VERSION) return 'newer-version';
  return sawArticles ? null : 'foreign';
}

/**
 * Validates the `i`-th (0-based) article of a file. Images first, for a precise message: every
 * byte is checked before any import transaction (an invalid base64 image never reaches `atob`
 * inside one).
 */
export function checkRecord(a: unknown, i: number): ArticleWire | BackupRefusal {
  const images = (a as { images?: unknown } | null)?.images;
  if (Array.isArray(images) && images.some((im: { data?: unknown; type?: unknown } | null) => !validImageData(im?.data, im?.type)))
    return { ok: false, error: 'broken-image', detail: `#${i + 1}` };
  return validateArticleWire(a) ?? { ok: false, error: 'broken-article', detail: `#${i + 1}` };
}

/**
 * The backup file as a sequence of texts (their concatenation is the file): the header, each
 * live article, oldest save first, then the end. Articles are read one at a time; `progress`
 * hears how many of the rows have been written.
 */
export async function* backupTexts(
  db: LibraryDb,
  now = new Date(),
  progress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const ids = (await db.articles.orderBy('savedAt').primaryKeys()) as number[];
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() });
  yield `${head.slice(0, -1)},"articles":[`;
  let first = true;
  for (const [n, id] of ids.entries()) {
    const row = await db.articles.get(id);
    if (row && row.deletedAt === null) {
      const images = await db.images.where('articleId').equals(id).toArray();
      const { id: _id, ...wire } = await wireOf(row as StoredArticle & { id: number }, images);
      yield `${first ? '' : ','}\n${JSON.stringify(wire)}`;
      first = false;
    }
    progress?.(n + 1, ids.length);
  }
  yield '\n]}\n';
}

/** Every live article with its images in one object (small libraries and tests; the extension streams `backupTexts`). */
export async function exportLibrary(db: LibraryDb, now = new Date()): Promise<BackupFile> {
  const texts: string[] = [];
  for await (const t of backupTexts(db, now)) texts.push(t);
  return JSON.parse(texts.join('')) as BackupFile;
}

/** Merges validated articles into the library in one transaction. Duplicates inside the list: the newer wins. */
export async function importArticles(db: LibraryDb, incoming: ArticleWire[]): Promise<ImportReport> {
  const byUrl = new Map<string, ArticleWire>();
  let skipped = 0;
  for (const a of incoming) {
    const prev = byUrl.get(a.url);
    if (prev) skipped++;
    if (!prev || a.updatedAt > prev.updatedAt) byUrl.set(a.url, a);
  }
  const report: ImportReport = { added: 0, updated: 0, skipped };
  await importBatch(db, [...byUrl.values()], report);
  return report;
}

/**
 * Merges one batch of validated articles (distinct URLs) in one transaction, counting into
 * `report`: a URL not in the library is added, an older or deleted row is replaced, a row at
 * least as new is skipped. Images are decoded before the transaction starts.
 */
export async function importBatch(db: LibraryDb, batch: ArticleWire[], report: ImportReport): Promise<void> {
  const rows = batch.map((a) => {
    const { images, ...fields } = a;
    const blobs = images.map((i) => ({ url: i.url, blob: base64ToBlob(i.data, i.type) }));
    const row: StoredArticle = {
      ...fields,
      deletedAt: null,
      bytes: rowBytes(a.article, a.translations) + blobs.reduce((s, b) => s + b.blob.size, 0),
      imageCount: blobs.length,
      readingMinutes: readingMinutes(a.article.text, a.article.lang),
    };
    return { row, blobs };
  });
  const counts = { added: 0, updated: 0, skipped: 0 };
  await db.transaction('rw', db.articles, db.images, async () => {
    for (const { row, blobs } of rows) {
      const existing = await db.articles.where('url').equals(row.url).first();
      if (existing && existing.deletedAt === null && existing.updatedAt >= row.updatedAt) {
        counts.skipped++;
        continue;
      }
      let id: number;
      if (existing?.id !== undefined) {
        id = existing.id;
        await db.articles.put({ ...row, id });
        await db.images.where('articleId').equals(id).delete();
        counts.updated++;
      } else {
        id = (await db.articles.add(row)) as number;
        counts.added++;
      }
      await db.images.bulkAdd(blobs.map((b): StoredImage => ({ articleId: id, ...b })));
    }
  });
  // Counted once the transaction committed: a batch that failed adds nothing to the report.
  report.added += counts.added;
  report.updated += counts.updated;
  report.skipped += counts.skipped;
}
