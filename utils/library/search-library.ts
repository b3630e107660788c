/** The search the library page asks for: index hits read back from the database, highlighted. */
import type { LibraryDb } from './db';
import type { LibrarySearch, SearchFilters } from './search';
import { highlight, snippet } from './snippet';
import { toEntry } from './store';
import type { SearchResultWire, StoredArticle } from './types';

/** Ranked results with highlighted titles and snippets (what the library page shows). */
export async function searchLibrary(
  db: LibraryDb,
  index: LibrarySearch,
  query: string,
  filters: SearchFilters,
  limit = 50,
): Promise<SearchResultWire[]> {
  const hits = index.search(query, filters, limit);
  const rows = await db.articles.bulkGet(hits.map((h) => h.id));
  const results: SearchResultWire[] = [];
  hits.forEach((h, i) => {
    const row = rows[i];
    if (!row || row.deletedAt !== null) return;
    results.push({
      entry: toEntry(row as StoredArticle & { id: number }),
      score: h.score,
      title: highlight(row.article.title, h.terms),
      snippet: snippet(row.article.text, h.textTerms),
    });
  });
  return results;
}
