/**
 * How a user rule finds its blocks: one matcher for the pipeline (on the working copy), for
 * `deriveRule` (on the live page, read-only) and for "test on the open tab".
 */
import type { TextIndex } from '../clean/dom';
import { precedes } from '../clean/dom';
import { WS, textOf } from '../clean/element-text';
import type { UserRule } from './types';

/** Digits of every script Saaf reads, with their grouping marks: what `{n}` stands for. */
const NUMBER =
  '[0-9\\u0660-\\u0669\\u06F0-\\u06F9](?:[0-9\\u0660-\\u0669\\u06F0-\\u06F9,.\\u066B\\u066C]*[0-9\\u0660-\\u0669\\u06F0-\\u06F9])?';
const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** Longest text a `text` rule can match (letters): a label, never a paragraph. */
export const MAX_TEXT_BLOCK = 200;

/** A `text` rule's pattern as a RegExp: literal text, `{n}` a number, spaces any whitespace. Never a user regex. */
export function compilePattern(pattern: string): RegExp {
  const parts = pattern
    .replace(WS, ' ')
    .trim()
    .split('{n}')
    .map((lit) => lit.replace(SPECIAL, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`^${parts.join(NUMBER)}$`, 'iu');
}

/** Elements whose text never reaches the reader: not counted in a shape. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'br', 'wbr']);
const KINDS: Record<string, string> = {
  a: 'a',
  time: 'time',
  img: 'img',
  picture: 'img',
  video: 'video',
  h1: 'h',
  h2: 'h',
  h3: 'h',
  h4: 'h',
  h5: 'h',
  h6: 'h',
  p: 'p',
};

/**
 * The signature of `el`'s children: each child's tag with the kinds of content inside it
 * (`a`, `time`, `img`, `h`, `p`), distinct signatures sorted and joined by `|`:
 * `li(a+time)` for a list of linked headlines with dates. Null without children or with more
 * than four distinct ones (no shape to speak of).
 */
export function shapeOf(el: Element): string | null {
  const sigs = new Set<string>();
  for (const child of el.children) {
    if (SILENT.has(child.localName)) continue;
    const kinds = new Set<string>();
    const own = KINDS[child.localName];
    if (own) kinds.add(own);
    for (const d of child.getElementsByTagName('*')) {
      const k = KINDS[d.localName];
      if (k) kinds.add(k);
    }
    sigs.add(`${child.localName}(${[...kinds].sort().join('+')})`);
    if (sigs.size > 4) return null;
  }
  return sigs.size > 0 ? [...sigs].sort().join('|') : null;
}

/**
 * The story's last paragraph under `root`: the last `<p>` of 80+ letters, mostly unlinked.
 * `structure` rules with `after: 'story'` match only what follows it.
 */
export function lastStoryParagraph(root: Element, index: TextIndex): Element | null {
  const ps = index.tag('p');
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i]!;
    if (index.len(p) >= 80 && index.linkDensity(p) < 0.5) return p;
  }
  return null;
}

/**
 * The blocks `rule` matches under `root`, outermost only, in document order; never the root,
 * and never a block holding half of the root's letters or more (a redesign that reuses a class
 * for the story must not lose it). Host and enabled state are the caller's business.
 */
export function ruleMatches(rule: UserRule, root: Element, index: TextIndex): Element[] {
  if (!rule.selector) return [];
  const total = index.len(root);
  let found = index.select(rule.selector).filter((el) => el !== root && root.contains(el));
  if (rule.kind === 'text') {
    if (!rule.pattern) return [];
    const re = compilePattern(rule.pattern);
    found = found.filter((el) => index.len(el) <= MAX_TEXT_BLOCK && re.test(textOf(el)));
  } else if (rule.kind === 'structure') {
    if (!rule.shape) return [];
    found = found.filter((el) => shapeOf(el) === rule.shape);
    if (rule.after === 'story') {
      const last = lastStoryParagraph(root, index);
      found = last ? found.filter((el) => !el.contains(last) && precedes(last, el)) : [];
    }
  }
  if (rule.kind === 'region') return found.slice(0, 1);
  const out: Element[] = [];
  for (const el of found) {
    if (index.len(el) * 2 > total) continue;
    if (out.length > 0 && out.at(-1)!.contains(el)) continue;
    out.push(el);
  }
  return out;
}

/** Does `rule` apply to a page at `url` (its host, `www.` ignored, and its path prefix)? */
export function ruleApplies(rule: UserRule, url: string | URL | null): boolean {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (host !== rule.host.replace(/^www\./, '')) return false;
  return !rule.pathPrefix || u.pathname.startsWith(rule.pathPrefix);
}
