import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { dompurifyVectors, saafVectors } from '../../tests/security/vectors';
import { sanitizeHtml, sanitizeInPlace } from './sanitize';

// The project's own copies (tests/security): a missing file throws here and fails the run.
const vectors = [...dompurifyVectors(), ...saafVectors('body')];

const FORBIDDEN = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'input',
  'button',
  'template',
  'base',
  'meta',
  'link',
]);

/** What must never survive sanitizing, read from the parsed output: elements, handlers, URLs, styles, ids. */
function dangers(html: string, doc: Document): string[] {
  const t = doc.createElement('template');
  t.innerHTML = html;
  const found: string[] = [];
  for (const el of t.content.querySelectorAll('*')) {
    if (FORBIDDEN.has(el.localName)) found.push(`<${el.localName}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || /^data-(?!saaf-embed$)/.test(a.name) || ['style', 'id', 'name', 'class', 'srcset'].includes(a.name))
        found.push(`${el.localName}[${a.name}]`);
      if (a.name === 'rel' && a.value !== 'noopener noreferrer') found.push(`${el.localName}[rel=${a.value}]`);
      if (['href', 'src', 'cite'].includes(a.name) && !/^(?:https?:|data:image\/)/i.test(a.value))
        found.push(`${el.localName}[${a.name}=${a.value.slice(0, 30)}]`);
    }
  }
  return found;
}

describe('sanitizeInPlace (the pipeline path) matches sanitizeHtml', () => {
  const dom = parsePage('<!doctype html><html><body></body></html>', 'https://example.com/a');
  const win = dom.window as unknown as Window;

  it(`on every XSS vector (${vectors.length}, DOMPurify's and Saaf's): same output, nothing dangerous`, () => {
    for (const v of vectors) {
      // The old path serialized the parsed holder and sanitized the string: same result expected.
      const holder = dom.window.document.createElement('div');
      holder.innerHTML = v.payload;
      const serialized = holder.innerHTML;
      sanitizeInPlace(holder, win, 'https://example.com/a');
      const inPlace = holder.innerHTML;
      const ws = (h: string) => h.replace(/\s+/g, ' ').trim();
      expect(ws(inPlace), v.id).toBe(ws(sanitizeHtml(serialized, win, 'https://example.com/a')));
      expect(dangers(inPlace, dom.window.document), `${v.id}: ${inPlace.slice(0, 200)}`).toEqual([]);
    }
  });

  it("drops the page markup's attributes (classes, ids, data-, aria-, handlers) as the string path does, the kept ones in order", () => {
    const html =
      '<div class="a b" id="main" role="main" data-x="1"><p title="T" class="p" dir="rtl" style="color:red" aria-hidden="false" lang="ur" data-saaf-embed="7">' +
      '<a class="c" href="/x" onclick="alert(1)" data-href="/y" title="L" rel="nofollow">link</a>' +
      '<img data-src="z.jpg" src="y.jpg" width="10" loading="lazy" alt="A" srcset="q.jpg 2x"></p>' +
      '<svg><a xlink:href="javascript:alert(1)">s</a></svg><time datetime="2024-01-01" class="d">t</time><b is="x-b" class="e">b</b></div>';
    const holder = dom.window.document.createElement('div');
    holder.innerHTML = html;
    const serialized = holder.innerHTML;
    sanitizeInPlace(holder, win, 'https://example.com/a');
    expect(holder.innerHTML).toBe(sanitizeHtml(serialized, win, 'https://example.com/a'));
    expect(holder.innerHTML).toContain('<p title="T" dir="rtl" lang="ur" data-saaf-embed="7">');
    expect(dangers(holder.innerHTML, dom.window.document)).toEqual([]);
  });

  it('resolves relative links against the page URL and drops javascript: links', () => {
    const holder = dom.window.document.createElement('div');
    holder.innerHTML = '<p><a href="/x">a</a><a href=" JavaScript:alert(1)">b</a><img src="y.jpg" onerror="alert(1)"></p>';
    sanitizeInPlace(holder, win, 'https://example.com/news/1');
    expect(holder.innerHTML).toContain('href="https://example.com/x"');
    expect(holder.innerHTML).toContain('src="https://example.com/news/y.jpg"');
    expect(holder.innerHTML).not.toMatch(/javascript|onerror/i);
  });
});
