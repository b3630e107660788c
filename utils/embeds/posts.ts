import type { Embed } from '../types';
import { resolveHttpUrl } from '../text/url';
import { hasClass, squash, type EmbedDetector } from './types';

/** Instagram: `blockquote.instagram-media[data-instgrm-permalink]` or its rendered iframe. */
export const instagram: EmbedDetector = {
  kind: 'instagram',
  accepts: (el) =>
    (el.localName === 'blockquote' && hasClass(el, 'instagram-media')) ||
    (el.localName === 'iframe' && (hasClass(el, 'instagram-media') || /instagram\.com\/(?:p|reel)\//.test(el.getAttribute('src') ?? ''))),
  read(el, pageUrl) {
    const raw = el.getAttribute('data-instgrm-permalink') ?? el.getAttribute('src')?.replace(/\/embed\/?.*$/, '/');
    const url = resolveHttpUrl(raw || null, pageUrl);
    if (!url || !/instagram\.com\//.test(url)) return null;
    const text = el.localName === 'iframe' ? '' : squash(el.querySelector('p')?.textContent ?? el.textContent);
    const m = /shared by (.+?) \(@([A-Za-z0-9_.]{1,30})\)/.exec(squash(el.textContent));
    return {
      kind: 'instagram',
      lang: null,
      text: m && text.startsWith('A post shared by') ? '' : text,
      author: m?.[1] ?? null,
      handle: m?.[2] ?? null,
      url: url.split('?')[0]!,
      date: null,
    };
  },
};

/** The `href` a Facebook plugin iframe embeds (plugins/post.php?href=..., plugins/video.php?href=...). */
function pluginHref(src: string | null): string | null {
  if (!src) return null;
  try {
    const u = new URL(src, 'https://www.facebook.com/');
    return /(?:^|\.)facebook\.com$/.test(u.hostname) && /\/plugins\/(?:post|video)\.php/.test(u.pathname)
      ? u.searchParams.get('href')
      : null;
  } catch {
    return null;
  }
}

/** Facebook posts: `div.fb-post[data-href]` (with `blockquote.fb-xfbml-parse-ignore`) or the plugin iframe. */
export const facebook: EmbedDetector = {
  kind: 'facebook',
  accepts: (el) =>
    (el.localName === 'div' && el.hasAttribute('data-href') && (hasClass(el, 'fb-post') || hasClass(el, 'fb-video'))) ||
    (el.localName === 'iframe' && /facebook\.com\/plugins\/(?:post|video)\.php/.test(el.getAttribute('src') ?? '')),
  read(el, pageUrl) {
    const url = resolveHttpUrl(
      (el.localName === 'iframe' ? pluginHref(el.getAttribute('src')) : el.getAttribute('data-href')) || null,
      pageUrl,
    );
    if (!url) return null;
    const quote = el.querySelector('blockquote');
    const text = squash(quote?.querySelector('p')?.textContent ?? quote?.textContent);
    const author = squash(quote?.querySelector('a:last-of-type')?.textContent) || null;
    return { kind: 'facebook', lang: null, text, author, handle: null, url, date: null } satisfies Embed;
  },
};

/** YouTube players (iframes, AMP, lite-youtube). The reader shows a link, never a third-party frame. */
export const youtube: EmbedDetector = {
  kind: 'youtube',
  accepts: (el) =>
    (el.localName === 'iframe' &&
      /youtube(?:-nocookie)?\.com\/embed\//.test(`${el.getAttribute('src') ?? ''} ${el.getAttribute('data-src') ?? ''}`)) ||
    (el.localName === 'amp-youtube' && el.hasAttribute('data-videoid')) ||
    (el.localName === 'lite-youtube' && el.hasAttribute('videoid')),
  read(el, pageUrl) {
    const src = el.getAttribute('src') || el.getAttribute('data-src') || '';
    const id = el.getAttribute('data-videoid') ?? el.getAttribute('videoid') ?? /\/embed\/([A-Za-z0-9_-]{6,20})/.exec(src)?.[1];
    if (!id || !/^[A-Za-z0-9_-]{6,20}$/.test(id)) return null;
    return {
      kind: 'youtube',
      lang: null,
      text: squash(el.getAttribute('title')),
      author: null,
      handle: null,
      url: resolveHttpUrl(`https://www.youtube.com/watch?v=${id}`, pageUrl),
      date: null,
    };
  },
};
