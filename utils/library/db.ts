/**
 * The library's IndexedDB schema (Dexie). Opened in one place, the background
 * (entrypoints/background/library-service.ts); tests open it on fake-indexeddb.
 *
 * Versions are append-only: a new version adds a `SCHEMA` entry and, when the shape of rows
 * changes, an upgrade function, plus a test that upgrades a fixture of the previous shape
 * (db.test.ts). Never edit a shipped version.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { readingMinutes } from '../reading-time';
import type { StoredArticle, StoredImage } from './types';

export const DB_NAME = 'saaf-library';

interface Version {
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Schema history, oldest first. Index syntax: `++` auto key, `&` unique, `*` multi-entry. */
export const SCHEMA: readonly Version[] = [
  {
    // v1: articles keyed by an auto id, unique by URL; images in their own table so that listing
    // and searching never read image bytes.
    stores: {
      articles: '++id, &url, savedAt, updatedAt, site, article.lang, *tags, deletedAt',
      images: '++id, articleId',
    },
  },
  {
    // v2: reading time stored on the row (computed at save), so listing 5,000 articles does not
    // re-count every article's letters; v1 rows get it computed by the upgrade.
    stores: {
      articles: '++id, &url, savedAt, updatedAt, site, article.lang, *tags, deletedAt',
      images: '++id, articleId',
    },
    upgrade: async (tx) => {
      await tx
        .table('articles')
        .toCollection()
        .modify((row: StoredArticle) => {
          row.readingMinutes = readingMinutes(row.article.text, row.article.lang);
        });
    },
  },
];

export const DB_VERSION = SCHEMA.length;

/** The typed database. */
export type LibraryDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  images: EntityTable<StoredImage, 'id'>;
};

/** Dexie options for a non-default IndexedDB (fake-indexeddb in tests and benchmarks). */
export interface DbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Declares every schema version on a new Dexie instance (not yet opened). */
export function createLibraryDb(name: string = DB_NAME, deps: DbDeps = {}): LibraryDb {
  const db = new Dexie(name, deps) as LibraryDb;
  SCHEMA.forEach((v, i) => {
    const declared = db.version(i + 1).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  });
  return db;
}
