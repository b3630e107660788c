import { describe, expect, it } from 'vitest';
import { FIRST_RESULTS, MAX_RESULTS } from './messages';
import { SearchCache } from './search-cache';
import { searchLibrary } from './search-library';
import { softDelete, upsertArticle } from './store';
import { freshDb, sampleArticle } from '../../tests/helpers/library';

async function library(n: number) {
  const db = freshDb();
  for (let i = 1; i <= n; i++)
    await upsertArticle(
      db,
      // More mentions in later articles, so the ranking is known: the newest ranks first.
      { article: sampleArticle({ url: `https://a.pk/${i}`, title: `خبر ${i}`, text: `${'کرکٹ '.repeat(i)}میچ نمبر${i}` }), images: [] },
      i * 1000,
    );
  return db;
}

describe('searchLibrary', () => {
  it('answers a screenful first, then the rest from where the first answer ended, in rank order', async () => {
    const db = await library(MAX_RESULTS + 5);
    const index = await new SearchCache(db).get();
    const first = await searchLibrary(db, index, 'کرکٹ', {});
    expect(first.results).toHaveLength(FIRST_RESULTS);
    expect(first.more).toBe(true);
    const rest = await searchLibrary(db, index, 'کرکٹ', {}, FIRST_RESULTS);
    expect(rest.results).toHaveLength(MAX_RESULTS - FIRST_RESULTS);
    // 55 articles match; a search shows MAX_RESULTS of them.
    expect(rest.more).toBe(false);
    const all = [...first.results, ...rest.results];
    expect(new Set(all.map((r) => r.entry.id)).size).toBe(MAX_RESULTS);
    // The same order as one search of them all: scores never rise down the list.
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(all[0]!.snippet.some((s) => s.hit)).toBe(true);
  });

  it('says there is no more when the first answer holds every hit, and skips deleted rows', async () => {
    const db = await library(FIRST_RESULTS);
    const index = await new SearchCache(db).get();
    expect(await searchLibrary(db, index, 'کرکٹ', {})).toMatchObject({ more: false });
    await softDelete(db, 3);
    // The index still holds the row (it is refreshed by the background); the read drops it.
    const { results } = await searchLibrary(db, index, 'کرکٹ', {});
    expect(results.map((r) => r.entry.id)).not.toContain(3);
    expect(results).toHaveLength(FIRST_RESULTS - 1);
  });
});
