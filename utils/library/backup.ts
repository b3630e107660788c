/**
 * Whole-library backup: one JSON file with every article and its images as base64, and import
 * with merge (no duplicates by URL, newer `updatedAt` wins). A file is validated completely
 * before anything is written, and the merge runs in one transaction: a broken or foreign file
 * changes nothing.
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

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: ArticleWire[];
}

/** Why a file was refused; the library page words each reason for the user. */
export type BackupError = 'not-json' | 'foreign' | 'newer-version' | 'broken-article' | 'broken-image';

export type ParsedBackup = { ok: true; articles: ArticleWire[] } | { ok: false; error: BackupError; detail?: string };

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/** Every live article with its images, ready to JSON.stringify into one file. */
export async function exportLibrary(db: LibraryDb, now = new Date()): Promise<BackupFile> {
  const rows = (await db.articles.orderBy('savedAt').toArray()).filter((r) => r.deletedAt === null);
  const articles: ArticleWire[] = [];
  for (const row of rows) {
    const images = await db.images.where('articleId').equals(row.id!).toArray();
    const { id: _id, ...wire } = await wireOf(row as StoredArticle & { id: number }, images);
    articles.push(wire);
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles };
}

/** Parses and validates a backup file's text; never throws. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  return validateBackup(raw);
}

/** Validates a parsed backup object (also what the background re-checks on `library-import`). */
export function validateBackup(raw: unknown): ParsedBackup {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, error: 'foreign' };
  const file = raw as Partial<BackupFile>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return { ok: false, error: 'foreign' };
  if (file.version > BACKUP_VERSION) return { ok: false, error: 'newer-version' };
  if (!Array.isArray(file.articles)) return { ok: false, error: 'foreign' };
  const articles: ArticleWire[] = [];
  for (const [i, a] of file.articles.entries()) {
    // Images first, for a precise message: every byte is checked before the import transaction.
    const images = (a as { images?: unknown } | null)?.images;
    if (Array.isArray(images) && images.some((im: { data?: unknown; type?: unknown } | null) => !validImageData(im?.data, im?.type))) {
      return { ok: false, error: 'broken-image', detail: `#${i + 1}` };
    }
    const ok = validateArticleWire(a);
    if (!ok) return { ok: false, error: 'broken-article', detail: `#${i + 1}` };
    articles.push(ok);
  }
  return { ok: true, articles };
}

/** Merges validated articles into the library in one transaction. Duplicates inside the file: the newer wins. */
export async function importArticles(db: LibraryDb, incoming: ArticleWire[]): Promise<ImportReport> {
  const byUrl = new Map<string, ArticleWire>();
  let skipped = 0;
  for (const a of incoming) {
    const prev = byUrl.get(a.url);
    if (prev) skipped++;
    if (!prev || a.updatedAt > prev.updatedAt) byUrl.set(a.url, a);
  }
  const report: ImportReport = { added: 0, updated: 0, skipped };
  await db.transaction('rw', db.articles, db.images, async () => {
    for (const a of byUrl.values()) {
      const existing = await db.articles.where('url').equals(a.url).first();
      if (existing && existing.deletedAt === null && existing.updatedAt >= a.updatedAt) {
        report.skipped++;
        continue;
      }
      const { images, ...fields } = a;
      const blobs = images.map((i) => ({ url: i.url, blob: base64ToBlob(i.data, i.type) }));
      const bytes = rowBytes(a.article, a.translations) + blobs.reduce((s, b) => s + b.blob.size, 0);
      const row: StoredArticle = {
        ...fields,
        deletedAt: null,
        bytes,
        imageCount: blobs.length,
        readingMinutes: readingMinutes(a.article.text, a.article.lang),
      };
      let id: number;
      if (existing?.id !== undefined) {
        id = existing.id;
        await db.articles.put({ ...row, id });
        await db.images.where('articleId').equals(id).delete();
        report.updated++;
      } else {
        id = (await db.articles.add(row)) as number;
        report.added++;
      }
      await db.images.bulkAdd(blobs.map((b): StoredImage => ({ articleId: id, ...b })));
    }
  });
  return report;
}
