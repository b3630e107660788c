import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { extractArticle } from '../pipeline';
import { validateRule } from '../site-rules/validate';
import { regionAround, regionCandidates, regionRule, regionSelector, stepRegion } from './region';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/site-rules/e2e/${name}`, import.meta.url), 'utf8');
const A_URL = 'http://www.khabarnama.example/brief/a';
const B_URL = 'http://khabarnama.example/brief/b';
const page = (name: string, url: string) => parsePage(fixture(name), url).window.document;
const html = (s: string) => parsePage(`<!doctype html><html><body>${s}</body></html>`, 'https://x.example/').window.document;
const P1 = '<p>پہلا جملہ کافی لمبا ہے تاکہ اس علاقے میں پڑھنے کے لائق متن ہو اور یہ گنتی پوری کرے۔</p>';
const P2 = '<p>دوسرا جملہ بھی اتنا ہی لمبا ہے تاکہ یہاں دو حصے ہوں اور علاقہ کہانی لگے۔</p>';

describe('the region around the pointer', () => {
  it('is the story around a paragraph, not the paragraph, and nothing in the page chrome', () => {
    const doc = page('brief-a.html', A_URL);
    const p = doc.querySelector('.kh-text p')!;
    expect(regionAround(p, doc.body)).toBe(doc.querySelector('.kh-text'));
    expect(regionAround(doc.querySelector('nav a')!, doc.body)).toBeNull();
    expect(regionAround(doc.body, doc.body)).toBeNull();
  });

  it('steps through the regions in page order, wider and narrower', () => {
    const doc = html(`<div id="page"><div class="story">${P1}${P2}</div><div class="more">${P1}${P2}</div></div>`);
    const list = regionCandidates(doc.body);
    const [page, story, more] = ['#page', '.story', '.more'].map((s) => doc.querySelector(s)!) as [Element, Element, Element];
    expect(list).toEqual([page, story, more]);
    expect(stepRegion(list, null, 'next')).toBe(page);
    expect(stepRegion(list, story, 'next')).toBe(more);
    expect(stepRegion(list, more, 'next')).toBe(page);
    expect(stepRegion(list, page, 'previous')).toBe(more);
    expect(stepRegion(list, story, 'wider')).toBe(page);
    expect(stepRegion(list, page, 'narrower')).toBe(story);
    expect(stepRegion(list, story, 'narrower')).toBe(story);
    expect(stepRegion([], null, 'next')).toBeNull();
  });

  it('leaves out a wrapper whose text is all in one region inside it', () => {
    const doc = html(`<div class="wrap"><div class="story">${P1}${P2}</div></div>`);
    expect(regionCandidates(doc.body)).toEqual([doc.querySelector('.story')]);
  });
});

describe('the region rule', () => {
  it('names the region by its stable labels, with positions only where labels do not tell siblings apart', () => {
    const doc = html(
      `<main><section class="story-col"><div>${P1}</div></section><section class="story-col"><div>${P1}${P2}</div></section></main><div class="x-9f3kQzA">${P1}</div>`,
    );
    const target = doc.querySelectorAll('section.story-col')[1]!.firstElementChild!;
    const sel = regionSelector(target, doc.body)!;
    expect(sel).toBe('section.story-col:nth-of-type(2) > div');
    expect(doc.body.querySelector(sel)).toBe(target);
    expect(regionSelector(doc.querySelector('main')!, doc.body)).toBe('main');
    // A generated class is no label, and a bare tag names nothing on the next page.
    expect(regionSelector(doc.querySelector('.x-9f3kQzA')!, doc.body)).toBeNull();
    expect(regionSelector(doc.body, doc.body)).toBeNull();
  });

  it("is a valid rule of the page's site, the same for the same region", () => {
    const doc = page('brief-a.html', A_URL);
    const el = doc.querySelector('.kh-text')!;
    const now = new Date('2026-12-03T00:00:00Z');
    const rule = regionRule(el, doc.body, A_URL, now)!;
    expect(rule).toMatchObject({ host: 'khabarnama.example', kind: 'region', selector: 'div.kh-text', enabled: true });
    expect(validateRule(rule)).toEqual({ ok: true, rule });
    expect(regionRule(el, doc.body, A_URL, now)).toEqual(rule);
    expect(regionRule(el, doc.body, 'file:///tmp/a.html')).toBeNull();
  });

  it('makes a page the engine finds no story on readable, and holds on the next page of the template', () => {
    const a = page('brief-a.html', A_URL);
    const opts = (url: string, doc: Document) => ({ url, win: doc.defaultView as unknown as Window });
    const before = extractArticle(a, opts(A_URL, a));
    expect(before.ok).toBe(false);
    const rule = regionRule(a.querySelector('.kh-text')!, a.body, A_URL)!;

    const b = page('brief-b.html', B_URL);
    expect(extractArticle(b, opts(B_URL, b)).ok).toBe(false);
    const r = extractArticle(b, { ...opts(B_URL, b), userRules: [rule] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('پارکنگ پلازہ');
    expect(r.article.text).not.toContain('سب سے زیادہ پڑھی گئی');
    expect(r.article.removed.some((x) => x.rule === `user:${rule.id}` && x.text.includes('سب سے زیادہ پڑھی گئی'))).toBe(true);
  });
});
