/**
 * The blocks of a rendered article body that remove mode works on: a paragraph, a heading, a
 * list, a box, a figure with its caption, a table, an embed card. Pure DOM logic (no browser
 * APIs): the reader and its tests share it.
 */

/** Elements that are blocks of their own. */
const BLOCK = new Set([
  'P',
  'UL',
  'OL',
  'DL',
  'FIGURE',
  'BLOCKQUOTE',
  'TABLE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DIV',
  'SECTION',
  'ASIDE',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'DETAILS',
  'FORM',
  'ADDRESS',
  'HR',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
]);

/** Parts that go with their whole: an item with its list, a caption with its figure, a cell with its table. */
const PART_OF = new Set(['LI', 'DT', 'DD', 'FIGCAPTION', 'TR', 'TD', 'TH', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'SUMMARY']);

/** Whole-of a part: the nearest list, figure, table or details around it. */
const WHOLE = new Set(['UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'DETAILS']);

/** Media that sit inside a figure or picture: the figure is the block. */
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SOURCE']);

function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase()) || el.classList.contains('saaf-embed-host');
}

/**
 * The block that would go when the reader points at `target` inside `body`: the nearest
 * block-level element, climbing from a list item to its list, from a caption or an image to its
 * figure, from a cell to its table. A wrapper whose only content is one block gives way to it, so
 * a box is the outermost element that holds exactly that. Null outside `body` or on `body` itself.
 */
export function blockFor(target: Node | null, body: Element): Element | null {
  let el: Element | null = target instanceof Element ? target : (target?.parentElement ?? null);
  if (!el || el === body || !body.contains(el)) return null;
  // An embed card is one block, whatever it holds.
  const card = el.closest('.saaf-embed-host');
  if (card && body.contains(card) && card !== body) return card;
  while (el && el !== body && !isBlock(el) && !PART_OF.has(el.tagName.toUpperCase())) el = el.parentElement;
  if (!el || el === body) return null;
  // Inside a list item, a caption, a cell, or a figure's image: the whole list, figure or table.
  const tag = el.tagName.toUpperCase();
  if (PART_OF.has(tag) || MEDIA.has(tag) || el.closest('li, dt, dd, figcaption, td, th, caption, summary')) {
    let up: Element | null = el;
    while (up && up !== body && !WHOLE.has(up.tagName.toUpperCase())) up = up.parentElement;
    if (up && up !== body) el = up;
  }
  // A wrapper around exactly this block (and no text of its own) is the same block.
  let cur: Element = el;
  while (cur.parentElement && cur.parentElement !== body && onlyChild(cur.parentElement, cur)) cur = cur.parentElement;
  return cur;
}

function onlyChild(parent: Element, child: Element): boolean {
  for (const n of parent.childNodes) {
    if (n === child) continue;
    if (n.nodeType === 1) return false;
    if (n.nodeType === 3 && (n.textContent ?? '').trim()) return false;
  }
  return true;
}

/**
 * The blocks a keyboard user steps through, in reading order: every element that is its own
 * block (by {@link blockFor}) and holds no smaller block, skipping removed and empty ones.
 */
export function blocksIn(body: Element, skip: (el: Element) => boolean = () => false): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (skip(child)) continue;
      const b = blockFor(child, body);
      if (b !== child) {
        walk(child);
        continue;
      }
      if (hasInnerBlock(child, body)) walk(child);
      else if (hasContent(child)) out.push(child);
    }
  };
  walk(body);
  return out;
}

/** Whether a block holds other blocks of its own (a box of paragraphs: step into it). */
function hasInnerBlock(el: Element, body: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (WHOLE.has(tag) || el.classList.contains('saaf-embed-host')) return false;
  for (const d of el.querySelectorAll('*')) if (blockFor(d, body) === d) return true;
  return false;
}

function hasContent(el: Element): boolean {
  return (el.textContent ?? '').trim() !== '' || el.querySelector('img, picture, video, iframe') !== null || MEDIA.has(el.tagName);
}

/** A short one-line summary of a block's text for announcements and lists. */
export function blockSummary(el: Element, max = 80): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Where an element stands in `root` (its index in document order among root's descendants): the
 * same rendering of the same article gives the same element back, so removals survive a re-render.
 */
export function elementIndex(root: Element, el: Element): number {
  let i = 0;
  for (const d of root.querySelectorAll('*')) {
    if (d === el) return i;
    i++;
  }
  return -1;
}

/** The element at an index given by {@link elementIndex}. */
export function elementAt(root: Element, index: number): Element | null {
  return root.querySelectorAll('*')[index] ?? null;
}
