import { describe, expect, it, vi } from 'vitest';
import { parseMessage } from '@/utils/messaging/protocol';
import { SearchCache } from '@/utils/library/search-cache';
import { upsertArticle } from '@/utils/library/store';
import { freshDb, sampleArticle } from '@/tests/helpers/library';
import type { LibraryMessage } from '@/utils/library/messages';
import { handleLibraryMessage, importSession, type LibraryDeps } from './library-service';

/** The pages open in the fake browser's tabs. */
const TABS: Record<number, string> = { 7: 'https://news.pk/a', 8: 'https://news.pk/not-saved', 9: 'https://news.pk/gone' };

function deps(): LibraryDeps & { saved: number[]; articles: string[] } {
  const db = freshDb();
  const saved: number[] = [];
  const articles: string[] = [];
  const refused = { ok: false as const, error: 'no-article' as const };
  return {
    db,
    search: new SearchCache(db),
    saved,
    articles,
    saveTab: vi.fn(async (tabId: number) => (saved.push(tabId), refused)),
    saveArticle: vi.fn(async (article: { url: string | null }) => (articles.push(article.url ?? ''), refused)),
    tabUrl: async (tabId) => TABS[tabId],
  };
}

describe('save-current-tab', () => {
  it('save-current-tab saves the article it carries and extracts no tab, not even one it names', async () => {
    const d = deps();
    const article = sampleArticle({ url: 'https://news.pk/a' });
    await handleLibraryMessage(
      parseMessage({ type: 'save-current-tab', tabId: 99, article }) as LibraryMessage,
      { kind: 'tab', tabId: 7 },
      d,
    );
    expect(d.articles).toEqual(['https://news.pk/a']);
    expect(d.saved).toEqual([]);
  });
});

describe('reader-set-position (the overlay on a saved page)', () => {
  it("records where the reader is in the saved article of the sender tab's own page only", async () => {
    const d = deps();
    const a = await upsertArticle(d.db, { article: sampleArticle({ url: 'https://news.pk/a' }), images: [] });
    const other = await upsertArticle(d.db, { article: sampleArticle({ url: 'https://news.pk/other' }), images: [] });
    const gone = await upsertArticle(d.db, { article: sampleArticle({ url: 'https://news.pk/gone' }), images: [] });
    await handleLibraryMessage({ type: 'library-delete', id: gone.id }, { kind: 'page' }, d);
    // A message naming another article is cut to its position by the protocol: only the tab's page counts.
    const msg = parseMessage({ type: 'reader-set-position', id: other.id, position: 0.4567 }) as LibraryMessage;
    expect(msg).toEqual({ type: 'reader-set-position', position: 0.457 });
    expect(await handleLibraryMessage(msg, { kind: 'tab', tabId: 7 }, d)).toEqual({ ok: true, done: true });
    expect(await handleLibraryMessage(msg, { kind: 'tab', tabId: 8 }, d)).toEqual({ ok: true, done: false });
    expect(await handleLibraryMessage(msg, { kind: 'tab', tabId: 9 }, d)).toEqual({ ok: true, done: false });
    expect(await handleLibraryMessage(msg, { kind: 'tab', tabId: 404 }, d)).toEqual({ ok: true, done: false });
    const list = (await handleLibraryMessage({ type: 'library-list' }, { kind: 'page' }, d)) as {
      entries: { id: number; readPosition: number }[];
    };
    const at = Object.fromEntries(list.entries.map((e) => [e.id, e.readPosition]));
    expect(at).toEqual({ [a.id]: 0.457, [other.id]: 0 });
  });
});

describe('handleLibraryMessage', () => {
  it('lists, searches with another letter form, deletes with undo', async () => {
    const d = deps();
    const { id } = await upsertArticle(d.db, { article: sampleArticle({ text: 'پاکستانی کرکٹ ٹیم نے میچ جیتا' }), images: [] });
    const page = { kind: 'page' } as const;
    expect(await handleLibraryMessage({ type: 'library-list' }, page, d)).toMatchObject({ ok: true, entries: [{ id }] });
    const found = await handleLibraryMessage({ type: 'library-search', query: 'پاكستاني', filters: {}, from: 0 }, page, d);
    expect(found).toMatchObject({ ok: true, results: [{ entry: { id } }] });
    const hit = (found as { results: { snippet: { text: string; hit: boolean }[] }[] }).results[0]!.snippet.filter((s) => s.hit);
    expect(hit.map((s) => s.text)).toEqual(['پاکستانی']);
    await handleLibraryMessage({ type: 'library-delete', id }, page, d);
    expect(await handleLibraryMessage({ type: 'library-search', query: 'کرکٹ', filters: {}, from: 0 }, page, d)).toEqual({
      ok: true,
      results: [],
      more: false,
      indexing: null,
    });
    await handleLibraryMessage({ type: 'library-undo-delete', id }, page, d);
    expect(await handleLibraryMessage({ type: 'library-search', query: 'کرکٹ', filters: {}, from: 0 }, page, d)).toMatchObject({
      results: [{ entry: { id } }],
    });
  });

  it('the import stream refuses a foreign record without touching the library, and rebuilds the index when it stops', async () => {
    const d = deps();
    await upsertArticle(d.db, { article: sampleArticle(), images: [] });
    const reset = vi.spyOn(d.search, 'reset');
    const session = importSession(d.db, d.search);
    expect(await session.handle({ type: 'chunk', text: '{"format":"pocket"}\n' })).toMatchObject({
      type: 'error',
      error: 'broken-article',
    });
    expect(await d.db.articles.count()).toBe(1);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('the import stream merges an article and the search finds it after the end', async () => {
    const d = deps();
    const session = importSession(d.db, d.search);
    const article = sampleArticle({ url: 'https://news.pk/b', text: 'کرکٹ ٹیم' });
    const line = JSON.stringify({ article, tags: [], savedAt: 1, updatedAt: 1, readAt: null, images: [] });
    await d.search.get();
    expect(await session.handle({ type: 'chunk', text: `${line}\n` })).toEqual({ type: 'ok', received: 1 });
    expect(await session.handle({ type: 'end' })).toEqual({ type: 'done', report: { added: 1, updated: 0, skipped: 0 } });
    expect(await handleLibraryMessage({ type: 'library-search', query: 'کرکٹ', filters: {}, from: 0 }, { kind: 'page' }, d)).toMatchObject({
      results: [{ entry: { url: 'https://news.pk/b' } }],
    });
  });
});

describe('parseMessage (library)', () => {
  it.each([
    [
      { type: 'library-get', id: 2 },
      { type: 'library-get', id: 2 },
    ],
    [{ type: 'library-get', id: '2' }, null],
    [{ type: 'library-get', id: 0 }, null],
    [{ type: 'library-set-read', id: 2, read: 'yes' }, null],
    [
      { type: 'library-set-position', id: 2, position: 0.41234 },
      { type: 'library-set-position', id: 2, position: 0.412 },
    ],
    [
      { type: 'library-set-position', id: 2, position: 3 },
      { type: 'library-set-position', id: 2, position: 1 },
    ],
    [{ type: 'library-set-position', id: 2, position: '0.5' }, null],
    [{ type: 'library-set-position', id: 2, position: Number.NaN }, null],
    [
      { type: 'reader-set-position', position: 2 },
      { type: 'reader-set-position', position: 1 },
    ],
    [{ type: 'reader-set-position' }, null],
    [{ type: 'reader-set-position', position: '0.5' }, null],
    [{ type: 'library-search', query: 'x'.repeat(501), filters: {} }, null],
    [
      { type: 'library-search', query: 'کتاب', filters: { site: 'a.pk', evil: 1 } },
      { type: 'library-search', query: 'کتاب', filters: { site: 'a.pk' }, from: 0 },
    ],
    [
      { type: 'library-search', query: 'کتاب', filters: {}, from: 12 },
      { type: 'library-search', query: 'کتاب', filters: {}, from: 12 },
    ],
    [{ type: 'library-search', query: 'کتاب', filters: {}, from: 51 }, null],
    [{ type: 'library-search', query: 'کتاب', filters: {}, from: 1.5 }, null],
    [{ type: 'library-search', query: 'کتاب', filters: {}, from: '12' }, null],
    [
      { type: 'library-set-tags', id: 1, tags: [' سیاست ', 'سیاست', '\u202Eabc'] },
      { type: 'library-set-tags', id: 1, tags: ['سیاست', 'abc'] },
    ],
    [
      { type: 'save-article', tabId: 5 },
      { type: 'save-article', tabId: 5 },
    ],
    [{ type: 'save-current-tab', tabId: 5 }, null],
    [{ type: 'save-current-tab', article: { ...sampleArticle(), url: 'javascript:alert(1)' } }, null],
    [{ type: 'save-current-tab', article: { ...sampleArticle(), contentHtml: 5 } }, null],
    [
      { type: 'save-current-tab', article: { ...sampleArticle(), evil: 1 } },
      { type: 'save-current-tab', article: sampleArticle(), translations: {}, allImages: false },
    ],
    [
      { type: 'save-current-tab', article: sampleArticle(), allImages: 'yes' },
      { type: 'save-current-tab', article: sampleArticle(), translations: {}, allImages: false },
    ],
    [
      { type: 'save-current-tab', article: sampleArticle(), allImages: true },
      { type: 'save-current-tab', article: sampleArticle(), translations: {}, allImages: true },
    ],
    [
      {
        type: 'save-current-tab',
        article: sampleArticle(),
        translations: { 'embed:0': { text: 'ترجمہ', service: 'libretranslate', target: 'ur', original: 'Hi', evil: 1 } },
      },
      {
        type: 'save-current-tab',
        article: sampleArticle(),
        translations: { 'embed:0': { text: 'ترجمہ', service: 'libretranslate', target: 'ur', original: 'Hi' } },
        allImages: false,
      },
    ],
    [{ type: 'save-current-tab', article: sampleArticle(), translations: { 'embed:0': { text: 5, service: 'x', target: 'ur' } } }, null],
    [{ type: 'save-current-tab', article: sampleArticle(), translations: [] }, null],
  ])('%j -> %j', (raw, parsed) => {
    expect(parseMessage(raw)).toEqual(parsed);
  });
});
