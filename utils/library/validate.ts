/**
 * Validation at the library's trust boundaries: extraction results coming back from a tab,
 * messages, and backup files. Everything is checked field by field and copied into a fresh
 * object, so no unexpected property (or prototype trick) reaches IndexedDB.
 */
import { readingMinutes } from '../reading-time';
import { cleanPosition } from './reading-position';
import type { Article, Embed, EmbedKind, Removal } from '../types';
import { sniffImageType } from './image-type';
import type { ArticleWire, ImageWire, StoredTranslation } from './types';
import { httpUrl } from '../text/url';
import { stripOrigins } from '../sanitize/origins';
import { MAX_ARTICLE_CHARS } from '../article-limit';

const LANG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const EMBED_KINDS: readonly EmbedKind[] = ['tweet', 'instagram', 'facebook', 'youtube', 'telegram', 'quote'];
/** Raster types the library stores and exports (no SVG: it can carry script). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'] as const;
/** The reader's and the save script's own limit (one constant, one message everywhere). */
const MAX_TEXT = MAX_ARTICLE_CHARS;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = 10_000): v is string | null => v === null || str(v, max);
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function embed(v: unknown): Embed | null {
  if (!isObj(v) || !EMBED_KINDS.includes(v.kind as EmbedKind) || !str(v.text, 100_000)) return null;
  if (!strOrNull(v.lang) || !strOrNull(v.author) || !strOrNull(v.handle) || !strOrNull(v.url) || !strOrNull(v.date)) return null;
  const lang = v.lang !== null && LANG.test(v.lang) ? v.lang : null;
  return { kind: v.kind as EmbedKind, lang, text: v.text, author: v.author, handle: v.handle, url: httpUrl(v.url), date: v.date };
}

function removal(v: unknown): Removal | null {
  return isObj(v) && str(v.rule, 200) && str(v.text, 100_000) ? { rule: v.rule, text: v.text } : null;
}

/** A pipeline `Article` with an http(s) URL, or null. */
export function validateArticle(v: unknown): Article | null {
  if (!isObj(v) || !str(v.title, 10_000) || !str(v.contentHtml) || !str(v.text)) return null;
  const url = httpUrl(v.url);
  if (!url || !str(v.lang, 40) || !LANG.test(v.lang) || (v.dir !== 'ltr' && v.dir !== 'rtl')) return null;
  if (
    !strOrNull(v.byline) ||
    !strOrNull(v.siteName) ||
    !strOrNull(v.publishedTime, 100) ||
    !strOrNull(v.excerpt) ||
    !strOrNull(v.leadImage)
  )
    return null;
  if (!Array.isArray(v.embeds) || !Array.isArray(v.removed)) return null;
  const embeds = v.embeds.map(embed);
  const removed = v.removed.map(removal);
  if (embeds.includes(null) || removed.includes(null)) return null;
  return {
    url,
    title: v.title,
    byline: v.byline,
    siteName: v.siteName,
    lang: v.lang,
    dir: v.dir,
    publishedTime: v.publishedTime,
    excerpt: v.excerpt,
    leadImage: httpUrl(v.leadImage),
    // Origin ids point into the page the article came from: meaningless once stored.
    contentHtml: stripOrigins(v.contentHtml),
    text: v.text,
    embeds: embeds as Embed[],
    removed: removed as Removal[],
  };
}

/** Tags as the library keeps them: trimmed, unique, at most 20 of at most 40 characters. */
export function cleanTags(v: unknown): string[] | null {
  if (!Array.isArray(v) || !v.every((t) => typeof t === 'string')) return null;
  const tags = v.map((t) => t.replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, '').trim()).filter((t) => t && t.length <= 40);
  return [...new Set(tags)].slice(0, 20);
}

/** At most this many translations per article (an embed or quote each). */
export const MAX_TRANSLATIONS = 2000;
const optStr = (v: unknown, max: number) => v === undefined || str(v, max);

/**
 * An article's saved translations (from a backup, or the reader's Save), or null. Keys are at
 * most 200 characters; `source`, `label` and `original` may be absent (older records).
 */
export function validateTranslations(v: unknown): Record<string, StoredTranslation> | null {
  if (!isObj(v) || Object.keys(v).length > MAX_TRANSLATIONS) return null;
  const out: Record<string, StoredTranslation> = Object.create(null) as Record<string, StoredTranslation>;
  for (const [key, t] of Object.entries(v)) {
    if (key.length > 200 || !isObj(t) || !str(t.text, 200_000) || !str(t.service, 100) || !str(t.target, 40)) return null;
    if (!optStr(t.source, 40) || !optStr(t.label, 200) || !optStr(t.original, 100_000)) return null;
    const entry: StoredTranslation = { text: t.text, service: t.service, target: t.target };
    if (t.source !== undefined) entry.source = t.source;
    if (t.label !== undefined) entry.label = t.label;
    if (t.original !== undefined) entry.original = t.original;
    out[key] = entry;
  }
  return { ...out };
}

/**
 * Base64 that `atob` decodes (canonical: padded to a multiple of four, `=` only at the end) and
 * whose first bytes are an image of `type`. Checked before any import transaction starts, so a
 * damaged image refuses the file instead of failing inside the transaction.
 */
export function validImageData(data: unknown, type: unknown): boolean {
  if (typeof data !== 'string' || data.length === 0 || data.length > 50_000_000 || data.length % 4 !== 0) return false;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return false;
  const head = atob(data.slice(0, 16));
  return sniffImageType(Uint8Array.from(head, (c) => c.charCodeAt(0))) === type;
}

function image(v: unknown): ImageWire | null {
  if (!isObj(v) || !validImageData(v.data, v.type)) return null;
  const url = httpUrl(v.url);
  const type = IMAGE_TYPES.find((t) => t === v.type);
  return url && type ? { url, type, data: v.data as string } : null;
}

/** A whole article from a backup file or an `import` message, or null. */
export function validateArticleWire(v: unknown): ArticleWire | null {
  if (!isObj(v)) return null;
  const article = validateArticle(v.article);
  const tags = cleanTags(v.tags);
  const tr = validateTranslations(v.translations ?? {});
  if (!article || !tags || !tr || !time(v.savedAt) || !time(v.updatedAt) || !(v.readAt === null || time(v.readAt))) return null;
  if (!Array.isArray(v.images) || v.images.length > 1000) return null;
  const images = v.images.map(image);
  if (images.includes(null)) return null;
  const url = article.url!;
  return {
    url,
    site: new URL(url).hostname,
    article,
    translations: tr,
    tags,
    savedAt: v.savedAt,
    updatedAt: v.updatedAt,
    readAt: v.readAt,
    bytes: 0,
    imageCount: images.length,
    readingMinutes: readingMinutes(article.text, article.lang),
    // Backups from before reading positions have none (not started); a damaged one counts as none too.
    readPosition: cleanPosition(v.readPosition) ?? 0,
    images: images as ImageWire[],
  };
}
