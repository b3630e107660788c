/** What every export takes: one saved article with its image bytes (from the library's wire form). */
import { base64ToBytes } from '../library/codec';
import type { ArticleWire, StoredTranslation } from '../library/types';
import type { Article } from '../types';

/** The export formats the library offers. */
export type ExportKind = 'html' | 'md' | 'epub';

export interface ExportImage {
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface ExportInput {
  article: Article & { url: string };
  savedAt: number;
  tags: string[];
  /** Stored images by the URL the article's HTML uses. */
  images: Map<string, ExportImage>;
  /** Translations made in the reader and saved with the article (utils/library/translations.ts keys). */
  translations?: Readonly<Record<string, StoredTranslation>>;
}

/** An export input from a library article as the background sends it. */
export function exportInputOf(wire: ArticleWire): ExportInput {
  return {
    article: { ...wire.article, url: wire.url },
    savedAt: wire.savedAt,
    tags: wire.tags,
    images: new Map(wire.images.map((i) => [i.url, { type: i.type, bytes: base64ToBytes(i.data) }])),
    translations: wire.translations,
  };
}

/** File extension of a stored image type. */
export function imageExt(type: string): string {
  return { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' }[type] ?? 'bin';
}

/** ISO date (YYYY-MM-DD) of an epoch-ms time, UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
