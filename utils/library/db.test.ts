import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, SCHEMA, createLibraryDb } from './db';
import { base64ToBlob } from './codec';
import { entryRowOf } from './entry';
import {
  getArticleWire,
  listEntries,
  purgeDeleted,
  setRead,
  setReadPosition,
  setTags,
  softDelete,
  undoDelete,
  upsertArticle,
  UNDO_WINDOW_MS,
} from './store';
import { importArticles } from './backup';
import { freshDb, pngBlob, sampleArticle } from '../../tests/helpers/library';
import type { LibraryDb } from './db';
import type { StoredArticle } from './types';
import { validateArticleWire } from './validate';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import { readingMinutes } from '../reading-time';

/** Frozen fixtures of every shipped version's rows; a new version must add its previous one here. */
const FIXTURES: Record<number, typeof v1 & { entries?: unknown[] }> = { 1: v1, 2: v2, 3: v3 };

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
    if (fixture.entries) await old.table('entries').bulkAdd(fixture.entries);
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

  it('v2 -> v3 fills the entries table from the articles', async () => {
    const idb = new IDBFactory();
    const old = new Dexie('saaf-v2', { indexedDB: idb, IDBKeyRange });
    SCHEMA.slice(0, 2).forEach((s, i) => old.version(i + 1).stores(s.stores));
    await old.open();
    await old.table('articles').bulkAdd([...v2.articles, { ...v2.articles[0]!, id: 2, url: 'https://b.pk/2', deletedAt: 5 }]);
    old.close();
    const db = createLibraryDb('saaf-v2', { indexedDB: idb, IDBKeyRange });
    const rows = (await db.articles.toArray()) as (StoredArticle & { id: number })[];
    expect(await db.entries.toArray()).toEqual(rows.map((r) => entryRowOf(r, expect.any(String) as unknown as string)));
    expect((await listEntries(db)).map((e) => e.id)).toEqual([1]);
    db.close();
  });
});

describe('the entries table', () => {
  /** Every entries row is exactly what the articles table says, and nothing else is there. */
  async function expectInStep(db: LibraryDb) {
    const rows = (await db.articles.toArray()) as (StoredArticle & { id: number })[];
    expect(await db.entries.toArray()).toEqual(rows.map((r) => entryRowOf(r, expect.any(String) as unknown as string)));
  }

  it('gives a row a new revision at every write, and none to a row left alone', async () => {
    const db = freshDb();
    const a = await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1' }), images: [] }, 1000);
    const b = await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/2' }), images: [] }, 1000);
    const rev = async (id: number) => (await db.entries.get(id))!.rev;
    const [a1, b1] = [await rev(a.id), await rev(b.id)];
    expect(a1).not.toBe(b1);
    await setRead(db, a.id, true, 1000);
    expect(await rev(a.id)).not.toBe(a1);
    expect(await rev(b.id)).toBe(b1);
  });

  it('follows saves, updates, read state, tags, deletes, undo, purges, imports and clears', async () => {
    const db = freshDb();
    const a = await upsertArticle(
      db,
      { article: sampleArticle({ url: 'https://a.pk/1' }), images: [{ url: 'https://a.pk/i.png', blob: pngBlob() }] },
      1000,
    );
    const b = await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/2', title: 'دوسری' }), images: [] }, 2000);
    await expectInStep(db);
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1', title: 'نیا عنوان' }), images: [] }, 3000);
    await expectInStep(db);
    expect((await listEntries(db)).find((e) => e.id === a.id)?.title).toBe('نیا عنوان');
    await setRead(db, a.id, true, 4000);
    await setTags(db, b.id, ['کھیل'], 4000);
    await expectInStep(db);
    await softDelete(db, b.id, 5000);
    await expectInStep(db);
    expect((await listEntries(db)).map((e) => e.id)).toEqual([a.id]);
    await undoDelete(db, b.id);
    await softDelete(db, a.id, 5000);
    await expectInStep(db);
    expect(await purgeDeleted(db, 5000 + UNDO_WINDOW_MS + 1)).toBe(1);
    await expectInStep(db);
    expect(await db.entries.count()).toBe(1);
    const wire = { ...(await getArticleWire(db, b.id))!, url: 'https://a.pk/3', tags: ['نیا'] };
    await importArticles(db, [{ ...wire, id: undefined } as never]);
    await expectInStep(db);
    expect(await db.entries.count()).toBe(2);
    await db.articles.bulkDelete([b.id]);
    await expectInStep(db);
    await db.articles.clear();
    expect(await db.entries.count()).toBe(0);
  });

  it('is not written when the articles write fails (same transaction)', async () => {
    const db = freshDb();
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1' }), images: [] }, 1000);
    const row = (await db.articles.toArray())[0]!;
    await expect(db.articles.add({ ...row, id: undefined, title: 'x' } as StoredArticle)).rejects.toThrow();
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.update(row.id, { tags: ['بدلا'] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await expectInStep(db);
    expect((await db.entries.toArray())[0]!.tags).toEqual([]);
  });
});

describe('reading position', () => {
  it('is 0 for rows written before it existed, in the list and in the wire form', async () => {
    const idb = new IDBFactory();
    const old = new Dexie('saaf-v3', { indexedDB: idb, IDBKeyRange });
    SCHEMA.slice(0, 3).forEach((s, i) => old.version(i + 1).stores(s.stores));
    await old.open();
    await old.table('articles').bulkAdd(v3.articles);
    await old.table('entries').bulkAdd(v3.entries);
    old.close();
    const db = createLibraryDb('saaf-v3', { indexedDB: idb, IDBKeyRange });
    const [entry] = await listEntries(db);
    expect(entry!.readPosition).toBe(0);
    expect(await setReadPosition(db, entry!.id, 0.4)).toBe(true);
    expect((await listEntries(db))[0]!.readPosition).toBe(0.4);
    db.close();
  });

  it('reaches the entry, survives saving the page again, is not an edit, and travels in a backup', async () => {
    const db = freshDb();
    const { id } = await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1' }), images: [] }, 1000);
    expect((await listEntries(db))[0]!.readPosition).toBe(0);
    expect(await setReadPosition(db, id, 0.62)).toBe(true);
    expect(await setReadPosition(db, 999, 0.5)).toBe(false);
    expect((await db.entries.get(id))!.readPosition).toBe(0.62);
    expect((await db.articles.get(id))!.updatedAt).toBe(1000);
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1', title: 'نیا' }), images: [] }, 2000);
    expect((await listEntries(db))[0]!.readPosition).toBe(0.62);

    const wire = (await getArticleWire(db, id))!;
    expect(wire.readPosition).toBe(0.62);
    const { id: _id, ...backup } = wire;
    const other = freshDb();
    await importArticles(other, [validateArticleWire(backup)!]);
    expect((await listEntries(other))[0]!.readPosition).toBe(0.62);
    // A backup from before reading positions imports as not started; a damaged value counts as none.
    const { readPosition: _p, ...older } = backup;
    expect(validateArticleWire(older)?.readPosition).toBe(0);
    expect(validateArticleWire({ ...backup, readPosition: 'half' })?.readPosition).toBe(0);
    expect(validateArticleWire({ ...backup, readPosition: 1.7 })?.readPosition).toBe(1);
    // A deleted row saved again starts over.
    await softDelete(db, id, 3000);
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1' }), images: [] }, 4000);
    expect((await listEntries(db))[0]!.readPosition).toBe(0);
  });
});
