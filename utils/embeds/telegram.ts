import type { Embed } from '../types';
import { normalizeLangTag } from '../text/script';
import { hasClass, squash, type EmbedDetector } from './types';

/**
 * A public channel's post as Telegram's widget names it: "channel/123" (usernames are 5-32
 * letters, digits and underscores, starting with a letter; a few old ones are shorter).
 */
const POST_ID = /^([A-Za-z][A-Za-z0-9_]{2,31})\/(\d{1,12})$/;

/** "channel/123" from a widget's `data-telegram-post`. */
function fromWidgetId(raw: string | null): [string, string] | null {
  const m = POST_ID.exec((raw ?? '').trim());
  return m ? [m[1]!, m[2]!] : null;
}

/**
 * ["channel", "123"] when `raw` (an iframe's src or a link's href) is a post on t.me or
 * telegram.me over http(s); anything else (another host, `javascript:`, a channel without a post,
 * t.me/s/, t.me/c/ private links) is null.
 */
export function telegramPost(raw: string | null, pageUrl: string | null): [string, string] | null {
  if (!raw) return null;
  let u: URL;
  try {
    // Resolved against the page (a relative link is the page's own site, never t.me).
    u = new URL(raw.trim(), pageUrl ?? 'https://page.invalid/');
  } catch {
    return null;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !/^(?:www\.)?(?:t|telegram)\.me$/i.test(u.hostname)) return null;
  return fromWidgetId(u.pathname.replace(/^\/|\/$/g, ''));
}

/** The iframe Telegram's widget script puts in the page, before its script (or in place of its blockquote). */
const isWidgetIframe = (el: Element): boolean =>
  el.localName === 'iframe' &&
  ((el.getAttribute('id') ?? '').startsWith('telegram-post-') ||
    /(?:^|\/\/)(?:www\.)?(?:t|telegram)\.me\/\w+\/\d+\?(?:[^#\s]*&)?embed=1/.test(
      `${el.getAttribute('src') ?? ''} ${el.getAttribute('data-src') ?? ''}`,
    ));

/** A paragraph that is nothing but a link to one post, its own URL as its text (what a CMS leaves of an embed). */
function bareLink(el: Element): Element | null {
  if (el.children.length !== 1) return null;
  const a = el.firstElementChild!;
  if (a.localName !== 'a') return null;
  const text = squash(el.textContent);
  const href = a.getAttribute('href') ?? '';
  return text &&
    href.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '') === text.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '')
    ? a
    : null;
}

/** A paragraph whose whole text is one link to a Telegram post (the blockquote's source line). */
function isSourceLine(p: Element, pageUrl: string | null): boolean {
  const a = p.querySelector('a[href]');
  return !!a && squash(p.textContent) === squash(a.textContent) && !!telegramPost(a.getAttribute('href'), pageUrl);
}

/** The post's text in a pasted blockquote: its paragraphs, less the line that only links to the post. */
function quotedText(el: Element, pageUrl: string | null): string {
  const paras = [...el.querySelectorAll('p')];
  if (!paras.length) return squash(el.textContent);
  return squash(
    paras
      .filter((p) => !isSourceLine(p, pageUrl))
      .map((p) => p.textContent)
      .join(' '),
  );
}

/**
 * Telegram channel posts, common on Persian, Arabic and Urdu news pages: the widget script
 * (`script[data-telegram-post="channel/123"]`), the iframe it renders (`iframe#telegram-post-
 * channel-123`, src `https://t.me/channel/123?embed=1`), the blockquote fallback
 * (`blockquote.telegram-post`, with the post's text) and a paragraph that is only the post's
 * link. The reader shows a card with the channel and a link to t.me: never the frame. The link
 * is rebuilt from the channel name and post number, so nothing else the page wrote becomes a link.
 */
export const telegram: EmbedDetector = {
  kind: 'telegram',
  accepts: (el) =>
    (el.localName === 'script' && el.hasAttribute('data-telegram-post')) ||
    (el.localName === 'blockquote' && hasClass(el, 'telegram-post')) ||
    isWidgetIframe(el) ||
    (el.localName === 'p' &&
      el.childElementCount === 1 &&
      el.firstElementChild!.localName === 'a' &&
      (el.firstElementChild!.getAttribute('href') ?? '').includes('.me/')),
  read(el, pageUrl) {
    let post: [string, string] | null;
    let text = '';
    let lang: string | null = null;
    if (el.localName === 'script') {
      post = fromWidgetId(el.getAttribute('data-telegram-post'));
      // After the widget ran, its iframe stands just before the script: the iframe is the embed.
      const prev = el.previousElementSibling;
      if (post && prev && isWidgetIframe(prev) && telegramPost(prev.getAttribute('src'), pageUrl)?.join('/') === post.join('/'))
        return null;
    } else if (el.localName === 'iframe') {
      post = telegramPost(el.getAttribute('src') || el.getAttribute('data-src'), pageUrl);
    } else if (el.localName === 'blockquote') {
      const link = [...el.querySelectorAll('a[href]')].map((a) => telegramPost(a.getAttribute('href'), pageUrl)).find(Boolean);
      post = fromWidgetId(el.getAttribute('data-telegram-post')) ?? link ?? null;
      text = quotedText(el, pageUrl);
      lang = normalizeLangTag(el.getAttribute('lang') ?? el.querySelector('p[lang]')?.getAttribute('lang'));
    } else {
      const a = bareLink(el);
      post = a && telegramPost(a.getAttribute('href'), pageUrl);
    }
    if (!post) return null;
    const [channel, id] = post;
    return {
      kind: 'telegram',
      lang,
      text,
      author: null,
      handle: channel,
      url: `https://t.me/${channel}/${id}`,
      date: null,
    } satisfies Embed;
  },
};
