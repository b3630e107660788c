/**
 * `npm run bench:library`: the library at 5,000 saved Urdu articles, on fake-indexeddb in Node.
 *
 * Measures what a reader waits for: opening the library page (listing every entry), building the
 * search index (once), the first search and the complete index after a restart (the saved index
 * loaded), and searching (the ranked search plus highlighted snippets the page shows), as p50/p95 over many
 * queries typed with mixed letter forms. Also the storage per article as the library counts it.
 * fake-indexeddb is slower than a browser's IndexedDB at reading rows, so load times here are an
 * upper bound; indexing and search are the same code the extension runs.
 *
 * Usage: tsx scripts/bench-library.ts [--articles 5000] [--queries 300]
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createLibraryDb } from '../utils/library/db';
import { SearchCache } from '../utils/library/search-cache';
import { FIRST_RESULTS } from '../utils/library/messages';
import { searchLibrary } from '../utils/library/search-library';
import { listEntries, usage } from '../utils/library/store';
import type { StoredArticle } from '../utils/library/types';
import { makeArticle, makeQueries, rng } from './lib/synthetic-urdu';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('articles', 5000);
const Q = arg('queries', 300);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const random = rng(42);
  const db = createLibraryDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const t0 = performance.now();
  const rows: StoredArticle[] = [];
  for (let i = 0; i < N; i++) rows.push(makeArticle(i, random));
  await db.articles.bulkAdd(rows);
  const setup = performance.now() - t0;
  const words = rows.reduce((s, r) => s + r.article.text.split(' ').length, 0) / N;

  // Open the library four times: the first builds the search index and saves it, the next three
  // load the saved one as a restarted background does (medians of those): the list, the first
  // search, and the complete index.
  const list: number[] = [];
  const first: number[] = [];
  const index: number[] = [];
  let build = 0;
  let cache = new SearchCache(db);
  for (let run = 0; run < 4; run++) {
    let t = performance.now();
    const entries = await listEntries(db);
    list.push(performance.now() - t);
    if (entries.length !== N) throw new Error(`listed ${entries.length}, expected ${N}`);
    cache = new SearchCache(db);
    t = performance.now();
    const partial = await cache.current();
    await searchLibrary(db, partial.index, 'پاکستان', {});
    if (run > 0) first.push(performance.now() - t);
    await cache.get();
    if (run > 0) index.push(performance.now() - t);
    else build = performance.now() - t;
    await cache.save();
  }
  const search = await cache.get();

  const times: number[] = [];
  const allTimes: number[] = [];
  let hits = 0;
  for (const q of makeQueries(Q, random)) {
    const t = performance.now();
    const first = await searchLibrary(db, search, q.text, q.filters);
    times.push(performance.now() - t);
    const rest = first.more ? (await searchLibrary(db, search, q.text, q.filters, FIRST_RESULTS)).results : [];
    allTimes.push(performance.now() - t);
    hits += first.results.length + rest.length;
  }
  const { bytes } = await usage(db);

  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `Saaf library benchmark: ${N} synthetic Urdu articles (~${Math.round(words)} words each), ${Q} queries (node ${process.version}, fake-indexeddb, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  console.log(`  setup (insert, not timed as a user action): ${ms(setup)}`);
  console.log(`  open library: list entries  median ${ms(pct(list, 50))}`);
  console.log(`  search index built from nothing (once)          ${ms(build)}`);
  console.log(`  first search answer after a restart (saved index loaded) median ${ms(pct(first, 50))}`);
  console.log(`  complete search index after a restart            median ${ms(pct(index, 50))}`);
  console.log(
    `  search + snippets, first screen (${FIRST_RESULTS}): p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))}`,
  );
  console.log(
    `  search + snippets, all (two answers): p50 ${ms(pct(allTimes, 50))}, p95 ${ms(pct(allTimes, 95))} (avg ${(hits / Q).toFixed(1)} results)`,
  );
  console.log(
    `  storage per article (text, HTML, metadata; no images; as the library counts it): ${(bytes / N / 1024).toFixed(1)} KB; saved search index ${(((await db.searchIndex.get('main'))!.json.length * 2) / N / 1024).toFixed(1)} KB per article; heap after indexing ${heap.toFixed(0)} MB`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
