/**
 * Fetching a saved article's images so it reads offline. Only the images the sanitized article
 * shows (its `<img src>` and lead image), only http(s), raster types recognised by their bytes
 * (never SVG, which can carry script), within per-image, count and total limits.
 */
import type { Article } from '../types';
import { isPrivateHost, isPrivateUrl } from './address';
import { sniffImageType } from './image-type';
import { httpUrl } from '../text/url';

export { isPrivateHost } from './address';
export { sniffImageType } from './image-type';

export interface ImageLimits {
  maxCount: number;
  maxBytesEach: number;
  maxBytesTotal: number;
  timeoutMs: number;
}

/** Generous for news photos (a large JPEG is 1-3 MB) yet bounded: one article stays under ~30 MB. */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxCount: 40,
  maxBytesEach: 5 * 2 ** 20,
  maxBytesTotal: 30 * 2 ** 20,
  timeoutMs: 15_000,
};

/** At most this many images an article can keep (a backup refuses more); see `KEEP_ALL_IMAGE_LIMITS`. */
export const MAX_IMAGES_PER_ARTICLE = 1000;

/**
 * "Keep all images", the reader's choice after a save that hit the count or total limit: every
 * image the article shows (up to what a backup holds), each still within its own size and time limits.
 */
export const KEEP_ALL_IMAGE_LIMITS: ImageLimits = {
  ...DEFAULT_IMAGE_LIMITS,
  maxCount: MAX_IMAGES_PER_ARTICLE,
  maxBytesTotal: 500 * 2 ** 20,
};

/** Images left out only because of the count or total limit (keeping all would bring them). */
export function cappedCount(skipped: readonly { reason: SkipReason }[]): number {
  return skipped.filter((s) => s.reason === 'limit-count' || s.reason === 'limit-total').length;
}

export type SkipReason =
  'limit-count' | 'limit-total' | 'too-large' | 'not-image' | 'http-error' | 'network' | 'private-address' | 'redirect';

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

/** Redirects followed for one image at most. */
export const MAX_REDIRECTS = 5;

/**
 * Fetches `url`, following redirects by hand so every hop's address is checked BEFORE it is
 * requested (`redirect: 'follow'` would already have asked a private host when we saw where it
 * ended). Where the 3xx and its Location are visible (Node, tests) each hop is checked and
 * followed. Browsers answer `redirect: 'manual'` with an opaque redirect (type "opaqueredirect",
 * status 0, no headers), hiding the target: then an http: URL is tried once as https: (the common
 * upgrade redirect), and anything else is skipped as 'redirect'.
 */
export async function fetchCheckingHops(
  url: string,
  fetchFn: typeof fetch,
  init: RequestInit,
  allowPrivate: boolean,
): Promise<Response | SkipReason> {
  let current = url;
  let upgraded = false;
  for (let hop = 0; hop <= MAX_REDIRECTS;) {
    if (!allowPrivate && isPrivateUrl(current)) return 'private-address';
    const res = await fetchFn(current, { ...init, redirect: 'manual' });
    if (res.type === 'opaqueredirect') {
      if (upgraded || !current.startsWith('http:')) return 'redirect';
      current = `https:${current.slice(5)}`;
      upgraded = true;
      continue;
    }
    if (res.status < 300 || res.status > 399 || res.status === 304) return res;
    const location = res.headers.get('location');
    await res.body?.cancel();
    if (!location) return 'http-error';
    try {
      current = new URL(location, current).href;
    } catch {
      return 'http-error';
    }
    hop++;
  }
  return 'redirect';
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
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Fetches images one after another (a slow page should not open dozens of connections from the
 * background), without cookies, within `limits`. Failures are reported, never thrown.
 */
export async function fetchImages(
  urls: string[],
  pageUrl: string,
  fetchFn: typeof fetch,
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<FetchedImages> {
  const out: FetchedImages = { images: [], skipped: [] };
  const pagePrivate = isPrivateHost(new URL(pageUrl).host.replace(/:\d+$/, ''));
  let total = 0;
  for (const url of urls) {
    const skip = (reason: SkipReason) => out.skipped.push({ url, reason });
    if (out.images.length >= limits.maxCount) {
      skip('limit-count');
      continue;
    }
    try {
      const res = await fetchCheckingHops(
        url,
        fetchFn,
        { credentials: 'omit', signal: AbortSignal.timeout(limits.timeoutMs) },
        pagePrivate,
      );
      if (typeof res === 'string') {
        skip(res);
        continue;
      }
      if (!res.ok) {
        skip('http-error');
        continue;
      }
      const cap = Math.min(limits.maxBytesEach, limits.maxBytesTotal - total);
      const bytes = await readCapped(res, cap);
      if (!bytes) {
        skip(cap < limits.maxBytesEach ? 'limit-total' : 'too-large');
        continue;
      }
      const type = sniffImageType(bytes);
      if (!type) {
        skip('not-image');
        continue;
      }
      total += bytes.length;
      out.images.push({ url, blob: new Blob([bytes], { type }) });
    } catch {
      skip('network');
    }
  }
  return out;
}
