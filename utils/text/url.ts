/**
 * The URL checks every layer shares: a page's links, images and embeds (resolved against the page)
 * and stored or received URLs (absolute only). Only http(s) ever comes out: no `javascript:`,
 * `data:`, `file:` or extension URLs.
 */

const isHttp = (u: URL): boolean => u.protocol === 'http:' || u.protocol === 'https:';

/**
 * `raw` resolved against `base` (the page's URL) as the browser would resolve it, when the result
 * is http(s); otherwise null. `raw` is trimmed first; a blank value is the base itself (an empty
 * `href` points at the page), a missing one (null, undefined) is null. Without a base only
 * absolute URLs resolve.
 */
export function resolveHttpUrl(raw: string | null | undefined, base: string | null): string | null {
  if (raw === null || raw === undefined) return null;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return isHttp(u) ? u.href : null;
  } catch {
    return null;
  }
}

/** The longest URL accepted from storage or a message. */
export const MAX_URL_LENGTH = 8192;

/**
 * An absolute http(s) URL, normalised, or null: for values that come from storage, a backup or a
 * message (anything not a string, longer than MAX_URL_LENGTH or relative is refused).
 */
export function httpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
  try {
    const u = new URL(raw);
    return isHttp(u) ? u.href : null;
  } catch {
    return null;
  }
}
