/**
 * Fact boxes and key-point boxes inside a story: "باختصار" / "در یک نگاه" / "Key points" with a
 * list of facts, printed by Kirby, Wagtail (StreamField) and many news templates as an `<aside>`
 * between the story's paragraphs. Readability removes every `<aside>` of the article it kept
 * (`_prepArticle` cleans the tag outright), and the facts with it. Before it runs, an `<aside>`
 * that reads as part of the story becomes a `<div>`: it sits among the story's paragraphs, holds a
 * list of plain items (no links in them), and little of its text is links. Related-link asides,
 * sidebars of headlines and "read also" boxes are links and stay asides.
 */
import { letterCount } from '../clean/element-text';

/** A fact box is a few lines; a longer aside is a sidebar or a second story. */
const MAX_LETTERS = 1500;
/** A list item of a fact box says something ("مساحت: حدود ۶۰۰ متر مربع"), a poll option or a name does not. */
const MIN_ITEM_LETTERS = 10;
/** Paragraphs of prose around the box: it is inside the story, not beside it. */
const MIN_STORY_PARAGRAPHS = 2;
const STORY_PARAGRAPH_LETTERS = 80;

const linkedLetters = (el: Element) => {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += letterCount(a.textContent ?? '');
  return n;
};

/** Whether `aside` sits among at least two paragraphs of prose (looked for up to three levels up). */
function amongStory(aside: Element): boolean {
  let cur: Element | null = aside.parentElement;
  for (let depth = 0; cur && depth < 3 && !/^(?:body|html)$/.test(cur.localName); depth++, cur = cur.parentElement) {
    let n = 0;
    for (const p of cur.getElementsByTagName('p')) {
      if (aside.contains(p) || letterCount(p.textContent ?? '') < STORY_PARAGRAPH_LETTERS) continue;
      if (linkedLetters(p) * 2 > letterCount(p.textContent ?? '')) continue;
      if (++n >= MIN_STORY_PARAGRAPHS) return true;
    }
  }
  return false;
}

/** True when `aside` reads as a fact box of the story around it. */
export function isStoryAside(aside: Element): boolean {
  if (aside.closest('nav, header, footer, form')) return false;
  const total = letterCount(aside.textContent ?? '');
  if (total < 20 || total > MAX_LETTERS) return false;
  if (linkedLetters(aside) * 4 > total) return false;
  const items = [...aside.getElementsByTagName('li')];
  if (items.length < 2) return false;
  if (!items.every((li) => !li.querySelector('a') && letterCount(li.textContent ?? '') >= MIN_ITEM_LETTERS)) return false;
  return amongStory(aside);
}

/** `el` renamed to `tag`, its attributes and children kept. */
function rename(el: Element, tag: string): void {
  const to = el.ownerDocument.createElement(tag);
  for (const a of el.attributes) to.setAttribute(a.name, a.value);
  while (el.firstChild) to.appendChild(el.firstChild);
  el.replaceWith(to);
}

/**
 * Turns every story fact-box `<aside>` under `root` into a `<div>`, and a quotation's attribution
 * printed as `<blockquote><p>…</p><footer>name</footer></blockquote>` (the HTML spec's own example;
 * Kirby's quote block) into a `<p>`: Readability drops every `<footer>` of the article too, and
 * the quote would lose who said it. Returns how many were renamed.
 */
export function storyAsidesAsBlocks(root: Element): number {
  let n = 0;
  for (const aside of [...root.getElementsByTagName('aside')]) {
    if (!aside.isConnected || !isStoryAside(aside)) continue;
    rename(aside, 'div');
    n++;
  }
  for (const footer of [...root.getElementsByTagName('footer')]) {
    const quote = footer.parentElement;
    if (quote?.localName !== 'blockquote' || letterCount(footer.textContent ?? '') > 120 || footer.querySelector('p, div, ul, ol'))
      continue;
    rename(footer, 'p');
    n++;
  }
  return n;
}
