import createDOMPurify, { type Config } from 'dompurify';
import { EMBED_ATTR, ORIGIN_ATTR } from '../types';
import { resolveHttpUrl } from '../text/url';

/**
 * The reader's allow-list. Page HTML is hostile (../shared/notes/security.md): DOMPurify's defaults
 * keep inline `style`, ids and names (DOM clobbering), `javascript:` in data attributes and odd URL
 * schemes in `srcset`. We allow only what the reader renders, no `style`/`id`/`name`/`class`, and
 * URLs that are http(s) (images may also be data: raster images).
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'wbr',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'lang',
  'dir',
  'datetime',
  'colspan',
  'rowspan',
  'width',
  'height',
  'cite',
  EMBED_ATTR,
  ORIGIN_ATTR,
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  KEEP_CONTENT: true,
  FORBID_TAGS: [
    'style',
    'script',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
    'noscript',
    'source',
  ],
};

const SAFE_IMG_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window, baseUrl: string | null): Purifier {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifiers.set(win, purify);
  }
  purify.removeAllHooks();
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    if (name === 'href' || name === 'cite') {
      const url = resolveHttpUrl(data.attrValue, baseUrl);
      if (url) data.attrValue = url;
      else data.keepAttr = false;
    } else if (name === 'src') {
      const url = node.nodeName === 'IMG' && SAFE_IMG_DATA.test(data.attrValue) ? data.attrValue : resolveHttpUrl(data.attrValue, baseUrl);
      if (url) data.attrValue = url;
      else data.keepAttr = false;
    } else if (name === 'dir') {
      if (!/^(?:ltr|rtl|auto)$/i.test(data.attrValue)) data.keepAttr = false;
    } else if (name === 'lang') {
      if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(data.attrValue)) data.keepAttr = false;
    } else if (name === EMBED_ATTR) {
      if (!/^\d{1,4}$/.test(data.attrValue)) data.keepAttr = false;
    } else if (name === ORIGIN_ATTR) {
      if (!/^\d{1,7}$/.test(data.attrValue)) data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links open outside the reader and never hand the page a window.opener.
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  return purify;
}

/**
 * Sanitizes article HTML with the reader's allow-list. Relative URLs are resolved against
 * `baseUrl` (the page URL, never a `<base href>` from the page). Call it after every
 * transformation of the HTML, and again before inserting it into a DOM.
 */
export function sanitizeHtml(html: string, win: Window, baseUrl: string | null): string {
  const purify = purifierFor(win, baseUrl);
  const out = purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
  purify.removeAllHooks();
  return String(out);
}

/**
 * Sanitizes the children of `root` in place with the same allow-list: the pipeline's path, so
 * Readability's output is parsed once and serialized once instead of parse → string → parse.
 * `root` must be an allowed container element (the pipeline's detached `<div>`).
 */
export function sanitizeInPlace(root: Element, win: Window, baseUrl: string | null): void {
  const purify = purifierFor(win, baseUrl);
  purify.sanitize(root, { ...CONFIG, IN_PLACE: true });
  purify.removeAllHooks();
}

/** Like `sanitizeHtml`, returning a fragment ready to insert (the reader's render path). */
export function sanitizeToFragment(html: string, win: Window, baseUrl: string | null): DocumentFragment {
  const purify = purifierFor(win, baseUrl);
  const frag = purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  purify.removeAllHooks();
  return frag;
}
