/**
 * The library's IndexedDB schema (Dexie). Opened in one place, the background
 * (entrypoints/background/library-service.ts); tests open it on fake-indexeddb.
 *
 * Versions are append-only: a new version adds a `SCHEMA` entry and, when the shape of rows
 * changes, an upgrade function, plus a test that upgrades a fixture of the previous shape
 * (db.test.ts). Never edit a shipped version.
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type EntityTable, type Middleware, type Transaction } from 'dexie';
import { readingMinutes } from '../reading-time';
import { entryRowOf } from './entry';
import type { StoredArticle, StoredEntry, StoredImage, StoredSearchIndex } from './types';

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
  {
    // v3: `entries`, a light copy of every article's list fields (no body), so the library page
    // lists 5,000 articles without reading their text. The database keeps it in step with
    // `articles` by itself (entriesMirror below): no write path has to remember it. And
    // `searchIndex`, the search index saved so that it is built once (./search-cache.ts).
    stores: {
      articles: '++id, &url, savedAt, updatedAt, site, article.lang, *tags, deletedAt',
      images: '++id, articleId',
      entries: 'id, savedAt',
      searchIndex: 'id',
    },
    upgrade: async (tx) => {
      const entries: StoredEntry[] = [];
      await tx
        .table('articles')
        .toCollection()
        .each((row: StoredArticle & { id: number }) => void entries.push(entryRowOf(row)));
      await tx.table('entries').bulkPut(entries);
    },
  },
];

export const DB_VERSION = SCHEMA.length;

// Not a version: `readPosition` (where the reader stopped) was added to article rows and entries
// without one. It is not indexed, and a row without it means 0 (`toEntry`, `listEntries`), so no
// upgrade has to rewrite every article to add it.

/** The typed database. */
export type LibraryDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  images: EntityTable<StoredImage, 'id'>;
  /** Read-only for the code: written by entriesMirror whenever `articles` is. */
  entries: EntityTable<StoredEntry, 'id'>;
  searchIndex: EntityTable<StoredSearchIndex, 'id'>;
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
  db.use(entriesMirror);
  return db;
}

/**
 * Keeps `entries` in step with `articles` at the lowest level Dexie has (DBCore), in the same
 * transaction: every add, put, update, modify, delete and clear of `articles` writes or deletes
 * the same keys in `entries`, whichever code path made it (saves, read state, tags, deletes and
 * undo, purges, imports, upgrades). A read-write transaction over `articles` is widened to
 * `entries`. Upgrades before v3 (when `entries` does not exist yet) are left alone; v3's upgrade
 * fills it.
 */
const entriesMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'saaf-entries-mirror',
  create: (down) => {
    const hasEntries = down.schema.tables.some((t) => t.name === 'entries');
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          hasEntries && mode === 'readwrite' && stores.includes('articles') && !stores.includes('entries')
            ? [...stores, 'entries']
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== 'articles' || !hasEntries) return table;
        const entries = down.table('entries');
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            const res = await table.mutate(req);
            const trans = req.trans as unknown as IDBTransaction;
            // An upgrade's transaction before v3 has no `entries` store.
            if (!trans.objectStoreNames?.contains('entries')) return res;
            if (req.type === 'add' || req.type === 'put') {
              const values = req.values.flatMap((v: StoredArticle, i) =>
                res.failures[i] ? [] : [entryRowOf({ ...v, id: (res.results?.[i] ?? req.keys?.[i] ?? v.id) as number })],
              );
              if (values.length) await entries.mutate({ type: 'put', trans: req.trans, values });
            } else if (req.type === 'delete') await entries.mutate({ type: 'delete', trans: req.trans, keys: req.keys });
            else await entries.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
            return res;
          },
        };
      },
    };
  },
};
