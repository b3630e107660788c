/**
 * Photo stories tell their story in captions: a gallery of figures, each an image and a sentence
 * or two, with no paragraphs between them. Readability drops a block with several images and few
 * paragraphs ("bad p to img ratio"), and with it every caption. Before it scores the page, a
 * caption that says something (a sentence's worth of letters, mostly not link text) has its text
 * put in a paragraph, so it counts as one.
 */
import { letterCount } from '../clean/element-text';

/** Letters a caption needs to count as a sentence of the story, not a label or a credit. */
const MIN_LETTERS = 40;

/** Wraps the content of each informative `figcaption` under `root` in a `<p>`; returns how many. */
export function captionsAsParagraphs(root: Element): number {
  let n = 0;
  for (const cap of [...root.getElementsByTagName('figcaption')]) {
    if (cap.querySelector('p, div, ul, ol, table, figure')) continue;
    const total = letterCount(cap.textContent ?? '');
    if (total < MIN_LETTERS) continue;
    let linked = 0;
    for (const a of cap.getElementsByTagName('a')) linked += letterCount(a.textContent ?? '');
    if (linked * 2 > total) continue;
    const p = cap.ownerDocument.createElement('p');
    while (cap.firstChild) p.appendChild(cap.firstChild);
    cap.appendChild(p);
    n++;
  }
  return n;
}
