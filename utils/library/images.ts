/**
 * Fetching a saved article's images so it reads offline. Only the images the sanitized article
 * shows (its `<img src>` and lead image), only http(s), raster types recognised by their bytes
 * (never SVG, which can carry script), within per-image, count and total limits.
 */
import type { Article } from '../types';
import { httpUrl } from './validate';

export interface ImageLimits {
  maxCount: number;
  maxBytesEach: number;
  maxBytesTotal: number;
  timeoutMs: number;
}

/** Generous for news photos (a large JPEG is 1-3 MB) yet bounded: one article stays under ~30 MB. */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxCount: 40, maxBytesEach: 5 * 2 ** 20, maxBytesTotal: 30 * 2 ** 20, timeoutMs: 15_000 };

export type SkipReason = 'limit-count' | 'limit-total' | 'too-large' | 'not-image' | 'http-error' | 'network' | 'private-address';

export interface FetchedImages {
  images: { url: string; blob: Blob }[];
  skipped: { url: string; reason: SkipReason }[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The images an article shows, in order, deduplicated: body `<img src>` first, then the lead image. */
export function imageUrlsOf(article: Pick<Article, 'contentHtml' | 'leadImage'>): string[] {
  const urls: string[] = [];
  // The HTML was serialised by DOMPurify: attributes are double-quoted with entities escaped.
  for (const m of article.contentHtml.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gi)) {
    const url = httpUrl(m[1]!.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!));
    if (url) urls.push(url);
  }
  const lead = httpUrl(article.leadImage);
  if (lead) urls.push(lead);
  return [...new Set(urls)];
}

/** Loopback, private, link-local and .local hosts (a public page must not make Saaf fetch from the LAN). */
export function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h) || h.startsWith('fe80:') ||
    /^(?:127|10)\.\d+\.\d+\.\d+$/.test(h) || /^192\.168\.\d+\.\d+$/.test(h) || /^172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+$/.test(h) ||
    /^169\.254\.\d+\.\d+$/.test(h) || /^0\.\d+\.\d+\.\d+$/.test(h)
  );
}

/** The image type from its first bytes, or null (HTML error pages and SVG are refused). */
export function sniffImageType(b: Uint8Array): string | null {
  const at = (i: number, ...bytes: number[]) => bytes.every((x, j) => b[i + j] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(4, 0x66, 0x74, 0x79, 0x70) && (at(8, 0x61, 0x76, 0x69, 0x66) || at(8, 0x61, 0x76, 0x69, 0x73))) return 'image/avif';
  return null;
}

/** Reads at most `cap` bytes of a response body; null when it is longer. */
async function readCapped(res: Response, cap: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > cap) return null;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

/**
 * Fetches images one after another (a slow page should not open dozens of connections from the
 * background), without cookies, within `limits`. Failures are reported, never thrown.
 */
export async function fetchImages(urls: string[], pageUrl: string, fetchFn: typeof fetch, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<FetchedImages> {
  const out: FetchedImages = { images: [], skipped: [] };
  const pagePrivate = isPrivateHost(new URL(pageUrl).hostname);
  let total = 0;
  for (const url of urls) {
    const skip = (reason: SkipReason) => out.skipped.push({ url, reason });
    if (out.images.length >= limits.maxCount) { skip('limit-count'); continue; }
    if (!pagePrivate && isPrivateHost(new URL(url).hostname)) { skip('private-address'); continue; }
    try {
      const res = await fetchFn(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(limits.timeoutMs) });
      if (!pagePrivate && res.url && isPrivateHost(new URL(res.url).hostname)) { skip('private-address'); continue; }
      if (!res.ok) { skip('http-error'); continue; }
      const cap = Math.min(limits.maxBytesEach, limits.maxBytesTotal - total);
      const bytes = await readCapped(res, cap);
      if (!bytes) { skip(cap < limits.maxBytesEach ? 'limit-total' : 'too-large'); continue; }
      const type = sniffImageType(bytes);
      if (!type) { skip('not-image'); continue; }
      total += bytes.length;
      out.images.push({ url, blob: new Blob([bytes], { type }) });
    } catch {
      skip('network');
    }
  }
  return out;
}
