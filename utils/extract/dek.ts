/**
 * The standfirst (dek, summary) printed between the headline and the story. Readability often
 * leaves it out when it sits in the article header beside the body it picked (walla.co.il's
 * `h2.subtitle`); it is the story's first sentence, so the pipeline puts it back.
 */
import { fold } from '../text/fold';
import { closestTag, hasTag } from '../text/dom-query';

const DEK_CLASS =
  /(?:^|[\s_-])(?:subtitle|sub-title|subheading|sub-heading|standfirst|dek|summary|article-summary|excerpt|lead|intro|abstract|kicker-text)(?:$|[\s_-])/i;
const MIN = 40;
const MAX = 600;

const norm = (s: string) => fold(s).replace(/[\s\p{P}]+/gu, '');

/** Marks a dek by microdata rather than class (Ars Technica: `<h2 itemprop="description">`). */
const DEK_ITEMPROP = /^(?:description|alternativeHeadline|abstract)$/i;

/**
 * Finds the dek: a block after the `<h1>` and before the first paragraph of prose, marked by its
 * class or microdata, or repeating the page's meta description (`description`).
 */
export function findDek(doc: Document, description: string | null = null): string | null {
  const desc = description ? norm(description) : null;
  const body = doc.body;
  if (!body) return null;
  const h1 = body.getElementsByTagName('h1')[0];
  if (!h1) return null;
  // A dek sits right under the headline: a few hundred elements at most.
  let budget = 400;
  for (let el = nextInOrder(h1, body, true); el && budget-- > 0; el = nextInOrder(el, body, false)) {
    const cls = el.getAttribute('class') ?? '';
    const marked = DEK_CLASS.test(cls) || DEK_ITEMPROP.test(el.getAttribute('itemprop') ?? '');
    const maybeDescription = desc !== null && /^(?:h2|h3|p|div)$/.test(el.localName);
    // Text is read only where it can matter: a paragraph (the story starts there) or a candidate.
    if (el.localName !== 'p' && !marked && !maybeDescription) continue;
    // A "summary" box of two or more paragraphs is the story's own wrapper (ColorMag 3's
    // `div.cm-entry-summary` holds the whole body; a brief fits under MAX): the story is reached.
    if (marked && el.getElementsByTagName('p').length >= 2) return null;
    // Read no further than MAX: a wrapper of the whole story is not a dek, and its text is long.
    const text = textUpTo(el, MAX);
    // Reached the story: the dek, if any, came before it.
    if (el.localName === 'p' && (text === null || text.length >= 150) && !marked) return null;
    // Lengths first: folding a long block's text to compare it with the description is costly.
    if (text === null || text.length < MIN || (!marked && !(maybeDescription && norm(text) === desc))) continue;
    if (closestTag(el, 'a') || hasTag(el, 'a', 'img')) continue;
    return text;
  }
  return null;
}

/**
 * `el.textContent` with whitespace collapsed and trimmed, read text node by text node; null as
 * soon as it is longer than `max` characters.
 */
export function textUpTo(el: Element, max: number): string | null {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let piece = (n.nodeValue ?? '').replace(/\s+/g, ' ');
    if (piece.startsWith(' ') && (out === '' || out.endsWith(' '))) piece = piece.slice(1);
    out += piece;
    if (out.length > max + 1) return null; // + 1: a trailing space that trimming takes off
  }
  out = out.trimEnd();
  return out.length > max ? null : out;
}

/** Next element in document order after `el` (skipping its subtree when `skipChildren`). */
function nextInOrder(el: Element, root: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/** Puts the dek back at the top of the article HTML when Readability left it out. */
export function restoreDek(holder: Element, dek: string | null): boolean {
  if (!dek) return false;
  // Found as it is (the dek's spaces are collapsed): no need to fold the whole article to look.
  const text = holder.textContent ?? '';
  if (text.replace(/\s+/g, ' ').includes(dek) || norm(text).includes(norm(dek))) return false;
  const p = holder.ownerDocument.createElement('p');
  p.textContent = dek;
  const first = holder.firstElementChild;
  // Readability wraps its output in one <div id="readability-page-1">: the dek goes inside it.
  const target = first && first.localName === 'div' && holder.children.length === 1 ? first : holder;
  target.prepend(p);
  return true;
}
