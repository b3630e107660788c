/**
 * Hostile pages through extraction and every export: the XSS vectors of tests/security (DOMPurify's
 * fixtures and Saaf's own) in an Urdu article's body, and Saaf's metadata vectors in its head.
 * Each exported file is loaded the way a reader would see it and must hold nothing active.
 */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { dompurifyVectors, hostileHeadPage, hostilePages, saafVectors } from '../../tests/security/vectors';
import { extractArticle } from '../pipeline';
import { exportEpub } from './epub';
import { exportHtml, EXPORT_CSP } from './html';
import { exportMarkdown } from './markdown';
import { liveMarkupInMarkdown } from '../../tests/helpers/markdown-render';
import type { ExportInput } from './input';
import { testWindow } from '../../tests/helpers/export-input';

const URL_ATTR = /^(?:href|src|action|formaction|xlink:href|srcset|data|poster|background|ping|cite)$/i;
const BAD_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;

/** Active markup in a rendered document: scripts, frames, forms, refreshes, handlers, script URLs. */
function activeMarkup(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')]
    .filter(
      (e) =>
        /^(?:script|iframe|frame|object|embed|base|form|input|button|svg|math)$/i.test(e.localName) ||
        (e.localName === 'meta' &&
          e.hasAttribute('http-equiv') &&
          !/^(?:content-security-policy|content-type)$/i.test(e.getAttribute('http-equiv')!)) ||
        [...e.attributes].some((a) => /^on/i.test(a.name) || (URL_ATTR.test(a.name) && BAD_URL.test(a.value))),
    )
    .map((e) => e.outerHTML.slice(0, 160));
}

const URL = 'https://news.example.pk/city/library';
const body = [...dompurifyVectors(), ...saafVectors('body')];
const cases = [
  ...hostilePages(body, 28).map((html, i) => ({ name: `body vectors ${i * 28 + 1}-${Math.min(body.length, i * 28 + 28)}`, html })),
  ...[...saafVectors('head'), ...saafVectors('html-attrs')].map((v) => ({ name: `${v.id} ${v.title}`, html: hostileHeadPage(v) })),
];

function inputOf(html: string): ExportInput {
  const dom = parsePage(html, URL);
  const r = extractArticle(dom.window.document, { url: URL, win: dom.window as unknown as Window, mutate: true });
  if (!r.ok) throw new Error(`no article: ${r.reason}`);
  return { article: { ...r.article, url: URL }, savedAt: Date.UTC(2026, 10, 1), tags: ['<img src=x onerror=alert(1)>'], images: new Map() };
}

describe.each(cases)('hostile page ($name) through extraction and exports', ({ html }) => {
  const input = inputOf(html);

  it('extracts the story with validated lang and dir', () => {
    expect(input.article.text).toContain('نئی عوامی لائبریری کا افتتاح');
    expect(input.article.lang).toMatch(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);
    expect(['ltr', 'rtl']).toContain(input.article.dir);
  });

  it('HTML export: nothing active, the script-free CSP in the head', () => {
    const doc = new JSDOM(exportHtml(input, testWindow())).window.document;
    expect(activeMarkup(doc)).toEqual([]);
    expect(doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(EXPORT_CSP);
  });

  it('Markdown export: rendered with raw HTML on and every scheme allowed, nothing live', () => {
    const md = exportMarkdown(input, testWindow());
    expect(liveMarkupInMarkdown(md)).toEqual([]);
  });

  it('EPUB export: every chapter and the nav hold nothing active', () => {
    const files = unzipSync(
      exportEpub([input], {
        win: testWindow(),
        uuid: '0f8fad5b-d9cb-469f-a165-70867728950e',
        modified: new Date(Date.UTC(2026, 10, 2)),
        title: 'x',
      }),
    );
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.xhtml')) continue;
      const doc = new JSDOM(strFromU8(bytes), { contentType: 'application/xhtml+xml' }).window.document;
      expect(activeMarkup(doc), name).toEqual([]);
    }
  });
});
