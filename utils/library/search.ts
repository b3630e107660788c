/**
 * Full-text search over saved articles: MiniSearch with Saaf's Urdu-aware tokenizer, so ي/ی,
 * ك/ک, diacritics, ZWNJ and digit forms all match while ے/ی and ھ/ہ stay distinct
 * (utils/text/normalize.ts). No fuzzy matching: an edit distance of one would merge لڑکے and لڑکی.
 */
import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch';
import { tokenizeForSearch } from '../text/normalize';
import { primaryLang } from '../text/script';
import type { StoredArticle } from './types';

/** The fields indexed for one article. */
export interface IndexDoc {
  id: number;
  title: string;
  byline: string;
  text: string;
  site: string;
  lang: string;
  tags: string[];
}

export interface SearchFilters {
  site?: string;
  /** Primary language subtag ('ur', 'en', ...). */
  lang?: string;
  tag?: string;
}

export interface SearchHit {
  id: number;
  score: number;
  /** The normalised document words that matched, for highlighting. */
  terms: string[];
  /** Those of `terms` found in the body text (a snippet needs to look for no others). */
  textTerms: string[];
}

/** The index document of a stored row. */
export function indexDocOf(row: StoredArticle & { id: number }): IndexDoc {
  const a = row.article;
  return { id: row.id, title: a.title, byline: a.byline ?? '', text: a.text, site: row.site, lang: primaryLang(a.lang), tags: row.tags };
}

/**
 * The shape of a saved index (LibrarySearch.toJSON): bump it whenever what gets indexed changes
 * (the tokenizer and normalisation in utils/text/normalize.ts, `indexDocOf`, the fields, the
 * MiniSearch version's format, LibrarySearch.toJSON's own; 2: postings as flat arrays), so an index saved by an older version is rebuilt, not trusted.
 * search.test.ts pins the tokenizer's output next to this number.
 */
export const INDEX_FORMAT = 2;

const OPTIONS = {
  fields: ['title', 'byline', 'text'],
  storeFields: ['site', 'lang', 'tags'],
  // Normalise the whole field, then split: the tokenizer already returns final terms.
  tokenize: tokenizeForSearch,
  processTerm: (term: string) => term || null,
  searchOptions: { tokenize: tokenizeForSearch, processTerm: (term: string) => term || null },
};

/** A saved term: `[term, [fieldId, doc, freq, doc, freq, ...], ...]` (LibrarySearch.toJSON). */
type SavedTerm = (string | number[])[];

/** A saved term in MiniSearch's own form (`{fieldId: {doc: freq}}`). */
function plainTerm(saved: SavedTerm): AsPlainObject['index'][number] {
  const fields: Record<string, Record<string, number>> = {};
  for (const flat of saved.slice(1) as number[][]) {
    const docs: Record<string, number> = {};
    for (let i = 1; i < flat.length; i += 2) docs[flat[i]!] = flat[i + 1]!;
    fields[flat[0]!] = docs;
  }
  return [saved[0] as string, fields];
}

function createMiniSearch(): MiniSearch<IndexDoc> {
  return new MiniSearch<IndexDoc>(OPTIONS);
}

/** Builds a MiniSearch query: all words (AND), or, for two or more words, also their joined pairs. */
export function buildQuery(text: string): Query | null {
  const terms = tokenizeForSearch(text);
  if (terms.length === 0) return null;
  // Urdu often drops the space between words ("کےلیے"): a query "کے لیے" also tries the joined pair.
  const joined = terms.slice(1).map((t, i) => terms[i]! + t);
  const all: Query = { combineWith: 'AND', queries: [terms.join(' ')] };
  return joined.length ? { combineWith: 'OR', queries: [all, ...joined] } : all;
}

/** The library's search index, kept in memory and updated on every save and delete. */
export class LibrarySearch {
  private ms = createMiniSearch();

  /**
   * The index as a string to save (see INDEX_FORMAT): MiniSearch's own serialisation, but each
   * term's postings as flat number arrays, `[term, [fieldId, doc, freq, doc, freq, ...], ...]`,
   * instead of objects keyed by number strings: a quarter smaller, and it loads without parsing keys.
   */
  toJSON(): string {
    const js = this.ms.toJSON();
    const index = js.index.map(([term, fields]) => [
      term,
      ...Object.keys(fields).map((fieldId) => {
        const postings = fields[fieldId] as Record<string, number>;
        const flat: number[] = [Number(fieldId)];
        for (const doc of Object.keys(postings)) flat.push(Number(doc), postings[doc]!);
        return flat;
      }),
    ]);
    return JSON.stringify({ ...js, index });
  }

  /**
   * An index saved by toJSON, loaded in slices of about `sliceMs` that leave the thread free
   * between them. MiniSearch's own loadJSONAsync paused after every 1,000 terms and every 1,000
   * postings of a term, each pause a timer (4 ms at least once nested): 5,000 articles spent more
   * time waiting than loading. Here the small parts load with `loadJS` and the terms are added as
   * `loadJS` adds them, pausing only when a slice is used up.
   */
  static async fromJSON(json: string, sliceMs = 40): Promise<LibrarySearch> {
    const s = new LibrarySearch();
    const js = JSON.parse(json) as Omit<AsPlainObject, 'index'> & { index: SavedTerm[] };
    const ms = MiniSearch.loadJS<IndexDoc>({ ...js, index: [] }, OPTIONS);
    const terms = (ms as unknown as { _index?: { set?: unknown } })._index;
    // A MiniSearch whose inside differs: its own loader, from its own format.
    if (typeof terms?.set !== 'function') {
      s.ms = await MiniSearch.loadJSAsync<IndexDoc>({ ...js, index: js.index.map(plainTerm) }, OPTIONS);
      return s;
    }
    const set = terms.set.bind(terms) as (term: string, fields: Map<number, Map<number, number>>) => void;
    let slice = performance.now();
    for (const saved of js.index) {
      const fields = new Map<number, Map<number, number>>();
      for (let f = 1; f < saved.length; f++) {
        const flat = saved[f] as number[];
        const docs = new Map<number, number>();
        for (let i = 1; i < flat.length; i += 2) docs.set(flat[i]!, flat[i + 1]!);
        fields.set(flat[0]!, docs);
      }
      set(saved[0] as string, fields);
      if (performance.now() - slice > sliceMs) {
        await new Promise((r) => setTimeout(r, 0));
        slice = performance.now();
      }
    }
    s.ms = ms;
    return s;
  }

  /** Builds an index over many documents at once. */
  static build(docs: Iterable<IndexDoc>): LibrarySearch {
    const s = new LibrarySearch();
    for (const d of docs) s.ms.add(d);
    return s;
  }

  get size(): number {
    return this.ms.documentCount;
  }

  /** Adds or replaces one document. */
  upsert(doc: IndexDoc): void {
    if (this.ms.has(doc.id)) this.ms.discard(doc.id);
    this.ms.add(doc);
  }

  remove(id: number): void {
    if (this.ms.has(id)) this.ms.discard(id);
  }

  /** Ranked hits; title and byline matches count more than body matches. */
  search(text: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const query = buildQuery(text);
    if (!query) return [];
    const filter = (r: SearchResult) =>
      (!filters.site || r.site === filters.site) &&
      (!filters.lang || r.lang === filters.lang) &&
      (!filters.tag || (r.tags as string[]).includes(filters.tag));
    const results = this.ms.search(query, {
      boost: { title: 3, byline: 2 },
      prefix: (term) => [...term].length >= 3,
      fuzzy: false,
      filter,
    });
    return results.slice(0, limit).map((r) => ({
      id: r.id as number,
      score: r.score,
      terms: r.terms,
      textTerms: r.terms.filter((t) => r.match[t]?.includes('text')),
    }));
  }
}
