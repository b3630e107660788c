/**
 * The library's typed messages (part of the protocol in utils/messaging/protocol.ts). Every one
 * is validated here field by field; the protocol map says who may send each (only the extension's
 * own pages, except `save-current-tab` and `reader-set-position`, which the reader overlay sends
 * from the tab it runs in and which name nothing but that tab), and the background router enforces it.
 * Backup and import are not messages but streams over ports (utils/library/backup-stream.ts):
 * a whole library does not fit in one message.
 */
import type { SearchFilters } from './search';
import type { ArticleWire, ImageWire, IndexProgress, LibraryEntry, SearchResultWire, StoredTranslation } from './types';
import type { Article } from '../types';
import { cleanTags, validateArticle, validateTranslations } from './validate';
import { cleanPosition } from './reading-position';

/** The most results one search shows. */
export const MAX_RESULTS = 50;

/**
 * How many results the first answer to a search holds: a screenful of cards and more. Each result
 * reads its whole article row from IndexedDB for the snippet, and reading rows is most of a
 * search's time (in Chromium with 5,000 articles, 50 rows took 7.7 ms at the median and 15 at p95,
 * the index 3 and 5); so the page asks for the rest (`from` = this) once the first ones are shown.
 */
export const FIRST_RESULTS = 12;

/** The ports (`runtime.connect` names) of the backup and import streams. */
export const BACKUP_PORT = 'library-backup';
export const IMPORT_PORT = 'library-import';

export type LibraryMessage =
  | { type: 'save-article'; tabId: number }
  /** The reader's Save button: the article the open reader already extracted, saved as the sender tab's. */
  | { type: 'save-current-tab'; article: Article; translations: Record<string, StoredTranslation>; allImages: boolean }
  | { type: 'library-list' }
  | { type: 'library-ping' }
  | { type: 'library-get'; id: number }
  | { type: 'library-cover'; id: number }
  /** `from`: the rank to answer from (0, or the first answer's length when it said `more`). */
  | { type: 'library-search'; query: string; filters: SearchFilters; from: number }
  | { type: 'library-delete'; id: number }
  | { type: 'library-undo-delete'; id: number }
  | { type: 'library-set-read'; id: number; read: boolean }
  /** The saved view: where the reader stopped (0..1). */
  | { type: 'library-set-position'; id: number; position: number }
  /**
   * The reader overlay on a page: where the reader is (0..1), for the saved article of its own
   * tab's page, if there is one (the background reads the tab's URL; the message names nothing else).
   */
  | { type: 'reader-set-position'; position: number }
  | { type: 'library-set-tags'; id: number; tags: string[] };

/** Every library message type (the protocol map in utils/messaging/protocol.ts lists each one). */
export const LIBRARY_MESSAGE_TYPES = [
  'save-article',
  'save-current-tab',
  'library-list',
  'library-ping',
  'library-get',
  'library-cover',
  'library-search',
  'library-delete',
  'library-undo-delete',
  'library-set-read',
  'library-set-position',
  'reader-set-position',
  'library-set-tags',
] as const satisfies readonly LibraryMessage['type'][];

export type SaveOutcome =
  /** `imagesCapped`: of the skipped images, those left out only by the count or total limit ("keep all" brings them). */
  | { ok: true; id: number; created: boolean; images: number; imagesSkipped: number; imagesCapped?: number }
  | { ok: false; error: 'no-article' | 'too-large' | 'cannot-access' | 'failed'; detail?: string };

/** The response to each message type (every response can also be `{ ok: false, error }`). */
export interface LibraryResponses {
  'save-article': SaveOutcome;
  'save-current-tab': SaveOutcome;
  'library-list': { ok: true; entries: LibraryEntry[]; bytes: number };
  'library-ping': { ok: true };
  'library-get': { ok: true; article: (ArticleWire & { id: number }) | null };
  'library-cover': { ok: true; image: ImageWire | null };
  /**
   * `indexing` is set while the index is still being built: results cover the newest `indexed`
   * articles. `more`: the index found more results than this answer holds (ask again `from` its end).
   */
  'library-search': { ok: true; results: SearchResultWire[]; more: boolean; indexing: IndexProgress | null };
  'library-delete': { ok: true; done: boolean };
  'library-undo-delete': { ok: true; done: boolean };
  'library-set-read': { ok: true; done: boolean };
  'library-set-position': { ok: true; done: boolean };
  /** `done`: false when the tab's page is not in the library (the overlay then stops telling). */
  'reader-set-position': { ok: true; done: boolean };
  'library-set-tags': { ok: true; done: boolean };
}

export type LibraryResponse<T extends LibraryMessage['type']> = LibraryResponses[T] | { ok: false; error: string };

const id = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) <= Number.MAX_SAFE_INTEGER;
const short = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function filters(v: unknown): SearchFilters | null {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null) return null;
  const f = v as Record<string, unknown>;
  const out: SearchFilters = {};
  for (const key of ['site', 'lang', 'tag'] as const) {
    if (f[key] === undefined || f[key] === '') continue;
    if (!short(f[key], 200)) return null;
    out[key] = f[key];
  }
  return out;
}

/** Validates an untrusted library message; null when it is not one (or is malformed). */
export function parseLibraryMessage(m: Record<string, unknown>): LibraryMessage | null {
  switch (m.type) {
    case 'save-article':
      return Number.isInteger(m.tabId) && (m.tabId as number) >= 0 ? { type: m.type, tabId: m.tabId as number } : null;
    case 'save-current-tab': {
      // Produced in a hostile page's tab: validated exactly like the save script's result (save-article.ts).
      const article = validateArticle(m.article);
      // The translations made in the reader before saving (optional: older senders have none).
      const translations = validateTranslations(m.translations ?? {});
      // allImages: the reader chose "keep all images" after a save that hit the image limits.
      return article && translations ? { type: m.type, article, translations, allImages: m.allImages === true } : null;
    }
    case 'library-list':
    case 'library-ping':
      return { type: m.type };
    case 'library-get':
    case 'library-cover':
    case 'library-delete':
    case 'library-undo-delete':
      return id(m.id) ? { type: m.type, id: m.id } : null;
    case 'library-set-read':
      return id(m.id) && typeof m.read === 'boolean' ? { type: m.type, id: m.id, read: m.read } : null;
    case 'library-set-position': {
      const position = cleanPosition(m.position);
      return id(m.id) && position !== null ? { type: m.type, id: m.id, position } : null;
    }
    case 'reader-set-position': {
      const position = cleanPosition(m.position);
      return position !== null ? { type: m.type, position } : null;
    }
    case 'library-set-tags': {
      const tags = cleanTags(m.tags);
      return id(m.id) && tags ? { type: m.type, id: m.id, tags } : null;
    }
    case 'library-search': {
      const f = filters(m.filters);
      const from = m.from ?? 0;
      const rank = Number.isInteger(from) && (from as number) >= 0 && (from as number) <= MAX_RESULTS;
      return short(m.query, 500) && f && rank ? { type: m.type, query: m.query, filters: f, from: from as number } : null;
    }
    default:
      return null;
  }
}
