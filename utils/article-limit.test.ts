import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractFile } from '../scripts/lib/node-dom';
import { validateArticle } from './library/validate';
import type { Article } from './types';

// A limit small enough for a fixture: if the pipeline or validation kept a number of its own,
// the one below would not reach it and this test would fail.
vi.mock('./article-limit', () => ({ MAX_ARTICLE_CHARS: 2_000 }));

const page = readFileSync(new URL('../tests/fixtures/pages/ev-china-tweet/source.html', import.meta.url), 'utf8');
const url = 'http://127.0.0.1:8080/2023/09/28/ev-china/';

const article = (contentHtml: string, text: string): Article => ({
  url,
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'ur',
  dir: 'rtl',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  contentHtml,
  text,
  embeds: [],
  removed: [],
});

describe('one article limit for the reader, Save and validation (MAX_ARTICLE_CHARS)', () => {
  it('the pipeline (reader and save script) refuses a story over the limit as too-large', () => {
    const r = extractFile(page, url);
    expect(r).toMatchObject({ ok: false, reason: 'too-large', lang: 'ur', dir: 'rtl' });
  });

  it('validation refuses exactly what is over the same limit', () => {
    expect(validateArticle(article('x'.repeat(2_000), 'x'.repeat(2_000)))).not.toBeNull();
    expect(validateArticle(article('x'.repeat(2_001), 'x'))).toBeNull();
    expect(validateArticle(article('x', 'x'.repeat(2_001)))).toBeNull();
  });
});
