import type { Embed } from '../types';
import { normalizeLangTag } from '../text/script';
import { hasClass, squash, type EmbedDetector } from './types';

/** twitter.com and x.com status URLs (also mobile., and /i/web/status/ID). */
export const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com)\/([A-Za-z0-9_]{1,15}|i(?:\/web)?)\/status(?:es)?\/(\d+)/;

/** "— Umar Saif (@umarsaif)" -> ["Umar Saif", "umarsaif"] */
function authorLine(text: string): [string | null, string | null] {
  const m = /[—–-]\s*([^()@]+?)\s*\(@([A-Za-z0-9_]{1,15})\)/.exec(text);
  if (m) return [m[1]!.trim(), m[2]!];
  const handle = /@([A-Za-z0-9_]{1,15})/.exec(text);
  return [null, handle ? handle[1]! : null];
}

/** The tweet's own status link (the last one: links in the text come first), its handle and date. */
function statusLink(el: Element): { url: string | null; handle: string | null; date: string | null } {
  for (const a of [...el.querySelectorAll('a[href]')].reverse()) {
    const href = a.getAttribute('href') ?? '';
    const m = STATUS_URL.exec(href);
    if (!m) continue;
    const url = new URL(href);
    url.search = '';
    url.hash = '';
    const handle = m[1]!.startsWith('i') && m[1]!.length <= 5 ? null : m[1]!;
    return { url: url.href, handle, date: squash(a.textContent) || null };
  }
  return { url: null, handle: null, date: null };
}

/** Tweets as sites paste them, before Twitter's widget script runs (twitter.com or x.com links). */
export const tweetBlockquote: EmbedDetector = {
  kind: 'tweet',
  accepts: (el) => el.localName === 'blockquote' && (hasClass(el, 'twitter-tweet') || hasClass(el, 'twitter-video')),
  read(el) {
    const p = el.querySelector('p');
    const text = squash(p?.textContent);
    const { url, handle: urlHandle, date } = statusLink(el);
    const tail = squash(el.textContent).slice(text.length);
    const [author, handle] = authorLine(tail);
    const lang = normalizeLangTag(p?.getAttribute('lang') ?? el.getAttribute('lang'));
    return { kind: 'tweet', lang, text, author, handle: handle ?? urlHandle, url, date } satisfies Embed;
  },
};

/**
 * Tweets after the widget script ran (an iframe, div or `twitter-widget` with the tweet id) and
 * AMP tweets. Readability deletes these and only the id survives, so the embed is a link.
 */
export const renderedTweet: EmbedDetector = {
  kind: 'tweet',
  accepts: (el) =>
    (/^(?:iframe|div|twitter-widget)$/.test(el.localName) && el.hasAttribute('data-tweet-id')) ||
    (el.localName === 'amp-twitter' && el.hasAttribute('data-tweetid')),
  read(el) {
    const id = el.getAttribute('data-tweet-id') ?? el.getAttribute('data-tweetid');
    if (!id || !/^\d{1,25}$/.test(id)) return null;
    // An AMP tweet may carry the pasted blockquote as its placeholder: read it when present.
    const inner = el.querySelector('blockquote');
    const fromInner = inner ? tweetBlockquote.read(inner, null, '') : null;
    return {
      kind: 'tweet',
      lang: fromInner?.lang ?? normalizeLangTag(el.getAttribute('lang')),
      text: fromInner?.text ?? (el.localName === 'iframe' ? '' : squash(el.textContent)),
      author: fromInner?.author ?? null,
      handle: fromInner?.handle ?? null,
      url: fromInner?.url ?? `https://twitter.com/i/status/${id}`,
      date: fromInner?.date ?? null,
    };
  },
};
