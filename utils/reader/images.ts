/**
 * Images that do not show collapse in the reader: a failed load (offline, blocked hotlink), a lazy
 * placeholder that never got its real source, a 1x1 tracking pixel. Without this they leave an
 * empty full-width frame or a broken-image icon with its alt text. A figure whose image went keeps
 * its caption only when the caption says something about the story, not when it is a photo credit
 * or a label ("Photo: AFP", "فائل فوٹو", "تصویر: بشکریہ ایکس").
 */

/** Attribute set on what was collapsed: `image` (hidden) or `caption` (the figure kept for its words). */
export const COLLAPSED_ATTR = 'data-saaf-collapsed';

/** Words that introduce a credit or label, in English, Urdu, Arabic and Persian. */
const CREDIT_LABEL =
  /^(?:(?:file\s+)?(?:photo|image|picture|pic|illustration|graphic|screenshot|screengrab|video)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?|source))?|credits?|courtesy(?:\s+of)?|source|via|©|\(c\)|(?:فائل\s+)?(?:فوٹو|تصویر|تصاویر|عکس|عکس‌ها|صورة|صور)(?:\s+(?:از|بشکریہ|بہ\s+شکریہ))?|بشکریہ|بہ\s+شکریہ|سورس|ذریعہ|منبع|عکاسی|اسکرین\s*شاٹ|المصدر|مصدر|حقوق|تصوير|الصورة|منبع\s+عکس)\s*[:：\-–—|/]?\s*/i;

/** News agencies and picture desks that make up a credit on their own. */
const AGENCIES =
  /\b(?:afp|ap|reuters|getty(?:\s+images)?|epa|anadolu|xinhua|shutterstock|istock|alamy|pa(?:\s+media)?|dpa|efe|ani|app|ppi|nni|irna|isna|wana|bbc|aljazeera|al\s+jazeera)\b|اے\s*ایف\s*پی|رائٹرز|روئٹرز|اے\s*پی\s*پی|گیٹی|رويترز|فرانس\s+پرس|آسوشیتدپرس|ایرنا|ایسنا/giu;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * True when a caption says something about the story: after its credit/label parts are taken off,
 * at least `minWords` words are left. "Photo: AFP", "فائل فوٹو", "(رائٹرز)", "Getty Images" are not.
 */
export function captionIsInformative(text: string, minWords = 4): boolean {
  // A caption often ends in its credit: "Crowds in Lahore on Friday. (Photo: AFP)".
  const parts = text
    .split(/[()[\]\n|]+|\s[—–-]\s|[.۔](?=\s|$)/u)
    .map((p) => p.trim())
    .filter(Boolean);
  let words = 0;
  for (const part of parts) {
    const m = CREDIT_LABEL.exec(part);
    // A label swallows the short name after it: "Photo: Ali Khan / Dawn".
    const rest = m ? part.slice(m[0].length) : part;
    const left = rest.replace(AGENCIES, ' ');
    const n = left.match(WORD)?.length ?? 0;
    if (m && n <= 4) continue;
    if (!m && n < (part.match(WORD)?.length ?? 0) && n <= 2) continue;
    words += n;
  }
  return words >= minWords;
}

/** A source that can never be the real picture: none, or a small inline placeholder. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim();
  if (/^about:blank$/i.test(s)) return true;
  // 1x1 GIF/PNG and empty SVG placeholders are a few dozen bytes; real inline photos are kilobytes.
  return /^data:/i.test(s) && s.length < 400;
}

/** A tracking pixel or spacer: drawn no bigger than 2x2. */
function isTiny(img: HTMLImageElement): boolean {
  return img.naturalWidth > 0 && img.naturalWidth <= 2 && img.naturalHeight <= 2;
}

/** The box an image stands in: its figure, else its `picture`/link wrapper when that holds nothing else. */
function frameOf(img: HTMLImageElement, root: Element): Element {
  let el: Element = img;
  for (let p = img.parentElement; p && p !== root; p = p.parentElement) {
    if (p.localName === 'figure') return p;
    const others = [...p.childNodes].some(
      (n) => n !== el && (n.nodeType === 1 ? (n as Element).localName !== 'source' : (n.textContent ?? '').trim() !== ''),
    );
    if (others || !['picture', 'a', 'span', 'div', 'p'].includes(p.localName)) break;
    el = p;
  }
  return el;
}

/** Collapses one image that will not show. */
export function collapseImage(img: HTMLImageElement, root: Element): void {
  const frame = frameOf(img, root);
  if (frame.localName === 'figure') {
    const visible = [...frame.querySelectorAll('img, video, iframe')].filter((m) => m !== img && !m.closest(`[${COLLAPSED_ATTR}]`));
    if (visible.length > 0) {
      img.hidden = true;
      img.setAttribute(COLLAPSED_ATTR, 'image');
      return;
    }
    const caption = frame.querySelector('figcaption');
    if (caption && captionIsInformative(caption.textContent ?? '')) {
      for (const m of frame.querySelectorAll('img, picture')) {
        (m as HTMLElement).hidden = true;
        m.setAttribute(COLLAPSED_ATTR, 'image');
      }
      frame.setAttribute(COLLAPSED_ATTR, 'caption');
      return;
    }
  }
  (frame as HTMLElement).hidden = true;
  frame.setAttribute(COLLAPSED_ATTR, 'image');
}

/**
 * Watches the images under `root`: collapses placeholders at once, and any image when it fails
 * to load or turns out to be a tracking pixel. Returns a function that stops watching.
 */
export function collapseFailedImages(root: Element): () => void {
  const imgs = [...root.querySelectorAll('img')];
  const stops: (() => void)[] = [];
  for (const img of imgs) {
    if (img.closest(`[${COLLAPSED_ATTR}]`)) continue;
    if (isPlaceholderSrc(img.getAttribute('src')) && !img.getAttribute('srcset')) {
      collapseImage(img, root);
      continue;
    }
    // Already settled before we looked: a broken image is complete with no size.
    if (img.complete && (img.naturalWidth === 0 || isTiny(img)) && img.currentSrc !== '') {
      collapseImage(img, root);
      continue;
    }
    const onError = () => collapseImage(img, root);
    const onLoad = () => {
      if (isTiny(img)) collapseImage(img, root);
    };
    img.addEventListener('error', onError);
    img.addEventListener('load', onLoad);
    stops.push(() => {
      img.removeEventListener('error', onError);
      img.removeEventListener('load', onLoad);
    });
  }
  return () => stops.forEach((s) => s());
}
