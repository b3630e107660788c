/**
 * Markdown export against hostile titles, bylines, tags, link URLs, link texts and alt texts: a
 * property test. Whatever the article holds, the exported .md rendered by a CommonMark renderer
 * with raw HTML on (utils/export/markdown-render.ts) has no event handler and no script URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from './markdown';
import { liveMarkupInMarkdown } from '../../tests/helpers/markdown-render';
import { testInput, testWindow } from '../../tests/helpers/export-input';

/** Pieces that make Markdown, HTML and URL syntax, plus ordinary letters. */
const PIECES = [
  '(',
  ')',
  '[',
  ']',
  '![',
  '](',
  ')[x](',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '\\[',
  '\\]',
  '`',
  '*',
  '_',
  '#',
  '|',
  ' ',
  '\n',
  '\n---\n',
  '---',
  ':',
  '/',
  '&',
  '&lt;',
  '&#106;',
  '&colon;',
  '%29',
  'javascript:',
  'JaVaScRiPt:',
  ' javascript:',
  'vbscript:',
  'data:text/html,',
  'alert(1)',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">',
  'onerror=alert(1)',
  '<javascript:alert(1)>',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  'x',
  'ب',
  'خبر',
  '\u200f',
  '\u2028',
  '\u0640',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('Markdown export: nothing live, whatever the article holds', () => {
  const win = testWindow();

  it('title, byline, site, tags, link URLs and texts, image URLs and alt texts', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        hostile,
        fc.array(hostile, { maxLength: 3 }),
        hostile,
        hostile,
        hostile,
        hostile,
        (title, byline, site, tags, path, linkText, imgPath, alt) => {
          const input = testInput({
            title,
            byline: byline || null,
            siteName: site || null,
            contentHtml:
              `<p>${text(linkText)} <a href="${attr(`https://example.com/${path}`)}">${text(linkText) || 'x'}</a></p>` +
              `<p><img src="${attr(`https://example.com/${imgPath}`)}" alt="${attr(alt)}"></p>`,
            embeds: [],
          });
          const md = exportMarkdown({ ...input, tags }, win);
          expect(liveMarkupInMarkdown(md), md).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the audit findings, as fixed cases', () => {
    const cases = [
      testInput({ contentHtml: '<p><a href="https://example.com/a)[x](javascript:alert(1))">link</a></p>', embeds: [] }),
      testInput({ contentHtml: '<p><img src="https://example.com/a.png" alt="x\\](javascript:alert(1))"></p>', embeds: [] }),
      testInput({ contentHtml: '<p><img src="https://example.com/a.png" alt="a](javascript:alert(1)) ![b"></p>', embeds: [] }),
      testInput({ title: '<img src=x onerror=alert(1)>', byline: '<svg onload=alert(1)>' }),
    ];
    for (const input of cases) {
      const md = exportMarkdown(input, win);
      expect(liveMarkupInMarkdown(md), md).toEqual([]);
    }
  });
});
