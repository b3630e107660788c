import { describe, expect, it, vi } from 'vitest';
import { SearchCache } from './search-cache';
import { searchLibrary } from './search-library';
import { setTags, softDelete, upsertArticle } from './store';
import { INDEX_FORMAT } from './search';
import { freshDb, sampleArticle } from '../../tests/helpers/library';

async function library(n: number) {
  const db = freshDb();
  for (let i = 1; i <= n; i++)
    await upsertArticle(
      db,
      { article: sampleArticle({ url: `https://a.pk/${i}`, title: `خبر ${i}`, text: `کرکٹ میچ نمبر${i}` }), images: [] },
      i * 1000,
    );
  return db;
}
const ids = (p: { results: { entry: { id: number } }[] }) => p.results.map((x) => x.entry.id).sort((a, b) => a - b);

describe('SearchCache', () => {
  it('answers from the newest articles while the rest is still being indexed, then from all', async () => {
    const db = await library(5);
    const cache = new SearchCache(db, 2);
    const first = await cache.current();
    expect(first.complete).toBe(false);
    expect(first.progress).toEqual({ indexed: 2, total: 5 });
    // Newest first: the two saved last are searchable before the others.
    expect(ids(await searchLibrary(db, first.index, 'کرکٹ', {}))).toEqual([4, 5]);
    const full = await cache.get();
    expect(ids(await searchLibrary(db, full, 'کرکٹ', {}))).toEqual([1, 2, 3, 4, 5]);
    expect((await cache.current()).complete).toBe(true);
  });

  it('follows saves and deletes made during and after the build', async () => {
    const db = await library(3);
    const cache = new SearchCache(db, 1);
    await cache.current();
    const { id } = await upsertArticle(
      db,
      { article: sampleArticle({ url: 'https://a.pk/new', title: 'نئی', text: 'ہاکی' }), images: [] },
      9000,
    );
    await cache.refresh(id);
    await softDelete(db, 1);
    await cache.refresh(1);
    const index = await cache.get();
    expect(ids(await searchLibrary(db, index, 'ہاکی', {}))).toEqual([id]);
    expect(ids(await searchLibrary(db, index, 'کرکٹ', {}))).toEqual([2, 3]);
  });

  it('a reset during a build starts over and the dropped build stops', async () => {
    const db = await library(4);
    const cache = new SearchCache(db, 1);
    await cache.current();
    cache.reset();
    const again = await cache.get();
    expect(again.size).toBe(4);
  });

  it('saves the index once built; a restarted worker loads it instead of reading the articles again', async () => {
    const db = await library(6);
    const first = new SearchCache(db, 2);
    await first.get();
    await first.save(); // the build's own save runs in the background; this waits for one
    const saved = await db.searchIndex.get('main');
    expect(saved?.format).toBe(INDEX_FORMAT);
    expect(saved?.docs.map(([id]) => id).sort()).toEqual([1, 2, 3, 4, 5, 6]);

    const bulkGet = vi.spyOn(db.articles, 'bulkGet');
    const restarted = new SearchCache(db, 2);
    const now = await restarted.current();
    expect(now.complete).toBe(true);
    expect(bulkGet).not.toHaveBeenCalled();
    expect(ids(await searchLibrary(db, now.index, 'کرکٹ', {}))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a restarted worker catches up on what changed after the save (saves, deletes, tags, an import)', async () => {
    const db = await library(4);
    const first = new SearchCache(db, 2);
    await first.get();
    await first.save();
    // Written while no index was in memory (the worker stopped): nothing refreshed it.
    const { id } = await upsertArticle(
      db,
      { article: sampleArticle({ url: 'https://a.pk/new', title: 'نئی', text: 'ہاکی' }), images: [] },
      9000,
    );
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/2', title: 'خبر 2', text: 'فٹبال' }), images: [] }, 9500);
    await softDelete(db, 1);
    await setTags(db, 3, ['کھیل']);
    const bulkGet = vi.spyOn(db.articles, 'bulkGet');
    const index = await new SearchCache(db, 2).get();
    // Only the three changed live rows were read again.
    expect(bulkGet.mock.calls.flatMap(([keys]) => keys as number[]).sort()).toEqual([2, 3, id]);
    expect(ids(await searchLibrary(db, index, 'ہاکی', {}))).toEqual([id]);
    expect(ids(await searchLibrary(db, index, 'کرکٹ', {}))).toEqual([3, 4]);
    expect(ids(await searchLibrary(db, index, 'فٹبال', {}))).toEqual([2]);
    expect(ids(await searchLibrary(db, index, 'کرکٹ', { tag: 'کھیل' }))).toEqual([3]);
  });

  it('rebuilds when the saved index is of another format, and saves again after enough changes', async () => {
    const db = await library(3);
    await db.searchIndex.put({ id: 'main', format: INDEX_FORMAT + 1, json: '{}', docs: [[1, 'x']] });
    const cache = new SearchCache(db, 2, 2);
    const index = await cache.get();
    expect(ids(await searchLibrary(db, index, 'کرکٹ', {}))).toEqual([1, 2, 3]);
    await vi.waitFor(async () => expect((await db.searchIndex.get('main'))?.format).toBe(INDEX_FORMAT));
    const before = (await db.searchIndex.get('main'))!.docs.length;
    for (const n of [7, 8]) {
      const { id } = await upsertArticle(db, { article: sampleArticle({ url: `https://a.pk/${n}`, text: 'ہاکی' }), images: [] }, n * 1000);
      await cache.refresh(id);
    }
    await vi.waitFor(async () => expect((await db.searchIndex.get('main'))!.docs.length).toBe(before + 2));
  });
});
