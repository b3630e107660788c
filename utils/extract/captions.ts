/**
 * Photo stories tell their story in captions: a gallery of figures, each an image and a sentence
 * or two, with no paragraphs between them. Readability drops a block with several images and few
 * paragraphs ("bad p to img ratio"), and with it every caption. Before it scores the page, a
 * caption that says something (a sentence's worth of letters, mostly not link text) has its text
 * put in a paragraph, so it counts as one. A gallery in its own box beside the story's text is
 * moved next to that text first (`galleryIntoStory`).
 */
import { letterCount } from '../clean/element-text';

/** Letters a caption needs to count as a sentence of the story, not a label or a credit. */
const MIN_LETTERS = 40;

/** A caption that says something: a sentence's worth of letters, mostly not link text, no blocks inside. */
function isInformative(cap: Element): boolean {
  if (cap.querySelector('p, div, ul, ol, table, figure')) return false;
  const total = letterCount(cap.textContent ?? '');
  if (total < MIN_LETTERS) return false;
  let linked = 0;
  for (const a of cap.getElementsByTagName('a')) linked += letterCount(a.textContent ?? '');
  return linked * 2 <= total;
}

/**
 * Does `el` hold a photo series told in captions (three informative captions or more)? The
 * clutter rules that look for the story by its paragraphs count it as prose: it is the story's.
 */
export function holdsCaptionGallery(el: Element): boolean {
  let n = 0;
  for (const cap of el.getElementsByTagName('figcaption')) if (isInformative(cap) && ++n >= MIN_FIGURES) return true;
  return false;
}

/** Wraps the content of each informative `figcaption` under `root` in a `<p>`; returns how many. */
export function captionsAsParagraphs(root: Element): number {
  return informativeCaptions(root).length;
}

/**
 * Wraps the content of each informative `figcaption` under `root` in a `<p>`; returns those
 * captions, in page order.
 */
export function informativeCaptions(root: Element): Element[] {
  const out: Element[] = [];
  for (const cap of [...root.getElementsByTagName('figcaption')]) {
    if (!isInformative(cap)) continue;
    const p = cap.ownerDocument.createElement('p');
    while (cap.firstChild) p.appendChild(cap.firstChild);
    cap.appendChild(p);
    out.push(cap);
  }
  return out;
}

/** Figures a gallery needs before it is taken for the story's own photo series. */
const MIN_FIGURES = 3;

/** A link that opens the photo itself (a lightbox) or nothing, not another page. */
const PHOTO_HREF = /^(?:#|javascript:|$)|\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)/i;

/** The element whose `<p>` children (captions aside) hold the most letters: where the story's text is. */
function mainText(root: Element): Element | null {
  const letters = new Map<Element, number>();
  let best: Element | null = null;
  let most = 0;
  for (const p of root.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (!parent || p.closest('figcaption')) continue;
    const n = (letters.get(parent) ?? 0) + letterCount(p.textContent ?? '');
    letters.set(parent, n);
    if (n > most) [best, most] = [parent, n];
  }
  return best;
}

/** The deepest element containing every one of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let cur: Element | null = els[0] ?? null;
  while (cur && !els.every((e) => cur!.contains(e))) cur = cur.parentElement;
  return cur;
}

/**
 * A photo story whose gallery sits in its own box beside the story's text (a sibling section
 * after the article column): Readability keeps the text's container and drops the gallery with
 * every caption. When the informative captions (see `informativeCaptions`) of three figures or
 * more share one box that is mostly those captions, outside the page's header, footer, nav and
 * asides, and the figures open no other page (a "more galleries" strip links each card to its
 * own gallery, and its short captions are not informative anyway), the box is moved into the
 * container of the story's paragraphs, after them (or before them when it came first), where
 * Readability scores it with the story. Returns whether it moved.
 */
export function galleryIntoStory(root: Element, captions: readonly Element[]): boolean {
  const figures = captions
    .map((cap): Element | null => cap.closest('figure') ?? cap.parentElement)
    .filter(
      (f): f is Element => !!f && [...f.getElementsByTagName('a')].every((a) => PHOTO_HREF.test((a.getAttribute('href') ?? '').trim())),
    );
  if (figures.length < MIN_FIGURES) return false;
  const box = commonAncestor(figures);
  if (!box || box === root || !root.contains(box) || box.closest('header, footer, nav, aside')) return false;
  let captioned = 0;
  for (const f of figures) captioned += letterCount(f.getElementsByTagName('figcaption')[0]?.textContent ?? '');
  if (captioned * 2 < letterCount(box.textContent ?? '')) return false;
  // A box that holds the story's paragraphs is the story, not a gallery beside it.
  const main = mainText(root);
  if (!main || main.contains(box) || box.contains(main)) return false;
  const shared = commonAncestor([main, box]);
  if (!shared || shared === root || shared.localName === 'body' || shared.localName === 'html') return false;
  if (main.compareDocumentPosition(box) & 4 /* FOLLOWING */) main.append(box);
  else main.prepend(box);
  return true;
}
