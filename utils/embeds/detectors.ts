import type { Embed } from '../types';
import { normalizeLangTag } from '../text/script';
import { safeHttpUrl } from '../extract/metadata';

/** Recognises one kind of embed and reads it into structured data. */
export interface EmbedDetector {
  kind: Embed['kind'];
  /** CSS selector of the embed's outermost element as pages ship it. */
  selector: string;
  read(el: Element, pageUrl: string | null): Embed | null;
}

const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com)\/([A-Za-z0-9_]{1,15}|i(?:\/web)?)\/status(?:es)?\/(\d+)/;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** "— Umar Saif (@umarsaif)" -> ["Umar Saif", "umarsaif"] */
function authorLine(text: string): [string | null, string | null] {
  const m = /[—–-]\s*([^()@]+?)\s*\(@([A-Za-z0-9_]{1,15})\)/.exec(text);
  if (m) return [m[1]!.trim(), m[2]!];
  const handle = /@([A-Za-z0-9_]{1,15})/.exec(text);
  return [null, handle ? handle[1]! : null];
}

function statusUrl(el: Element): { url: string | null; handle: string | null; date: string | null } {
  const links = [...el.querySelectorAll('a[href]')];
  for (const a of links.reverse()) {
    const href = a.getAttribute('href') ?? '';
    const m = STATUS_URL.exec(href);
    if (m) {
      const url = new URL(href);
      url.search = '';
      const handle = m[1]!.startsWith('i') && m[1]!.length <= 5 ? null : m[1]!;
      return { url: url.href, handle, date: squash(a.textContent) || null };
    }
  }
  return { url: null, handle: null, date: null };
}

/** Tweets as sites paste them (before Twitter's widget script runs). */
const tweetBlockquote: EmbedDetector = {
  kind: 'tweet',
  selector: 'blockquote.twitter-tweet, blockquote.twitter-video',
  read(el) {
    const p = el.querySelector('p');
    const text = squash(p?.textContent);
    const { url, handle: urlHandle, date } = statusUrl(el);
    const tail = squash(el.textContent).slice(text.length);
    const [author, handle] = authorLine(tail);
    return {
      kind: 'tweet',
      lang: normalizeLangTag(p?.getAttribute('lang') ?? el.getAttribute('lang')),
      text,
      author,
      handle: handle ?? urlHandle,
      url,
      date,
    };
  },
};

/**
 * Tweets after the widget script ran (iframe or div carrying the tweet id) and AMP tweets.
 * Readability deletes these; only the id survives, so the embed is a link to the tweet.
 */
const renderedTweet: EmbedDetector = {
  kind: 'tweet',
  selector: 'iframe[data-tweet-id], div[data-tweet-id], twitter-widget[data-tweet-id], amp-twitter[data-tweetid]',
  read(el) {
    const id = el.getAttribute('data-tweet-id') ?? el.getAttribute('data-tweetid');
    if (!id || !/^\d{1,25}$/.test(id)) return null;
    const text = squash(el.textContent);
    return {
      kind: 'tweet',
      lang: normalizeLangTag(el.getAttribute('lang')),
      text,
      author: null,
      handle: null,
      url: `https://twitter.com/i/status/${id}`,
      date: null,
    };
  },
};

/** Instagram: `blockquote.instagram-media[data-instgrm-permalink]`. */
const instagram: EmbedDetector = {
  kind: 'instagram',
  selector: 'blockquote.instagram-media',
  read(el, pageUrl) {
    const url = safeHttpUrl(el.getAttribute('data-instgrm-permalink'), pageUrl);
    const text = squash(el.textContent);
    const m = /shared by (.+?) \(@([A-Za-z0-9_.]{1,30})\)/.exec(text);
    return { kind: 'instagram', lang: null, text, author: m?.[1] ?? null, handle: m?.[2] ?? null, url, date: null };
  },
};

/** Facebook posts: `div.fb-post[data-href]` (with `blockquote.fb-xfbml-parse-ignore`). */
const facebook: EmbedDetector = {
  kind: 'facebook',
  selector: 'div.fb-post[data-href], div.fb-video[data-href]',
  read(el, pageUrl) {
    const url = safeHttpUrl(el.getAttribute('data-href'), pageUrl);
    const quote = el.querySelector('blockquote');
    const text = squash(quote?.querySelector('p')?.textContent ?? quote?.textContent);
    const author = squash(quote?.querySelector('a:last-of-type')?.textContent) || null;
    return { kind: 'facebook', lang: null, text, author, handle: null, url, date: null };
  },
};

/** YouTube players. The reader shows a link, never a third-party frame. */
const youtube: EmbedDetector = {
  kind: 'youtube',
  selector: 'iframe[src*="youtube.com/embed/"], iframe[src*="youtube-nocookie.com/embed/"], iframe[data-src*="youtube.com/embed/"]',
  read(el, pageUrl) {
    const src = el.getAttribute('src') || el.getAttribute('data-src');
    const m = /\/embed\/([A-Za-z0-9_-]{6,20})/.exec(src ?? '');
    if (!m) return null;
    return {
      kind: 'youtube',
      lang: null,
      text: squash(el.getAttribute('title')),
      author: null,
      handle: null,
      url: safeHttpUrl(`https://www.youtube.com/watch?v=${m[1]}`, pageUrl),
      date: null,
    };
  },
};

/** Detectors in priority order: an element claimed by one is not read again by the next. */
export const EMBED_DETECTORS: readonly EmbedDetector[] = [tweetBlockquote, renderedTweet, instagram, facebook, youtube];
