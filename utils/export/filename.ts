/**
 * Download file names from article titles that survive both browsers' checks while keeping Urdu,
 * Arabic and Persian letters (SingleFile's users lost Persian names to over-eager ASCII filters).
 *
 * Chrome refuses names with `"~*:<>?\|/`, control (Cc) and format (Cf) characters except ZWNJ/ZWJ
 * inside a name, `..` parts and names that end in a dot or space; Firefox refuses any name that
 * its DownloadPaths.sanitize would change (it also rewrites `;,+=[]` and squeezes spaces). Both
 * refuse Windows device names. This keeps the intersection.
 */

/** Characters replaced by a space: path separators, shell/Windows-reserved and URL-ish punctuation. */
const RESERVED = /["~*:<>?\\|/;,+=[\]%#{}^`]/g;
/** Control, bidi-override, isolate and other invisible format characters (ZWNJ/ZWJ kept for now). */
const INVISIBLE = /[\p{Cc}\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u00AD]/gu;
const DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;
const MAX_UNITS = 120;

/**
 * A safe file name: `title` cleaned, cut to a sensible length (never inside a surrogate pair or
 * mid-word when a space is near), plus `.ext`. Falls back to `fallback` when nothing is left.
 */
export function safeFileName(title: string, ext: string, fallback = 'saaf-article'): string {
  let s = title
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, ' ')
    .replace(/\p{Cf}/gu, (c) => (c === '\u200C' || c === '\u200D' ? c : ''))
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.');
  if (s.length > MAX_UNITS) {
    s = s.slice(0, MAX_UNITS);
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    const space = s.lastIndexOf(' ');
    if (space > MAX_UNITS * 0.6) s = s.slice(0, space);
  }
  // No leading or trailing dots, spaces or joiners (hidden files, Windows trimming, Chrome's ends rule).
  s = s.replace(/^[\s.\u200C\u200D]+|[\s.\u200C\u200D]+$/g, '');
  if (!s || DEVICE.test(s)) s = fallback;
  return `${s}.${ext}`;
}
