import { describe, expect, it } from 'vitest';
import { SearchCache } from './search-cache';
import { searchLibrary } from './search-library';
import { softDelete, upsertArticle } from './store';
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
const ids = (r: { entry: { id: number } }[]) => r.map((x) => x.entry.id).sort((a, b) => a - b);

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
});
