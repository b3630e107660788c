/**
 * The clutter fixture families (tests/fixtures/clean/families/): realistic pages in the markup of
 * different site families, each annotated in the corpus format, run through the whole pipeline.
 * Story recall must be 1.00 and clutter leakage 0 on every page; and, in a leave-one-site-out
 * spirit, every general rule written for issue 9 must fire on at least two families (a rule that
 * only catches the page it was written against is a site rule in disguise).
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../scripts/lib/node-dom';
import { familyPages } from '../../scripts/lib/families';
import { checkArticle } from '../../scripts/lib/check';
import { normalizeForMatch } from '../../scripts/lib/match';
import { RULES } from '../../utils/clean';
import type { CleanRule } from '../../utils/clean/types';
import { clean } from '../helpers/clean';
import { FAMILY_KNOWN_FAILURES } from './family-known-failures';

const all = familyPages();
const pages = all.filter((p) => p.annotation.expect !== 'no-article');
const listings = all.filter((p) => p.annotation.expect === 'no-article');
const results = new Map(all.map((p) => [p.name, extractFile(p.html, p.annotation.url)] as const));

/**
 * General rules that must each catch clutter on two families or more, run alone in their own phase
 * (a `post` rule on the whole page, as it would clean Readability's output). `author-boxes`,
 * `orphan-headings` and `teaser-lists` fire on few corpus pages because Readability or an earlier
 * rule usually gets there first; alone, they catch their clutter in several families.
 */
const GENERAL = [
  'record-lists',
  'counters',
  'furniture',
  'page-nav',
  'promos',
  'continued',
  'lone-cards',
  'author-boxes',
  'orphan-headings',
  'teaser-lists',
  'listen-players',
  'section-lines',
];

/**
 * The text of a page cleaned by one rule; the page's window is closed at once (13 rules on 128
 * pages made over 3,000 jsdom windows, and the worker ran out of its 4 GB heap with them open).
 */
function cleanedText(rule: CleanRule | null, html: string, lang: string, url: string | null | undefined, phase: 'pre' | 'post'): string {
  const r = clean(rule ? [rule] : [], html, { lang, url, phase });
  r.root.ownerDocument.defaultView?.close();
  return r.text;
}

/** The page's text with no rule run, once per page and phase (every rule compares with it). */
const uncleanedTexts = new Map<string, string>();
function uncleaned(html: string, lang: string, url: string | null | undefined, phase: 'pre' | 'post'): string {
  const key = `${phase} ${url} ${html.length}`;
  let text = uncleanedTexts.get(key);
  if (text === undefined) uncleanedTexts.set(key, (text = cleanedText(null, html, lang, url, phase)));
  return text;
}

describe('clutter families', () => {
  it('has pages in at least five families, in Urdu, Arabic and Persian', () => {
    expect(new Set(pages.map((p) => p.family)).size).toBeGreaterThanOrEqual(5);
    const langs = new Set(pages.map((p) => /<html[^>]*\blang="([a-z]+)/.exec(p.html)?.[1]));
    for (const l of ['ur', 'ar', 'fa']) expect(langs.has(l), l).toBe(true);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: story kept, clutter gone', (name, p) => {
    const r = results.get(name)!;
    expect(r.ok, `${name}: no article`).toBe(true);
    if (!r.ok) return;
    const found = checkArticle(p.annotation, r.article);
    // A page annotated with its byline gets that byline (a known failure says why not).
    if (p.annotation.byline && r.article.byline !== p.annotation.byline)
      found.push({
        kind: 'field',
        fragment: 'byline',
        detail: `expected ${JSON.stringify(p.annotation.byline)}, got ${JSON.stringify(r.article.byline)}`,
      });
    const key = (x: { kind: string; fragment: string }) => `${x.kind}: ${x.fragment}`;
    const known = new Set(FAMILY_KNOWN_FAILURES.filter((f) => f.case === name).map(key));
    const problems = found.filter((x) => !known.has(key(x))).map((x) => `${key(x)}${x.detail ? ` (${x.detail})` : ''}`);
    expect(problems).toEqual([]);
    // A known failure that no longer happens leaves the list (it only shrinks).
    const happening = new Set(found.map(key));
    expect(
      [...known].filter((k) => !happening.has(k)),
      `${name}: fixed, remove from family-known-failures.ts`,
    ).toEqual([]);
    // The headline is the reader's title; repeated at the top of the body it is clutter.
    expect(normalizeForMatch(r.article.text)).not.toContain(normalizeForMatch(r.article.title));
    expect(r.article.removed.filter((x) => x.text.startsWith('error:'))).toEqual([]);
  });

  it('keeps the known-failures list honest: real pages, a reason each', () => {
    const names = new Set(pages.map((p) => p.name));
    for (const f of FAMILY_KNOWN_FAILURES) {
      expect(names.has(f.case), `${f.case} is not a family story page`).toBe(true);
      expect(f.reason.length, `${f.case}: say why`).toBeGreaterThan(10);
    }
  });

  it.each(listings.map((p) => [p.name, p] as const))('%s: not one story, no article', (name) => {
    expect(results.get(name)!.ok, `${name} was read as an article`).toBe(false);
  });

  // Leave-one-site-out, in spirit: each rule alone, on every page of every family, never takes
  // a story fragment and catches annotated clutter on two families or more.
  it.each(GENERAL)(
    '%s alone: keeps every story fragment, catches clutter on two families or more',
    (id) => {
      const rule = RULES.find((r) => r.id === id)!;
      expect(rule, id).toBeDefined();
      const phase = rule.phase === 'post' ? 'post' : 'pre';
      const caught = new Set<string>();
      for (const p of pages) {
        const lang = /<html[^>]*\blang="([a-z]+)/.exec(p.html)?.[1] ?? 'ur';
        const before = uncleaned(p.html, lang, p.annotation.url, phase);
        const after = cleanedText(rule, p.html, lang, p.annotation.url, phase);
        const lost = (p.annotation.mustInclude ?? []).filter(
          (f) => before.includes(normalizeForMatch(f)) && !after.includes(normalizeForMatch(f)),
        );
        expect(lost, `${id} took story on ${p.name}`).toEqual([]);
        if ((p.annotation.mustExclude ?? []).some((f) => before.includes(normalizeForMatch(f)) && !after.includes(normalizeForMatch(f))))
          caught.add(p.family);
      }
      expect(caught.size, `${id} caught clutter on: ${[...caught].join(', ') || 'none'}`).toBeGreaterThanOrEqual(2);
      // Each rule runs on every page twice: over a hundred pages take longer than the default 30 s
      // on a busy machine.
    },
    240_000,
  );
});
