import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { TextIndex } from '../clean/dom';
import { textOf } from '../clean/element-text';
import { allElements } from '../text/walk';
import { deriveRule, isStableToken, MAX_MATCHES, textPattern } from './derive';
import { compilePattern, ruleMatches } from './match';
import { validateRule } from './validate';

const A_URL = 'https://www.roznama-misal.example/news/lahore-water-plan';
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/site-rules/${name}`, import.meta.url), 'utf8');

function load(name: string, url = A_URL) {
  const doc = parsePage(fixture(name), url).window.document;
  const story = [...doc.querySelectorAll('.body p')].map((p) => textOf(p)).join('\n\n');
  return { doc, story, els: allElements(doc.body) };
}

/** The template's clutter blocks, found the way a test can (the rule never sees these locators). */
const BLOCKS: Record<string, (doc: Document) => Element> = {
  'related list': (d) => d.querySelector('article > div:last-child > ul')!,
  'counter line': (d) => d.querySelector('.meta + div')!,
  'promo box': (d) => d.querySelector('[data-module="app-promo"]')!,
  'caption label': (d) => d.querySelector('figcaption > span')!,
};

describe('deriveRule on two articles of one template', () => {
  const a = load('article-a.html');
  const b = load('article-b.html', 'https://www.roznama-misal.example/news/multan-heat-schools');
  const bStory = b.story.split('\n\n');

  it.each(Object.keys(BLOCKS))('%s: derived on article A, matches the same block on article B and none of its story', (name) => {
    const block = BLOCKS[name]!(a.doc);
    const before = a.doc.documentElement.outerHTML;
    const r = deriveRule(a.doc, a.els.indexOf(block), { url: A_URL, storyText: a.story, now: new Date('2024-07-10T00:00:00Z') });
    if (!r.ok) throw new Error(`refused: ${r.reason}`);
    expect(a.doc.documentElement.outerHTML).toBe(before);
    expect(r.matches).toBe(1);
    expect(r.rule.host).toBe('roznama-misal.example');
    expect(r.rule.example).toBe(textOf(block));
    expect(validateRule(r.rule)).toEqual({ ok: true, rule: r.rule });
    const onB = ruleMatches(r.rule, b.doc.body, new TextIndex(b.doc.body));
    expect(onB).toEqual([BLOCKS[name]!(b.doc)]);
    for (const el of onB) for (const p of bStory) expect(textOf(el)).not.toContain(p);
  });

  it('skips the generated class of the counter line and turns its number into {n}', () => {
    const r = deriveRule(a.doc, a.els.indexOf(BLOCKS['counter line']!(a.doc)), { url: A_URL, storyText: a.story });
    if (!r.ok) throw new Error(r.reason);
    expect(r.rule.selector).not.toMatch(/k7f3a9c/);
    expect(r.rule).toMatchObject({ kind: 'text', pattern: '{n} مرتبہ پڑھا گیا' });
  });

  it('gives the same block the same rule id (deriving twice does not duplicate)', () => {
    const o = a.els.indexOf(BLOCKS['promo box']!(a.doc));
    const r1 = deriveRule(a.doc, o, { url: A_URL, storyText: a.story });
    const r2 = deriveRule(a.doc, o, { url: A_URL, storyText: a.story });
    expect(r1.ok && r2.ok && r1.rule.id === r2.rule.id).toBe(true);
  });

  it('refuses a story paragraph', () => {
    const p = a.doc.querySelector('.body p')!;
    // The reader passes the story without the removed block; with it, the block is still refused
    // only when other story sentences would go too.
    const others = a.story.split('\n\n').slice(1).join('\n\n');
    expect(deriveRule(a.doc, a.els.indexOf(p), { url: A_URL, storyText: others })).toMatchObject({ ok: false, reason: 'story-text' });
  });

  it('says no-shape for an origin that is not on the page', () => {
    expect(deriveRule(a.doc, a.els.length + 5, { url: A_URL, storyText: a.story })).toEqual({ ok: false, reason: 'no-shape', matches: 0 });
  });
});

describe('deriveRule refusals', () => {
  const long = (n: number) => `یہ خبر کا ${n} واں جملہ ہے جو کافی طویل ہے اور اس میں کئی الفاظ شامل ہیں تاکہ یہ کہانی کا حصہ لگے۔`;

  it('refuses a rule whose every shape would also take story paragraphs', () => {
    const story = [1, 2, 3, 4].map(long);
    const promo = 'ہماری ویب سائٹ پر مزید خبریں پڑھنے کے لیے رکنیت حاصل کریں اور ہر صبح تازہ ترین خبروں کا خلاصہ اپنے ای میل میں حاصل کریں';
    const html = `<html><body><div class="entry">${story.map((s) => `<p class="t">${s}</p>`).join('')}<p class="t">${promo}</p></div></body></html>`;
    const doc = parsePage(html, A_URL).window.document;
    const target = doc.querySelectorAll('p.t')[4]!;
    const r = deriveRule(doc, allElements(doc.body).indexOf(target), { url: A_URL, storyText: story.join('\n\n') });
    expect(r).toMatchObject({ ok: false, reason: 'story-text' });
    expect(r.matches).toBeGreaterThan(1);
  });

  it('refuses a rule that matches more blocks than one kind of clutter has', () => {
    const ads = Array.from({ length: MAX_MATCHES + 3 }, () => '<div class="ad-slot">اشتہار</div>').join('');
    const html = `<html><body><div>${[1, 2, 3].map((n) => `<p>${long(n)}</p>`).join('')}${ads}</div></body></html>`;
    const doc = parsePage(html, A_URL).window.document;
    const r = deriveRule(doc, allElements(doc.body).indexOf(doc.querySelector('.ad-slot')!), { url: A_URL, storyText: long(1) });
    expect(r).toEqual({ ok: false, reason: 'too-broad', matches: MAX_MATCHES + 3 });
  });
});

describe('labels and patterns', () => {
  it('tells template classes from generated ones', () => {
    for (const ok of ['promo-box', 'related_posts', 'sidebar', 'h2-title', 'mostRead']) expect(isStableToken(ok), ok).toBe(true);
    for (const bad of ['css-1x2y3z', 'sc-bdfBwQ', 'jsx-3912345', 'k7f3a9c', 'a8x92', '_3kP2q', 'kBKxQmZ', 'active', 'post-12345'])
      expect(isStableToken(bad), bad).toBe(false);
  });

  it('writes numbers of any script as {n} and matches them back, literally', () => {
    expect(textPattern('۱۲۳ تبصرے')).toBe('{n} تبصرے');
    expect(textPattern('1,204 views (today)')).toBe('{n} views (today)');
    expect(textPattern('2024')).toBeNull();
    const re = compilePattern('{n} views (today)');
    expect(re.test('87 views (today)')).toBe(true);
    expect(re.test('٨٧ views   (today)')).toBe(true);
    expect(re.test('87 viewsX(today)')).toBe(false);
    expect(compilePattern('a.b').test('axb')).toBe(false);
  });
});
