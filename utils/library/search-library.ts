/** The search the library page asks for: index hits read back from the database, highlighted. */
import type { LibraryDb } from './db';
import type { LibrarySearch, SearchFilters } from './search';
import { FIRST_RESULTS, MAX_RESULTS } from './messages';
import { highlight, snippet } from './snippet';
import { toEntry } from './store';
import type { SearchResultWire, StoredArticle } from './types';

export interface SearchPage {
  /** Ranked results `from` up to the end of this answer. */
  results: SearchResultWire[];
  /** Whether the index found more (up to MAX_RESULTS) than this answer holds. */
  more: boolean;
}

/**
 * Ranked results with highlighted titles and snippets (what the library page shows): those from
 * rank `from`, FIRST_RESULTS of them when `from` is 0, else up to MAX_RESULTS in all.
 */
export async function searchLibrary(
  db: LibraryDb,
  index: LibrarySearch,
  query: string,
  filters: SearchFilters,
  from = 0,
): Promise<SearchPage> {
  const found = index.search(query, filters, MAX_RESULTS);
  const to = from === 0 ? FIRST_RESULTS : MAX_RESULTS;
  const hits = found.slice(from, to);
  const rows = hits.length ? await db.articles.bulkGet(hits.map((h) => h.id)) : [];
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
  return { results, more: found.length > to };
}
