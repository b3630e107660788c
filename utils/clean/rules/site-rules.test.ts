import { describe, expect, it } from 'vitest';
import { applySiteRules } from './site-rules';
import { SITE_RULES, siteMatches, type SiteRule } from '../sites';
import { LEARNED_FROM } from '../sites-learned';
import { parsePage } from '../../../scripts/lib/node-dom';
import { fixture } from '../../../tests/helpers/clean';

/** The fixture each entry is tested on (themes share one page carrying every theme's markup). */
const FIXTURES: Record<string, { file: string; url: string }> = {
  'Arya News': { file: 'sites/aryanews.html', url: 'http://www.aryanews.com/News/120200622120908039/x' },
  'BBC Urdu': { file: 'sites/bbc-urdu.html', url: 'https://www.bbc.com/urdu/articles/c1' },
  Jang: { file: 'sites/jang.html', url: 'https://jang.com.pk/liveblog/6' },
  'The Hill': { file: 'sites/thehill.html', url: 'https://thehill.com/homenews/news/471033-governor-campaign' },
  'Urdu Point': { file: 'sites/urdupoint.html', url: 'https://www.urdupoint.com/daily/article/x-1.html' },
};
const THEME_PAGE = 'sites/wordpress-themes.html';

function run(rule: SiteRule, table: readonly SiteRule[], url?: string) {
  const f = FIXTURES[rule.name] ?? { file: THEME_PAGE, url: 'https://news.example/2024/01/01/x/' };
  const dom = parsePage(fixture(f.file), url ?? f.url);
  const doc = dom.window.document;
  const ctx = { doc, lang: 'ur', dir: 'rtl' as const, title: '', url: url ?? f.url };
  // Theme markers name their theme: only this entry's markers count for it.
  const marker = rule.kind === 'theme' ? `SITE-CLUTTER ${rule.name}` : 'SITE-CLUTTER';
  const before = doc.body.textContent.split(marker).length - 1;
  const removed = applySiteRules(doc.body, ctx, table);
  return { doc, before, left: doc.body.textContent.split(marker).length - 1, removed };
}

describe('site and theme rules (utils/clean/sites.ts)', () => {
  it('is sorted by name, says where each entry was learned, and scopes sites to hosts', () => {
    const names = SITE_RULES.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(Object.keys(LEARNED_FROM).sort()).toEqual([...names].sort());
    for (const r of SITE_RULES) {
      expect(LEARNED_FROM[r.name]!.length, r.name).toBeGreaterThan(20);
      expect(r.kind === 'site' ? (r.hosts ?? []).length > 0 : r.hosts === undefined).toBe(true);
      if (r.theme) expect(SITE_RULES.find((t) => t.name === r.theme)?.kind).toBe('theme');
      expect(r.remove.length > 0 || (r.text ?? []).length > 0 || r.theme !== undefined).toBe(true);
    }
  });

  const withSelectors = SITE_RULES.filter((r) => r.remove.length > 0);
  it.each(withSelectors.map((r) => [r.name, r] as const))('%s: removes its clutter, and nothing else does', (_name, rule) => {
    const alone = run(rule, [rule]);
    expect(alone.before).toBeGreaterThan(0);
    expect(alone.left).toBe(0);
    // Every selector is exercised by the fixture.
    const dom = parsePage(fixture(FIXTURES[rule.name]?.file ?? THEME_PAGE), null);
    for (const sel of rule.remove) expect(dom.window.document.querySelector(sel), sel).not.toBeNull();
    // The story survives.
    expect(alone.doc.body.textContent).toMatch(/\p{L}{4,}.{40,}/u);
    // Without this entry, the rest of the table leaves its clutter in place: the entry is needed.
    const without = run(
      rule,
      SITE_RULES.filter((r) => r !== rule),
    );
    expect(without.left).toBe(alone.before);
  });

  it('The Hill: the hover card goes, the name in the sentence stays', () => {
    const rule = SITE_RULES.find((r) => r.name === 'The Hill')!;
    const { doc } = run(rule, [rule]);
    expect(doc.body.textContent.replace(/\s+/g, ' ')).toContain('South Dakota Gov. Kristi Noem (R) is defending');
  });

  const withTexts = SITE_RULES.filter((r) => (r.text ?? []).length > 0);
  it.each(withTexts.map((r) => [r.name, r] as const))('%s: removes its stray text nodes, never the same text in a sentence', (_n, rule) => {
    const f = FIXTURES[rule.name]!;
    const dom = parsePage(fixture(f.file), f.url);
    const doc = dom.window.document;
    const ctx = { doc, lang: 'fa', dir: 'rtl' as const, title: '', url: f.url };
    const count = (t: string) => doc.body.textContent.split(t).length - 1;
    const before = rule.text!.map(count);
    const removed = applySiteRules(doc.body, ctx, [rule]);
    expect(removed.length).toBeGreaterThan(0);
    // The fixture's trap: the same characters inside a sentence stay (one each).
    rule.text!.forEach((t, i) => {
      expect(before[i]).toBeGreaterThan(1);
      expect(count(t)).toBe(1);
    });
    // Only on the site's own host.
    const other = parsePage(fixture(f.file).replace(/<link rel="canonical"[^>]*>/, ''), 'https://other.example/n/1');
    const od = other.window.document;
    expect(applySiteRules(od.body, { doc: od, lang: 'fa', dir: 'rtl', title: '', url: 'https://other.example/n/1' }, [rule])).toEqual([]);
  });

  it('applies a site entry only on its own host', () => {
    const jang = SITE_RULES.find((r) => r.name === 'Jang')!;
    expect(siteMatches(jang, 'jang.com.pk')).toBe(true);
    expect(siteMatches(jang, 'www.jang.com.pk')).toBe(true);
    expect(siteMatches(jang, 'notjang.com.pk')).toBe(false);
    const html = fixture('sites/jang.html').replace(/<link rel="canonical"[^>]*>/, '');
    const dom = parsePage(html, 'https://other.example/live/6');
    const removed = applySiteRules(
      dom.window.document.body,
      { doc: dom.window.document, lang: 'ur', dir: 'rtl', title: '', url: 'https://other.example/live/6' },
      [jang],
    );
    expect(removed).toEqual([]);
  });

  it.each(SITE_RULES.filter((r) => r.theme).map((r) => [r.name, r] as const))(
    '%s runs its theme: the theme entry cleans a page on its host',
    (_n, site) => {
      const theme = SITE_RULES.find((t) => t.name === site.theme)!;
      const { left, before } = run(theme, SITE_RULES, `https://${site.hosts![0]}/2024/01/01/story/`);
      expect(before).toBeGreaterThan(0);
      expect(left).toBe(0);
    },
  );
});
