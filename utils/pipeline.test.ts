import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile, parsePage } from '../scripts/lib/node-dom';
import { EXTRACT_STAGES, extractArticle, extractArticleSliced, isLargePage, type ExtractStage } from './pipeline';
import { checkFragments, type Annotation } from '../scripts/lib/match';

const page = (name: string) => readFileSync(new URL(`../tests/fixtures/pages/${name}/source.html`, import.meta.url), 'utf8');

describe('extractArticle on the mission page (ev-china-tweet)', () => {
  const expected = JSON.parse(
    readFileSync(new URL('../tests/fixtures/pages/ev-china-tweet/expected.json', import.meta.url), 'utf8'),
  ) as Annotation;
  const result = extractFile(page('ev-china-tweet'), expected.url!);
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  const a = result.article;

  it('keeps every story fragment and no clutter fragment', () => {
    expect(checkFragments(expected, a.title, a.text)).toEqual({ missing: [], leaked: [] });
  });

  it('reads metadata: title without site suffix, byline, site, ISO date, lang and dir', () => {
    expect(a.title).toBe(expected.title);
    expect(a.byline).toBe(expected.byline);
    expect(a.siteName).toBe(expected.siteName);
    expect(a.publishedTime?.slice(0, 10)).toBe(expected.publishedTime);
    expect(a.lang).toBe('ur');
    expect(a.dir).toBe('rtl');
    expect(a.leadImage).toBe('http://127.0.0.1:8080/wp-content/uploads/2023/09/umar-saif-ambassador.jpg');
  });

  it('rescues the tweet as a structured embed with a placeholder in place', () => {
    const e = expected.embeds![0]!;
    expect(a.embeds).toHaveLength(1);
    expect(a.embeds[0]).toMatchObject({ kind: 'tweet', lang: 'en', author: e.author, handle: e.handle, url: e.url });
    expect(a.embeds[0]!.text.startsWith(e.textStartsWith!)).toBe(true);
    expect(a.contentHtml).toMatch(/<blockquote data-saaf-embed="0" lang="en" dir="auto"[ >]/);
    // The tweet sits between the paragraphs it sat between on the page.
    const before = a.text.indexOf('سنگھوا یونیورسٹی');
    const tweet = a.text.indexOf('Wonderful to meet');
    const after = a.text.indexOf('اسٹریٹجک شراکت داری');
    expect(before).toBeLessThan(tweet);
    expect(tweet).toBeLessThan(after);
  });

  it('reports what the cleaner removed, by rule', () => {
    const rules = new Set(a.removed.map((r) => r.rule));
    // The dated teaser list is found by shape (record-lists) before the time-stamp rule sees it.
    expect(rules).toContain('record-lists');
    expect(rules).toContain('ad-labels');
    expect(a.removed.find((r) => r.rule === 'record-lists' && r.text.includes('سری لنکا'))).toBeTruthy();
  });

  it('outputs no script, style, event handler or class', () => {
    expect(a.contentHtml).not.toMatch(/<script|<style|\son\w+=|\sclass=|\sstyle=|\sid=/i);
  });
});

describe('the live page', () => {
  it('is never modified: the extension extracts from the page the reader sits on', () => {
    const dom = parsePage(page('ev-china-tweet'), 'http://127.0.0.1:8080/2023/09/28/ev-china/');
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, { url: 'http://127.0.0.1:8080/2023/09/28/ev-china/', win: dom.window as unknown as Window });
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the stage timing hook', () => {
  it('reports every stage once, in order, with the same article as without it', () => {
    const url = 'http://127.0.0.1:8080/2023/09/28/ev-china/';
    const run = (onStage?: (s: ExtractStage, ms: number) => void) => {
      const dom = parsePage(page('ev-china-tweet'), url);
      return extractArticle(dom.window.document, { url, win: dom.window as unknown as Window, onStage });
    };
    const seen: [ExtractStage, number][] = [];
    const timed = run((s, ms) => seen.push([s, ms]));
    expect(seen.map(([s]) => s)).toEqual([...EXTRACT_STAGES]);
    expect(seen.every(([, ms]) => ms >= 0)).toBe(true);
    expect(timed).toEqual(run());
  });
});

describe('the sliced run (very large pages)', () => {
  const url = 'http://127.0.0.1:8080/2023/09/28/ev-china/';
  const doc = () => parsePage(page('ev-china-tweet'), url).window;

  it('pauses between every two stages and gives the same article as the run at once', async () => {
    const w = doc();
    const events: string[] = [];
    const sliced = await extractArticleSliced(
      w.document,
      { url, win: w as unknown as Window, onStage: (s) => events.push(s) },
      async () => void events.push('pause'),
    );
    expect(events).toEqual(EXTRACT_STAGES.flatMap((s) => [s, 'pause']));
    const w2 = doc();
    expect(sliced).toEqual(extractArticle(w2.document, { url, win: w2 as unknown as Window }));
  });

  it('is chosen for pages with very many elements, not for a news page', () => {
    expect(isLargePage(doc().document)).toBe(false);
    const big = parsePage(`<html><body>${'<p><b>x</b></p>'.repeat(10_001)}</body></html>`, url).window.document;
    expect(isLargePage(big)).toBe(true);
  });
});

describe('pages without an article', () => {
  it('says so for a home page of teaser lists, with the page language', () => {
    const result = extractFile(page('home-page'), 'https://khabarnama.example/');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.lang).toBe('ur');
      expect(result.dir).toBe('rtl');
    }
  });

  it('says so for an empty document', () => {
    expect(extractFile('<html><body></body></html>', null).ok).toBe(false);
  });
});

describe('hostile markup', () => {
  it('ignores <base href="javascript:..."> and drops javascript: links whatever their case', () => {
    const para = '<p>' + 'یہ ایک طویل پیراگراف ہے جس میں خبر کی تفصیل ہے۔ '.repeat(12) + '</p>';
    const html = `<html lang="ur"><head><base href="javascript://alert(1)//"><title>خبر</title></head><body><article>
      ${para}<p><a href="/relative">ربط</a> <a href=" JavaScript:alert(1)">x</a> <a href="java\tscript:alert(1)">y</a></p>${para}
      <img src="x" onerror="alert(1)"></article></body></html>`;
    const result = extractFile(html, 'https://example.com/news/1');
    if (!result.ok) throw new Error('expected an article');
    expect(result.article.contentHtml).not.toMatch(/javascript|onerror/i);
    expect(result.article.contentHtml).toContain('href="https://example.com/relative"');
  });

  it('renders metadata as text: markup in the title never becomes markup', () => {
    const para = '<p>' + 'Some long paragraph of the story that goes on for a while. '.repeat(10) + '</p>';
    const html = `<html><head><title>&lt;img src=x onerror=alert(1)&gt; Title</title></head><body><article>${para}${para}</article></body></html>`;
    const result = extractFile(html, 'https://example.com/a');
    if (!result.ok) throw new Error('expected an article');
    // The title is returned as plain text; the reader renders it with textContent (Preact text nodes).
    expect(typeof result.article.title).toBe('string');
    expect(result.article.contentHtml).not.toMatch(/onerror/);
  });
});
