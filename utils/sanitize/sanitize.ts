import createDOMPurify, { type Config } from 'dompurify';
import { EMBED_ATTR, ORIGIN_ATTR } from '../types';
import { resolveHttpUrl } from '../text/url';
import { allElements } from '../text/walk';

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
/** What a purifier returns: a string, the node sanitized in place, or a fragment. */
type Mode = 'string' | 'in-place' | 'fragment';
const MODE_CONFIG: Record<Mode, Config> = {
  string: { ...CONFIG, RETURN_TRUSTED_TYPE: false },
  'in-place': { ...CONFIG, IN_PLACE: true },
  fragment: { ...CONFIG, RETURN_DOM_FRAGMENT: true },
};
const purifiers = new WeakMap<object, Map<Mode, Purifier>>();
/** The base URL of the sanitize call under way: the hooks, registered once, read it. */
let currentBase: string | null = null;

/**
 * One purifier per window and mode, configured once (`setConfig`) with its hooks added once:
 * DOMPurify otherwise parses the whole configuration again on every call, a fixed cost that was
 * most of sanitizing a short article. The same allow-list and hooks as before.
 */
function purifierFor(win: Window, mode: Mode): Purifier {
  let byMode = purifiers.get(win);
  if (!byMode) purifiers.set(win, (byMode = new Map()));
  let purify = byMode.get(mode);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.setConfig(MODE_CONFIG[mode]);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    if (name === 'href' || name === 'cite') {
      const url = resolveHttpUrl(data.attrValue, currentBase);
      if (url) data.attrValue = url;
      else data.keepAttr = false;
    } else if (name === 'src') {
      const url =
        node.nodeName === 'IMG' && SAFE_IMG_DATA.test(data.attrValue) ? data.attrValue : resolveHttpUrl(data.attrValue, currentBase);
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
  byMode.set(mode, purify);
  return purify;
}

/** Runs `f` with the hooks resolving URLs against `baseUrl`. */
function withBase<T>(baseUrl: string | null, f: () => T): T {
  const outer = currentBase;
  currentBase = baseUrl;
  try {
    return f();
  } finally {
    currentBase = outer;
  }
}

/**
 * Sanitizes article HTML with the reader's allow-list. Relative URLs are resolved against
 * `baseUrl` (the page URL, never a `<base href>` from the page). Call it after every
 * transformation of the HTML, and again before inserting it into a DOM.
 */
export function sanitizeHtml(html: string, win: Window, baseUrl: string | null): string {
  const purify = purifierFor(win, 'string');
  return String(withBase(baseUrl, () => purify.sanitize(html)));
}

const LISTED_ATTR = new Set(ALLOWED_ATTR);

/**
 * Removes from `root`'s descendants every attribute the allow-list would remove anyway (its
 * lower-cased name unlisted: DOMPurify removes such an attribute whatever its value, and the
 * hooks only touch listed ones), so DOMPurify, which runs its hooks and checks on each attribute
 * and records each removal, sees only the few it may keep: the classes, ids, data- and aria-
 * attributes a page's markup is full of go in one cheap pass. The attributes kept keep their
 * order: the output is the same. `is` is left to DOMPurify, which empties it instead (a custom
 * element's `is` cannot be taken away).
 */
function dropUnlistedAttributes(root: Element): void {
  for (const el of allElements(root)) {
    if (!el.hasAttributes()) continue;
    for (const name of el.getAttributeNames()) if (!LISTED_ATTR.has(name.toLowerCase()) && name !== 'is') el.removeAttribute(name);
  }
}

/**
 * Sanitizes the children of `root` in place with the same allow-list: the pipeline's path, so
 * Readability's output is parsed once and serialized once instead of parse → string → parse.
 * `root` must be an allowed container element (the pipeline's detached `<div>`).
 */
export function sanitizeInPlace(root: Element, win: Window, baseUrl: string | null): void {
  dropUnlistedAttributes(root);
  const purify = purifierFor(win, 'in-place');
  withBase(baseUrl, () => purify.sanitize(root));
}

/** Like `sanitizeHtml`, returning a fragment ready to insert (the reader's render path). */
export function sanitizeToFragment(html: string, win: Window, baseUrl: string | null): DocumentFragment {
  const purify = purifierFor(win, 'fragment');
  return withBase(baseUrl, () => purify.sanitize(html) as unknown as DocumentFragment);
}
