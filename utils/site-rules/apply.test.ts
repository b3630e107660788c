import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { extractArticle, type ExtractOptions } from '../pipeline';
import { allElements } from '../text/walk';
import { deriveRule } from './derive';
import { ruleApplies } from './match';
import type { UserRule } from './types';

const A_URL = 'https://www.roznama-misal.example/news/lahore-water-plan';
const B_URL = 'https://roznama-misal.example/news/multan-heat-schools';
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/site-rules/${name}`, import.meta.url), 'utf8');
const PROMO = 'ہر خبر سب سے پہلے اپنے فون پر پائیں';

function extract(name: string, url: string, opts: Partial<ExtractOptions> = {}) {
  const dom = parsePage(fixture(name), url);
  const r = extractArticle(dom.window.document, { url, win: dom.window as unknown as Window, ...opts });
  if (!r.ok) throw new Error(r.reason);
  return { article: r.article, doc: dom.window.document };
}

/** The promo box rule, derived on article A the way the reader does it. */
function promoRule(): UserRule {
  const { article } = extract('article-a.html', A_URL);
  const doc = parsePage(fixture('article-a.html'), A_URL).window.document;
  const origin = allElements(doc.body).indexOf(doc.querySelector('[data-module="app-promo"]')!);
  const r = deriveRule(doc, origin, { url: A_URL, storyText: article.text.replace(/\n\n[^\n]*ڈاؤن لوڈ[^\n]*$/, '') });
  if (!r.ok) throw new Error(r.reason);
  return r.rule;
}

describe('user rules in the pipeline', () => {
  const rule = promoRule();

  it('the general rules leave the promo box in (what the reader would fix)', () => {
    expect(extract('article-b.html', B_URL).article.text).toContain(PROMO);
  });

  it("removes a rule's block on another article of the site, reported as user:<id> with its origin", () => {
    const { article, doc } = extract('article-b.html', B_URL, { userRules: [rule] });
    expect(article.text).not.toContain(PROMO);
    expect(article.text).toContain('نئے نظام الاوقات کے مطابق');
    const removal = article.removed.find((r) => r.rule === `user:${rule.id}`);
    expect(removal?.text).toContain(PROMO);
    expect(allElements(doc.body)[removal!.origin![0]!]?.getAttribute('data-module')).toBe('app-promo');
  });

  it('skips a rule that is off, for another host, or turned off for this extraction', () => {
    for (const opts of [
      { userRules: [{ ...rule, enabled: false }] },
      { userRules: [{ ...rule, host: 'other.example' }] },
      { userRules: [{ ...rule, pathPrefix: '/opinion/' }] },
      { userRules: [rule], disabledRules: [`user:${rule.id}`] },
    ])
      expect(extract('article-b.html', B_URL, opts).article.text, JSON.stringify(opts)).toContain(PROMO);
  });

  it('skips the general rules named in disabledRules ("this was part of the story")', () => {
    const line = 'یہ بھی پڑھیں: گندم کی نئی امدادی قیمت';
    const html = fixture('article-b.html').replace('</p>', `</p><p>یہ بھی پڑھیں: <a href="/news/wheat">گندم کی نئی امدادی قیمت</a></p>`);
    const run = (disabledRules: string[]) => {
      const dom = parsePage(html, B_URL);
      const r = extractArticle(dom.window.document, { url: B_URL, win: dom.window as unknown as Window, disabledRules });
      if (!r.ok) throw new Error(r.reason);
      return r.article;
    };
    expect(run([]).text).not.toContain(line);
    // Another rule may catch what the first one no longer removes: the reader turns each off.
    const disabledRules: string[] = [];
    for (let i = 0; i < 4; i++) {
      const article = run(disabledRules);
      for (const id of disabledRules) expect(article.removed.some((r) => r.rule === id)).toBe(false);
      const by = article.removed.find((r) => r.text.includes('گندم کی نئی امدادی قیمت'))?.rule;
      if (!by) break;
      disabledRules.push(by);
    }
    expect(disabledRules.length).toBeGreaterThan(0);
    expect(run(disabledRules).text).toContain(line);
  });

  it('a region rule makes its region the whole story', () => {
    const region: UserRule = { ...rule, id: 'region1', kind: 'region', selector: 'div.body' };
    const { article } = extract('article-b.html', B_URL, { userRules: [region] });
    expect(article.text).not.toContain(PROMO);
    expect(article.text).toContain('محکمہ موسمیات کا کہنا ہے');
    expect(article.removed.some((r) => r.rule === 'user:region1' && r.text.includes(PROMO))).toBe(true);
  });

  it('matches hosts without www. and path prefixes', () => {
    expect(ruleApplies(rule, 'https://www.roznama-misal.example/x')).toBe(true);
    expect(ruleApplies(rule, 'https://roznama-misal.example.evil.example/x')).toBe(false);
    expect(ruleApplies({ ...rule, pathPrefix: '/news/' }, B_URL)).toBe(true);
    expect(ruleApplies({ ...rule, pathPrefix: '/opinion/' }, B_URL)).toBe(false);
    expect(ruleApplies(rule, null)).toBe(false);
  });
});

describe('origin ids', () => {
  const origins = (html: string) => [...html.matchAll(/<(\w+)[^>]*\sdata-saaf-origin="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])] as const);

  it('tie every block of contentHtml to the page element it was copied from, on copies and in place', () => {
    for (const mutate of [false, true]) {
      const dom = parsePage(fixture('article-b.html'), B_URL);
      const page = allElements(dom.window.document.body).map((e) => [e.localName, e.textContent] as const);
      const r = extractArticle(dom.window.document, { url: B_URL, win: dom.window as unknown as Window, mutate });
      if (!r.ok) throw new Error(r.reason);
      const found = origins(r.article.contentHtml);
      expect(found.filter(([t]) => t === 'p')).toHaveLength(4);
      for (const [tag, n] of found) expect(page[n]?.[0], `${tag} ${n}`).toBe(tag);
      const p = found.find(([t]) => t === 'p')!;
      expect(page[p[1]]![1]).toContain('جنوبی پنجاب');
    }
  });

  it("overwrite a page's own data-saaf-origin attributes", () => {
    const html = fixture('article-b.html').replaceAll('<p>', '<p data-saaf-origin="0">');
    const dom = parsePage(html, B_URL);
    const r = extractArticle(dom.window.document, { url: B_URL, win: dom.window as unknown as Window });
    if (!r.ok) throw new Error(r.reason);
    const ps = origins(r.article.contentHtml).filter(([t]) => t === 'p');
    expect(ps.length).toBe(4);
    expect(ps.every(([, n]) => n > 0)).toBe(true);
  });
});
