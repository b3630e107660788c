/**
 * The search index kept beside the database: built lazily from every live row on the first
 * search (a background service worker may have been restarted since), then updated on each save
 * and delete so it never has to be rebuilt while the worker lives.
 */
import type { LibraryDb } from './db';
import type { SearchResultWire } from './messages';
import { LibrarySearch, indexDocOf, type IndexDoc, type SearchFilters } from './search';
import { highlight, snippet } from './snippet';
import { toEntry } from './store';
import type { StoredArticle } from './types';

/** Ranked results with highlighted titles and snippets (what the library page shows). */
export async function searchLibrary(db: LibraryDb, index: LibrarySearch, query: string, filters: SearchFilters, limit = 50): Promise<SearchResultWire[]> {
  const hits = index.search(query, filters, limit);
  const rows = await db.articles.bulkGet(hits.map((h) => h.id));
  const results: SearchResultWire[] = [];
  hits.forEach((h, i) => {
    const row = rows[i];
    if (!row || row.deletedAt !== null) return;
    results.push({ entry: toEntry(row as StoredArticle & { id: number }), score: h.score, title: highlight(row.article.title, h.terms), snippet: snippet(row.article.text, h.terms) });
  });
  return results;
}

export class SearchCache {
  private index: Promise<LibrarySearch> | null = null;

  constructor(private readonly db: LibraryDb) {}

  /** The index, built from the database on first use. */
  get(): Promise<LibrarySearch> {
    this.index ??= (async () => {
      const docs: IndexDoc[] = [];
      await this.db.articles.each((row) => {
        if (row.deletedAt === null) docs.push(indexDocOf(row as StoredArticle & { id: number }));
      });
      return LibrarySearch.build(docs);
    })().catch((err: unknown) => {
      this.index = null;
      throw err;
    });
    return this.index;
  }

  /** Re-indexes one row after a save, tag change or undo (no-op until the index is first built). */
  async refresh(id: number): Promise<void> {
    if (!this.index) return;
    const [index, row] = await Promise.all([this.index, this.db.articles.get(id)]);
    if (row && row.deletedAt === null) index.upsert(indexDocOf(row as StoredArticle & { id: number }));
    else index.remove(id);
  }

  /** Forgets the index (after an import, which may touch many rows). */
  reset(): void {
    this.index = null;
  }
}
