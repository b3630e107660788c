import { describe, expect, it, vi } from 'vitest';
import { parseMessage } from '@/utils/messaging/protocol';
import { SearchCache } from '@/utils/library/search-cache';
import { upsertArticle } from '@/utils/library/store';
import { freshDb, sampleArticle } from '@/tests/helpers/library';
import type { LibraryMessage } from '@/utils/library/messages';
import { handleLibraryMessage, type LibraryDeps } from './library-service';


function deps(): LibraryDeps & { saved: number[] } {
  const db = freshDb();
  const saved: number[] = [];
  return { db, search: new SearchCache(db), saved, saveTab: vi.fn(async (tabId: number) => (saved.push(tabId), { ok: false as const, error: 'no-article' as const })) };
}

describe('save-current-tab', () => {
  it('save-current-tab saves the sender tab, never a tab the message names', async () => {
    const d = deps();
    await handleLibraryMessage(parseMessage({ type: 'save-current-tab', tabId: 99 }) as LibraryMessage, { kind: 'tab', tabId: 7 }, d);
    expect(d.saved).toEqual([7]);
  });
});

describe('handleLibraryMessage', () => {
  it('lists, searches with another letter form, deletes with undo', async () => {
    const d = deps();
    const { id } = await upsertArticle(d.db, { article: sampleArticle({ text: 'پاکستانی کرکٹ ٹیم نے میچ جیتا' }), images: [] });
    const page = { kind: 'page' } as const;
    expect(await handleLibraryMessage({ type: 'library-list' }, page, d)).toMatchObject({ ok: true, entries: [{ id }] });
    const found = await handleLibraryMessage({ type: 'library-search', query: 'پاكستاني', filters: {} }, page, d);
    expect(found).toMatchObject({ ok: true, results: [{ entry: { id } }] });
    const hit = (found as { results: { snippet: { text: string; hit: boolean }[] }[] }).results[0]!.snippet.filter((s) => s.hit);
    expect(hit.map((s) => s.text)).toEqual(['پاکستانی']);
    await handleLibraryMessage({ type: 'library-delete', id }, page, d);
    expect(await handleLibraryMessage({ type: 'library-search', query: 'کرکٹ', filters: {} }, page, d)).toEqual({ ok: true, results: [], indexing: null });
    await handleLibraryMessage({ type: 'library-undo-delete', id }, page, d);
    expect(await handleLibraryMessage({ type: 'library-search', query: 'کرکٹ', filters: {} }, page, d)).toMatchObject({ results: [{ entry: { id } }] });
  });

  it('refuses a foreign import without touching the library', async () => {
    const d = deps();
    await upsertArticle(d.db, { article: sampleArticle(), images: [] });
    expect(await handleLibraryMessage({ type: 'library-import', backup: { format: 'pocket' } }, { kind: 'page' }, d)).toEqual({ ok: false, error: 'foreign' });
    expect(await d.db.articles.count()).toBe(1);
  });
});

describe('parseMessage (library)', () => {
  it.each([
    [{ type: 'library-get', id: 2 }, { type: 'library-get', id: 2 }],
    [{ type: 'library-get', id: '2' }, null],
    [{ type: 'library-get', id: 0 }, null],
    [{ type: 'library-set-read', id: 2, read: 'yes' }, null],
    [{ type: 'library-search', query: 'x'.repeat(501), filters: {} }, null],
    [{ type: 'library-search', query: 'کتاب', filters: { site: 'a.pk', evil: 1 } }, { type: 'library-search', query: 'کتاب', filters: { site: 'a.pk' } }],
    [{ type: 'library-set-tags', id: 1, tags: [' سیاست ', 'سیاست', '\u202Eabc'] }, { type: 'library-set-tags', id: 1, tags: ['سیاست', 'abc'] }],
    [{ type: 'save-article', tabId: 5 }, { type: 'save-article', tabId: 5 }],
    [{ type: 'save-current-tab', tabId: 5 }, { type: 'save-current-tab' }],
  ])('%j -> %j', (raw, parsed) => {
    expect(parseMessage(raw)).toEqual(parsed);
  });
});
