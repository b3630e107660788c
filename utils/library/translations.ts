/**
 * Translations made in the reader, kept with a saved article beside the original text. Each is
 * keyed by what it translates: an embed by its index in `article.embeds`, a foreign-language quote
 * of the body by its place among those quotes (`QUOTE_SELECTOR`, in document order, embeds
 * excluded). The reader, the saved view and the exports all find them with these keys, and show
 * one only beside the very text it was made from (`original`), so a page that changed between
 * saves never gets another tweet's translation.
 */
import { EMBED_ATTR } from '../types';
import type { StoredTranslation } from './types';

/** The body's quotes that get Translate controls and keep translations (embed placeholders excluded). */
export const QUOTE_SELECTOR = `blockquote[lang]:not([${EMBED_ATTR}])`;

export const embedKey = (index: number) => `embed:${index}`;
export const quoteKey = (n: number) => `quote:${n}`;

/** What a finished translation carries (a subset of the translate feature's `TranslationResult`). */
export interface TranslationLike {
  text: string;
  service: string;
  label: string;
  source: string;
  target: string;
}

/** The stored form of a finished translation of `original`. */
export function toStored(original: string, r: TranslationLike): StoredTranslation {
  return { text: r.text, service: r.service, target: r.target, source: r.source, label: r.label, original };
}

/** The stored translation under `key` when it was made from `original` (records without `original` are trusted). */
export function storedFor(
  map: Readonly<Record<string, StoredTranslation>> | undefined,
  key: string,
  original: string,
): StoredTranslation | null {
  const t = map && Object.hasOwn(map, key) ? map[key] : undefined;
  if (!t) return null;
  return t.original === undefined || t.original === original ? t : null;
}

/**
 * The translations of one reader session: those the article came with (a saved copy) and those
 * made since. The overlay's Save sends `all()` with the article.
 */
export class TranslationLog {
  private readonly map: Record<string, StoredTranslation>;

  constructor(initial: Readonly<Record<string, StoredTranslation>> = {}) {
    this.map = { ...initial };
  }

  get(key: string, original: string): StoredTranslation | null {
    return storedFor(this.map, key, original);
  }

  set(key: string, original: string, r: TranslationLike): void {
    this.map[key] = toStored(original, r);
  }

  all(): Record<string, StoredTranslation> {
    return { ...this.map };
  }
}

/** The quotes of a body that can carry translations, in order, each with its key. */
export function quotesOf(body: ParentNode): { el: Element; key: string }[] {
  return [...body.querySelectorAll(QUOTE_SELECTOR)].filter((q) => !q.closest('.saaf-embed')).map((el, n) => ({ el, key: quoteKey(n) }));
}
