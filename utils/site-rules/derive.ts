/**
 * Derives a site rule from a block the reader removed: from the block's origin on the live page
 * (never from the reader's markup). Labels first (stable ids, classes, attributes), then for a
 * short label its text, then labelled ancestors, then the block's structure. Every candidate is
 * tried on the page: it must match the block itself, few blocks in all, and no story text.
 */
import { TextIndex } from '../clean/dom';
import { precedes } from '../clean/dom';
import { WS, textOf } from '../clean/element-text';
import { allElements } from '../text/walk';
import { lastStoryParagraph, ruleMatches, shapeOf } from './match';
import type { UserRule } from './types';
import { selectorOk } from './validate';

export type DeriveResult =
  { ok: true; rule: UserRule; matches: number } | { ok: false; reason: 'story-text' | 'no-shape' | 'too-broad'; matches: number };

export interface DeriveContext {
  /** The page's URL: the rule's host. */
  url: string;
  /**
   * The article's text as the reader shows it, without the removed block (its sentences are
   * ignored anyway): a rule that matches any of its sentences is refused.
   */
  storyText: string;
  /** The rule's creation time (tests); now by default. */
  now?: Date;
}

/** A rule matching more blocks than this on one page is too broad to be about one kind of clutter. */
export const MAX_MATCHES = 12;
/** Story sentences shorter than this (letters) may repeat in clutter ("مزید پڑھیں"); not story evidence alone. */
const SENTENCE_MIN = 25;
/** Share of the story's letters that matched blocks may hold before the rule is refused. */
const STORY_SHARE = 0.05;
/** Longest block text a `text` rule is derived from. */
const LABEL_MAX = 80;

const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]{0,60}$/;
/** State and utility classes that come and go on the same block. */
const VOLATILE =
  /^(?:active|show|shown|hide|hidden|open|opened|closed|selected|current|hover|focus|visible|loaded|lazyloaded|lazyload|lazy|in|fade|collapse|collapsed|expanded|sticky|fixed|clearfix|row|col|container|wrapper|inner|d-\w+|m[trblxy]?-\d|p[trblxy]?-\d|text-\w+)$/i;
/** Attributes whose values name what a block is. */
const LABEL_ATTRS = [
  'role',
  'itemprop',
  'itemtype',
  'aria-label',
  'data-component',
  'data-module',
  'data-type',
  'data-widget',
  'data-e2e',
  'data-testid',
];

/** A class or id that a site's templates write the same on every article (no hashes, counters or css-in-js). */
export function isStableToken(s: string): boolean {
  if (!IDENT.test(s) || s.length < 2 || VOLATILE.test(s)) return false;
  if (/^(?:css|sc|jsx|emotion|styled|svelte|astro|ng|tw|_)[-_]/i.test(s) || /^_/.test(s)) return false;
  const digits = (s.match(/\d/g) ?? []).length;
  if (digits >= 3 || digits / s.length > 0.2) return false;
  // A hash: a long run of letters without separators mixing cases oddly (`kBKxQm`, `aZ3fQ`).
  for (const part of s.split(/[-_]/)) {
    if (part.length >= 5 && /[a-z]/.test(part) && /[A-Z]/.test(part)) {
      const switches = part.split('').filter((c, i) => i > 0 && /[A-Z]/.test(c) !== /[A-Z]/.test(part[i - 1]!)).length;
      if (switches >= 3) return false;
    }
    if (part.length >= 4 && /\d/.test(part) && /[a-z]/i.test(part)) return false;
  }
  return true;
}

/** `tag`, `#id`, `.class` and attribute selectors naming `el` itself, most specific first. */
function ownLabels(el: Element): string[] {
  const tag = el.localName;
  if (!IDENT.test(tag)) return [];
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && isStableToken(id)) out.push(`#${id}`);
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(isStableToken);
  for (const c of classes.slice(0, 3)) out.push(`${tag}.${c}`);
  if (classes.length >= 2) out.push(`${tag}.${classes[0]}.${classes[1]}`);
  for (const name of LABEL_ATTRS) {
    const v = el.getAttribute(name);
    if (v && /^[A-Za-z0-9_ .:/-]{1,60}$/.test(v) && (name === 'aria-label' || isStableToken(v.replace(/[ .:/]/g, '-'))))
      out.push(`${tag}[${name}="${v}"]`);
  }
  for (const a of el.attributes) {
    if (!a.name.startsWith('data-') || LABEL_ATTRS.includes(a.name) || !IDENT.test(a.name) || !isStableToken(a.name.slice(5))) continue;
    if (a.value === '') out.push(`${tag}[${a.name}]`);
    else if (/^[a-z][a-z-]{1,30}$/.test(a.value) && isStableToken(a.value)) out.push(`${tag}[${a.name}="${a.value}"]`);
    if (out.length > 12) break;
  }
  return out;
}

/** The block's text as a `text` pattern: literal, numbers as `{n}`. Null for a long or empty text. */
export function textPattern(text: string): string | null {
  const t = text.replace(WS, ' ').trim();
  if (t.length < 2 || t.length > LABEL_MAX || t.includes('{n}')) return null;
  const p = t.replace(
    /[0-9\u0660-\u0669\u06F0-\u06F9](?:[0-9\u0660-\u0669\u06F0-\u06F9,.\u066B\u066C]*[0-9\u0660-\u0669\u06F0-\u06F9])?/g,
    '{n}',
  );
  // Only numbers: nothing to recognise the label by.
  return /\p{L}/u.test(p.replaceAll('{n}', '')) ? p : null;
}

/** Sentences of the story (whitespace collapsed), minus those the removed block holds itself. */
function storySentences(storyText: string, blockText: string): string[] {
  const block = blockText.replace(WS, ' ');
  return storyText
    .split(/\n+|(?<=[.!?\u06D4\u061F])\s+/)
    .map((s) => s.replace(WS, ' ').trim())
    .filter((s) => s.length >= 8 && !block.includes(s));
}

/** Does this set of blocks hold story: any long sentence of it, or a small share of its letters? */
function holdsStory(blocks: readonly Element[], sentences: readonly string[], storyLen: number): boolean {
  if (sentences.length === 0) return false;
  const texts = blocks.map((b) => textOf(b));
  let shared = 0;
  for (const s of sentences) {
    if (!texts.some((t) => t.includes(s))) continue;
    if (s.length >= SENTENCE_MIN) return true;
    shared += s.length;
  }
  return shared > storyLen * STORY_SHARE;
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

type Candidate = Pick<UserRule, 'kind' | 'selector' | 'pattern' | 'shape' | 'after'>;

/** The candidates for `el`, in the order they are tried. */
function* candidates(el: Element, body: Element, index: TextIndex): Generator<Candidate> {
  for (const selector of ownLabels(el)) yield { kind: 'selector', selector };
  const pattern = textPattern(textOf(el));
  if (pattern && el.children.length <= 3) yield { kind: 'text', selector: el.localName, pattern };
  // A labelled ancestor (up to four levels): `.sidebar ul`, `#most-read > ol`.
  for (let anc = el.parentElement, depth = 1; anc && anc !== body && depth <= 4; anc = anc.parentElement, depth++) {
    for (const label of ownLabels(anc).slice(0, 3)) {
      if (depth === 1) yield { kind: 'selector', selector: `${label} > ${el.localName}` };
      else yield { kind: 'selector', selector: `${label} ${el.localName}` };
    }
  }
  const shape = shapeOf(el);
  if (shape && el.children.length >= 2 && IDENT.test(el.localName)) {
    const parent = el.parentElement;
    const selector = parent && parent !== body && IDENT.test(parent.localName) ? `${parent.localName} > ${el.localName}` : el.localName;
    const last = lastStoryParagraph(body, index);
    if (last && !el.contains(last) && precedes(last, el)) yield { kind: 'structure', selector, shape, after: 'story' };
    yield { kind: 'structure', selector, shape };
  }
}

/**
 * A rule that removes the block at `origin` (its index in `allElements(page.body)`) on this and
 * the site's other pages, or why there is none: `story-text` (it would remove story), `too-broad`
 * (more than `MAX_MATCHES` blocks), `no-shape` (nothing to recognise it by). `matches` counts the
 * blocks the rule (or the last candidate tried) matches on this page. Reads the page, never changes it.
 */
export function deriveRule(page: Document, origin: number, ctx: DeriveContext): DeriveResult {
  const body = page.body;
  const el = body ? allElements(body)[origin] : undefined;
  if (!body || !el) return { ok: false, reason: 'no-shape', matches: 0 };
  const blockText = textOf(el);
  const sentences = storySentences(ctx.storyText, blockText);
  const storyLen = ctx.storyText.replace(WS, '').length;
  let host: string;
  try {
    host = new URL(ctx.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return { ok: false, reason: 'no-shape', matches: 0 };
  }
  if (holdsStory([el], sentences, storyLen)) return { ok: false, reason: 'story-text', matches: 1 };
  const index = new TextIndex(body);
  let refusal: { reason: 'story-text' | 'too-broad'; matches: number } | null = null;
  const created = (ctx.now ?? new Date()).toISOString();
  const example = blockText.length > 300 ? `${blockText.slice(0, 300)}…` : blockText;
  for (const c of candidates(el, body, index)) {
    if (!c.selector || !selectorOk(c.selector)) continue;
    const key = [host, c.kind, c.selector, c.pattern ?? '', c.shape ?? '', c.after ?? ''].join('\n');
    const rule: UserRule = {
      id: `${c.kind[0]}${hash(key)}`,
      host,
      name: (blockText || c.selector).slice(0, 60),
      ...c,
      example,
      created,
      fired: 0,
      enabled: true,
    };
    const found = ruleMatches(rule, body, index);
    if (!found.includes(el)) continue;
    if (found.length > MAX_MATCHES) {
      refusal ??= { reason: 'too-broad', matches: found.length };
      continue;
    }
    if (holdsStory(found, sentences, storyLen)) {
      if (refusal?.reason !== 'story-text') refusal = { reason: 'story-text', matches: found.length };
      continue;
    }
    return { ok: true, rule, matches: found.length };
  }
  return refusal ? { ok: false, ...refusal } : { ok: false, reason: 'no-shape', matches: 0 };
}
