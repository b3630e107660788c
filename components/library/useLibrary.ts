import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SearchFilters } from '@/utils/library/search';
import type { IndexProgress, LibraryEntry, SearchResultWire } from '@/utils/library/types';
import { primaryLang } from '@/utils/text/script';
import { send } from '@/utils/messaging/send';
import { FIRST_RESULTS } from '@/utils/library/messages';

export interface LibraryState {
  entries: LibraryEntry[] | null;
  bytes: number;
  /** Search results for the current query, or null when there is no query. */
  results: SearchResultWire[] | null;
  /** Set while the background is still indexing: the results cover the newest `indexed` articles. */
  indexing: IndexProgress | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** Entries (newest first) and, when `query` is set, ranked search results; filters apply to both. */
export function useLibrary(query: string, filters: SearchFilters): LibraryState {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [bytes, setBytes] = useState(0);
  const [results, setResults] = useState<SearchResultWire[] | null>(null);
  const [indexing, setIndexing] = useState<IndexProgress | null>(null);
  const [retry, setRetry] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const reload = useCallback(async () => {
    const res = await send({ type: 'library-list' });
    if (!res.ok) return setError(res.error);
    setEntries(res.entries);
    setBytes(res.bytes);
    setVersion((v) => v + 1);
  }, []);
  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    // Keeps the background (and its search index) alive while the library is open.
    const timer = setInterval(() => void send({ type: 'library-ping' }).catch(() => undefined), 20_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      setIndexing(null);
      return setResults(null);
    }
    let live = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    // A short pause so typing a Nastaliq word does not send a search per letter.
    const timer = setTimeout(() => {
      void send({ type: 'library-search', query, filters, from: 0 }).then(async (res) => {
        if (!live) return;
        if (!res.ok) return setError(res.error);
        setResults(res.results);
        setIndexing(res.indexing);
        // Still indexing older articles: ask again shortly, so the results fill in by themselves.
        if (res.indexing) again = setTimeout(() => setRetry((n) => n + 1), 800);
        // The first answer is a screenful; the rest is asked for once it is shown.
        if (!res.more) return;
        const rest = await send({ type: 'library-search', query, filters, from: FIRST_RESULTS });
        if (!live || !rest.ok) return;
        const shown = new Set(res.results.map((r) => r.entry.id));
        setResults([...res.results, ...rest.results.filter((r) => !shown.has(r.entry.id))]);
      });
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(again);
    };
  }, [query, filters.site, filters.lang, filters.tag, version, retry]);

  return { entries, bytes, results, indexing, error, reload };
}

/** Entries that pass the site, language and tag filters. */
export function applyFilters(entries: LibraryEntry[], f: SearchFilters): LibraryEntry[] {
  return entries.filter(
    (e) => (!f.site || e.site === f.site) && (!f.lang || primaryLang(e.lang) === f.lang) && (!f.tag || e.tags.includes(f.tag)),
  );
}

/** The distinct sites, languages and tags, for the filter menus. */
export function facets(entries: LibraryEntry[]): { sites: string[]; langs: string[]; tags: string[] } {
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return {
    sites: sort(new Set(entries.map((e) => e.site))),
    langs: sort(new Set(entries.map((e) => primaryLang(e.lang)))),
    tags: sort(new Set(entries.flatMap((e) => e.tags))),
  };
}
