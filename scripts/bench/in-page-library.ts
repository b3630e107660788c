/**
 * Bundled by the bench and evaluated in a plain page of the bench server: the library code the
 * extension runs (Dexie over the browser's real IndexedDB, the search index, snippets) on
 * synthetic saved Urdu articles (scripts/lib/synthetic-urdu.ts).
 */
import { createLibraryDb } from '../../utils/library/db';
import { FIRST_RESULTS } from '../../utils/library/messages';
import { SearchCache } from '../../utils/library/search-cache';
import { searchLibrary } from '../../utils/library/search-library';
import { listEntries, usage } from '../../utils/library/store';
import type { StoredArticle } from '../../utils/library/types';
import { makeArticle, makeQueries, rng } from '../lib/synthetic-urdu';

export interface LibraryTiming {
  setupMs: number;
  listMs: number[];
  firstSearchMs: number[];
  indexMs: number[];
  indexBuildMs: number;
  indexSaveMs: number;
  /** The first answer: a screenful of results (what the page shows first). */
  searchMs: number[];
  /** The first answer and the rest that the page asks for after it (all results, up to 50). */
  searchAllMs: number[];
  bytesPerArticle: number;
  /** What the browser reports the origin's storage grew by (navigator.storage.estimate), per article. */
  diskBytesPerArticle: number;
}

const stored = async () => (await navigator.storage.estimate()).usage ?? 0;

async function run(articles: number, queries: number): Promise<LibraryTiming> {
  const random = rng(42);
  const name = `saaf-bench-${Date.now()}`;
  const db = createLibraryDb(name);
  try {
    const before = await stored();
    let t = performance.now();
    const rows: StoredArticle[] = [];
    for (let i = 0; i < articles; i++) rows.push(makeArticle(i, random));
    await db.articles.bulkAdd(rows);
    const setupMs = performance.now() - t;

    const out: LibraryTiming = { setupMs, listMs: [], firstSearchMs: [], indexMs: [], indexBuildMs: 0, indexSaveMs: 0, searchMs: [], searchAllMs: [], bytesPerArticle: 0, diskBytesPerArticle: 0 };
    // The first opening builds the index and saves it; the next three load the saved one, as a
    // restarted background does (median of those three is `indexMs`).
    let cache = new SearchCache(db);
    for (let k = 0; k < 4; k++) {
      t = performance.now();
      const entries = await listEntries(db);
      out.listMs.push(performance.now() - t);
      if (entries.length !== articles) throw new Error(`listed ${entries.length}, expected ${articles}`);
      cache = new SearchCache(db);
      t = performance.now();
      const partial = await cache.current();
      await searchLibrary(db, partial.index, 'پاکستان', {});
      if (k > 0) out.firstSearchMs.push(performance.now() - t);
      await cache.get();
      if (k > 0) out.indexMs.push(performance.now() - t);
      else out.indexBuildMs = performance.now() - t;
      t = performance.now();
      await cache.save();
      if (k === 0) out.indexSaveMs = performance.now() - t;
    }
    const index = await cache.get();
    for (const q of makeQueries(queries, random)) {
      t = performance.now();
      const first = await searchLibrary(db, index, q.text, q.filters);
      out.searchMs.push(performance.now() - t);
      if (first.more) await searchLibrary(db, index, q.text, q.filters, FIRST_RESULTS);
      out.searchAllMs.push(performance.now() - t);
    }
    out.bytesPerArticle = (await usage(db)).bytes / articles;
    out.diskBytesPerArticle = ((await stored()) - before) / articles;
    return out;
  } finally {
    db.close();
    await db.delete().catch(() => undefined);
  }
}

(globalThis as { __saafLibraryBench?: unknown }).__saafLibraryBench = { run };
