import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, SCHEMA, createLibraryDb } from './db';
import { base64ToBlob } from './codec';
import { getArticleWire, listEntries } from './store';
import { validateArticleWire } from './validate';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import { readingMinutes } from '../reading-time';

/** Frozen fixtures of every shipped version's rows; a new version must add its previous one here. */
const FIXTURES: Record<number, typeof v1> = { 1: v1, 2: v2 };

describe('library schema', () => {
  it('has a fixture for every shipped version', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(FIXTURES[v], `fixtures/v${v}.json`).toBeDefined();
  });

  it.each(Object.keys(FIXTURES).map(Number))('opens a database written at v%i with the current schema, rows intact', async (version) => {
    const fixture = FIXTURES[version]!;
    const idb = new IDBFactory();
    // Write the fixture with the schema exactly as it was at that version.
    const old = new Dexie('saaf-upgrade', { indexedDB: idb, IDBKeyRange });
    SCHEMA.slice(0, version).forEach((s, i) => old.version(i + 1).stores(s.stores));
    await old.open();
    await old.table('articles').bulkAdd(fixture.articles);
    await old.table('images').bulkAdd(fixture.images.map(({ type, data, ...rest }) => ({ ...rest, blob: base64ToBlob(data, type) })));
    old.close();

    const db = createLibraryDb('saaf-upgrade', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const entries = await listEntries(db);
    expect(entries.map((e) => e.url)).toEqual(fixture.articles.map((a) => a.url));
    const wire = await getArticleWire(db, entries[0]!.id);
    // A row read back after the upgrade is a valid current-shape article with its image bytes.
    expect(validateArticleWire(wire)).not.toBeNull();
    expect(wire!.images[0]!.data).toBe(fixture.images[0]!.data);
    expect(wire!.translations).toEqual(fixture.articles[0]!.translations);
    db.close();
  });

  it('v1 -> v2 computes the stored reading time of old rows', async () => {
    const idb = new IDBFactory();
    const old = new Dexie('saaf-v1', { indexedDB: idb, IDBKeyRange });
    old.version(1).stores(SCHEMA[0]!.stores);
    await old.open();
    const text = 'لفظ '.repeat(1500);
    await old.table('articles').bulkAdd(v1.articles.map((a) => ({ ...a, article: { ...a.article, text } })));
    old.close();
    const db = createLibraryDb('saaf-v1', { indexedDB: idb, IDBKeyRange });
    const [row] = await db.articles.toArray();
    expect(row!.readingMinutes).toBe(readingMinutes(text, 'ur'));
    expect(row!.readingMinutes).toBeGreaterThan(1);
    expect((await listEntries(db))[0]!.readingMinutes).toBe(row!.readingMinutes);
    db.close();
  });
});
