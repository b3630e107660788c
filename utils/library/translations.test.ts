// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quotesOf, storedFor, TranslationLog } from './translations';
import { validateArticleWire, validateTranslations } from './validate';

const R = { text: 'ترجمہ', service: 'libretranslate', label: 'LibreTranslate', source: 'en', target: 'ur' };

describe('saved translations', () => {
  it('a log keeps what was translated and gives it back only beside the same original', () => {
    const log = new TranslationLog();
    log.set('embed:0', 'Hello', R);
    expect(log.get('embed:0', 'Hello')).toMatchObject({ text: 'ترجمہ', original: 'Hello', source: 'en', label: 'LibreTranslate' });
    // The page changed between saves: another text at the same place gets no translation.
    expect(log.get('embed:0', 'Goodbye')).toBeNull();
    expect(log.get('embed:1', 'Hello')).toBeNull();
    expect(Object.keys(log.all())).toEqual(['embed:0']);
  });

  it('records without an original (older saves) are shown; inherited keys are not translations', () => {
    expect(storedFor({ 'quote:0': { text: 't', service: 's', target: 'ur' } }, 'quote:0', 'anything')).toMatchObject({ text: 't' });
    expect(storedFor({}, 'toString', 'x')).toBeNull();
    expect(storedFor(undefined, 'quote:0', 'x')).toBeNull();
  });

  it('numbers foreign-language quotes in document order, skipping embeds and embed cards', () => {
    document.body.innerHTML =
      '<blockquote lang="en">a</blockquote><blockquote data-saaf-embed="0" lang="en">e</blockquote>' +
      '<figure class="saaf-embed"><blockquote lang="en">card</blockquote></figure><p><blockquote lang="ar">b</blockquote></p><blockquote>c</blockquote>';
    expect(quotesOf(document.body).map((q) => [q.key, q.el.textContent])).toEqual([
      ['quote:0', 'a'],
      ['quote:1', 'b'],
    ]);
  });

  it('validation keeps the known fields of each translation and refuses malformed ones', () => {
    const full = { ...R, original: 'Hello' };
    expect(validateTranslations({ 'embed:0': { ...full, evil: '<script>' } })).toEqual({ 'embed:0': full });
    expect(validateTranslations({ 'embed:0': { text: 'x', service: 'y', target: 'ur' } })).toEqual({
      'embed:0': { text: 'x', service: 'y', target: 'ur' },
    });
    for (const bad of [
      { 'embed:0': { ...full, label: 5 } },
      { 'embed:0': { ...full, original: null } },
      { 'embed:0': { ...full, text: undefined } },
      { ['k'.repeat(201)]: full },
      Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`quote:${i}`, full])),
      [],
      null,
    ])
      expect(validateTranslations(bad)).toBeNull();
  });

  it('a backup article keeps its translations; one written before translations existed still imports', () => {
    const article = {
      url: 'https://news.pk/a',
      title: 'عنوان',
      byline: null,
      siteName: null,
      lang: 'ur',
      dir: 'rtl',
      publishedTime: null,
      excerpt: null,
      leadImage: null,
      contentHtml: '<p>متن</p>',
      text: 'متن',
      embeds: [],
      removed: [],
    };
    const base = { article, tags: [], savedAt: 1, updatedAt: 2, readAt: null, images: [] };
    expect(validateArticleWire(base)?.translations).toEqual({});
    expect(validateArticleWire({ ...base, translations: { 'quote:0': { ...R, original: 'Hi' } } })?.translations).toEqual({
      'quote:0': { ...R, original: 'Hi' },
    });
    expect(validateArticleWire({ ...base, translations: { 'quote:0': { ...R, source: 7 } } })).toBeNull();
  });
});
