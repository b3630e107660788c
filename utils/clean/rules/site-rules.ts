import type { Removal } from '../../types';
import type { CleanRule, RuleContext } from '../types';
import { SITE_RULES, siteMatches, type SiteRule } from '../sites';
import { indexOf, removeEl } from '../runner';

/** `<tag key=value>`'s `attr` in the head (without the selector engine). */
function headValue(doc: Document, tag: string, key: string, value: string, attr: string): string | null {
  for (const el of doc.head?.getElementsByTagName(tag) ?? [])
    if (el.getAttribute(key)?.toLowerCase() === value) return el.getAttribute(attr);
  return null;
}

/** The page's host: from its URL, else from its canonical link (saved pages, the CLI without --url). */
export function pageHost(ctx: RuleContext): string | null {
  return pageUrl(ctx)?.hostname ?? null;
}

/** The page's http(s) URL: its own, else its canonical link or og:url. */
export function pageUrl(ctx: Pick<RuleContext, 'doc' | 'url'>): URL | null {
  const candidates = [
    ctx.url,
    headValue(ctx.doc, 'link', 'rel', 'canonical', 'href'),
    headValue(ctx.doc, 'meta', 'property', 'og:url', 'content'),
  ];
  for (const c of candidates) {
    try {
      const u = new URL(c ?? '');
      if (u.protocol === 'http:' || u.protocol === 'https:') return u;
    } catch {
      // not a URL: try the next source
    }
  }
  return null;
}

/**
 * Applies the entries of `table` that match the page. A selector that would take most of the
 * page (a redesign reusing a class for the story) is skipped: the story is never a site rule's to lose.
 * An entry whose report name (`site-rules:<name>`) is in `ctx.disabled` is skipped.
 */
export function applySiteRules(root: Element, ctx: RuleContext, table: readonly SiteRule[], id = 'site-rules'): Removal[] {
  const host = pageHost(ctx);
  const index = indexOf(root, ctx);
  const total = index.len(root);
  const removed: Removal[] = [];
  for (const rule of table) {
    if (!siteMatches(rule, host) || ctx.disabled?.has(`${id}:${rule.name}`)) continue;
    for (const el of rule.remove.length ? index.select(rule.remove.join(', ')) : []) {
      if (!index.alive(el) || el === root || index.len(el) > total / 2) continue;
      const r = removeEl(`${id}:${rule.name}`, el);
      if (r.text) removed.push(r);
    }
    if (rule.text) removed.push(...removeTexts(root, rule.text, `${id}:${rule.name}`));
  }
  return removed;
}

/** Removes the text nodes under `root` that are exactly one of `texts` (spaces around aside). */
function removeTexts(root: Element, texts: readonly string[], rule: string): Removal[] {
  const hits: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (texts.includes((n.nodeValue ?? '').trim())) hits.push(n as Text);
  return hits.map((t) => {
    t.remove();
    return { rule, text: (t.nodeValue ?? '').trim() };
  });
}

/** Site and theme selectors (utils/clean/sites.ts), after every general rule. */
export const siteRules: CleanRule = {
  id: 'site-rules',
  // Removes clutter by the selectors of known sites and WordPress themes
  phase: 'pre',
  run(root, ctx) {
    return applySiteRules(root, ctx, SITE_RULES, this.id);
  },
};
