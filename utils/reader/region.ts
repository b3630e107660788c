/**
 * "Select the story": the regions a reader can pick on the page, and the `region` site rule a
 * picked one becomes (the first element its selector matches is the story). Pure DOM logic over
 * the live page, read-only.
 */
import { isStableToken } from '../site-rules/derive';
import { selectorOk } from '../site-rules/validate';
import type { UserRule } from '../site-rules/types';

/** Letters a region must hold to be worth reading (a short news brief has about this many). */
export const REGION_MIN_LETTERS = 80;
/** Deepest tag path a region selector spells out (the rule grammar allows eight compounds). */
const MAX_DEPTH = 8;
const TAG = /^[a-z][a-z0-9-]*$/;
/** Elements that never hold a story. */
const NOT_REGION = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'nav',
  'header',
  'footer',
  'form',
  'button',
  'select',
]);

/** `tag`, `tag#id` or `tag.class.class`: what names `el` itself with stable labels only. */
function compound(el: Element): string {
  const tag = el.localName;
  const id = el.getAttribute('id');
  if (id && isStableToken(id)) return `${tag}#${id}`;
  const classes = [...el.classList].filter(isStableToken).slice(0, 2);
  return tag + classes.map((c) => `.${c}`).join('');
}

/** The compound, with `:nth-of-type` when another sibling of the same tag would match it too. */
function positioned(el: Element, c: string): string {
  const parent = el.parentElement;
  if (!parent || c.includes('#')) return c;
  const same = [...parent.children].filter((s) => s.localName === el.localName);
  if (same.filter((s) => s.matches(c)).length <= 1) return c;
  return `${c}:nth-of-type(${same.indexOf(el) + 1})`;
}

/** A bare tag (`div`) names the first of its kind on the template's next page, whatever it holds. */
const weak = (sel: string) => TAG.test(sel) && sel !== 'main' && sel !== 'article';

/**
 * A selector whose first match under `body` is `el`: its own stable labels if they suffice, else
 * its parents' joined by `>` (`div.page > div.item`), with positions only where labels do not
 * tell siblings apart. Null when none fits the rule grammar (too deep, or odd tag names).
 */
export function regionSelector(el: Element, body: Element): string | null {
  if (el === body || !body.contains(el)) return null;
  const steps: string[] = [];
  for (let cur: Element | null = el, depth = 0; cur && cur !== body && depth < MAX_DEPTH; cur = cur.parentElement, depth++) {
    if (!TAG.test(cur.localName)) return null;
    const c = compound(cur);
    const p = positioned(cur, c);
    for (const head of new Set([c, p])) {
      const sel = [head, ...steps].join(' > ');
      if (!weak(sel) && selectorOk(sel) && body.querySelector(sel) === el) return sel;
    }
    steps.unshift(p);
  }
  return null;
}

/** A short stable id from a string (FNV-1a, base 36). */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The `region` rule for `el` on the page at `url` ("always use this region here"), or null when no
 * selector names it or the page is not a web page. The same region gives the same id.
 */
export function regionRule(el: Element, body: Element, url: string, now = new Date()): UserRule | null {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const selector = regionSelector(el, body);
  if (!selector) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: `g${hash(`${host}\n${selector}`)}`,
    host,
    name: (text || selector).slice(0, 60),
    kind: 'region',
    selector,
    example: text.length > 299 ? `${text.slice(0, 299)}…` : text,
    created: now.toISOString(),
    fired: 0,
    enabled: true,
  };
}

function letters(el: Element): number {
  return (el.textContent ?? '').replace(/[\s\p{P}\p{S}\p{N}]+/gu, '').length;
}

/** Is `el` a region: enough letters, in at least two blocks of text, and not chrome of the page? */
function isRegion(el: Element): boolean {
  if (NOT_REGION.has(el.localName) || letters(el) < REGION_MIN_LETTERS) return false;
  return [...el.children].filter((c) => !NOT_REGION.has(c.localName) && letters(c) > 0).length >= 2;
}

/**
 * The region a pointer at `target` suggests: the nearest element (up from `target`) holding at
 * least two blocks of text and {@link REGION_MIN_LETTERS} letters (the story around a paragraph,
 * not the paragraph). Null outside `body` or when nothing around the target qualifies.
 */
export function regionAround(target: Element, body: Element): Element | null {
  if (!body.contains(target)) return null;
  for (let el: Element | null = target; el && el !== body; el = el.parentElement) {
    if (NOT_REGION.has(el.localName)) return null;
    if (isRegion(el)) return el;
  }
  return null;
}

/**
 * The regions a keyboard user steps through, in page order: every element that is a region
 * (see {@link regionAround}), leaving out a wrapper whose text is all in one child region (the
 * child is the same region to the reader).
 */
export function regionCandidates(body: Element): Element[] {
  const out: Element[] = [];
  for (const el of body.querySelectorAll('*')) {
    if (!isRegion(el) || el.closest('nav, header, footer, form, template, svg') || !TAG.test(el.localName)) continue;
    out.push(el);
  }
  return out.filter((el) => {
    const total = letters(el);
    return ![...el.children].some((c) => out.includes(c) && letters(c) === total);
  });
}

/**
 * The next region for a key: `next`/`previous` in page order, `wider` (the nearest candidate
 * holding the current one) and `narrower` (the first candidate inside it). From nothing, `next`
 * and `wider` start at the first region, `previous` at the last.
 */
export function stepRegion(
  list: readonly Element[],
  current: Element | null,
  move: 'next' | 'previous' | 'wider' | 'narrower',
): Element | null {
  if (list.length === 0) return null;
  const at = current ? list.indexOf(current) : -1;
  if (move === 'next') return list[at + 1] ?? list[0]!;
  if (move === 'previous') return at <= 0 ? list[list.length - 1]! : list[at - 1]!;
  if (!current) return list[0]!;
  if (move === 'wider') return [...list].reverse().find((c) => c !== current && c.contains(current)) ?? current;
  return list.find((c) => c !== current && current.contains(c)) ?? current;
}
