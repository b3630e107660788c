// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { UiLang } from '@/utils/i18n';
import type { LibraryEntry } from '@/utils/library/types';
import type { Message } from '@/utils/messaging/protocol';
import { LibraryApp, type FileDelivery, type LibraryFiles } from './LibraryApp';

/** The background as the library page sees it: one saved article. */
const ENTRY: LibraryEntry = {
  id: 1,
  url: 'https://www.example.pk/news/1',
  site: 'www.example.pk',
  title: 'پاکستان میں برقی گاڑیاں',
  byline: null,
  siteName: 'مثال نیوز',
  lang: 'ur',
  dir: 'rtl',
  publishedTime: null,
  excerpt: 'چین کی برقی گاڑیاں',
  savedAt: Date.UTC(2026, 11, 1),
  updatedAt: Date.UTC(2026, 11, 1),
  readAt: null,
  tags: [],
  bytes: 2048,
  readingMinutes: 1,
  imageCount: 0,
  readPosition: 0,
};

/** What the background answers to `library-search` in a test that searches (null: no search). */
let answerSearch: ((msg: Extract<Message, { type: 'library-search' }>) => unknown) | null = null;

/** The background, through the fake browser's messaging (utils/messaging/send.ts is real). */
function answerLikeTheBackground(): void {
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as Message;
    if (m.type === 'library-list') return Promise.resolve({ ok: true, entries: [ENTRY], bytes: ENTRY.bytes });
    if (m.type === 'library-search' && answerSearch) return Promise.resolve(answerSearch(m));
    return Promise.resolve({ ok: true, done: true });
  });
}

/** Lets the list load (the mocked background answers in a microtask). */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  answerSearch = null;
  answerLikeTheBackground();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(uiLang: UiLang, delivery: FileDelivery): Promise<void> {
  const files: LibraryFiles = {
    exportArticles: () => Promise.resolve(delivery),
    backupLibrary: () => Promise.resolve(delivery),
    importBackup: () => Promise.reject(new Error('no import in these tests')),
  };
  render(<LibraryApp uiLang={uiLang} files={files} />, host);
  for (let i = 0; i < 50 && !host.querySelector('.lib-card'); i++) await settle();
  expect(host.querySelector('.lib-card'), 'the library lists its article').not.toBeNull();
}

const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === text)!;
const polite = () => host.querySelector('.lib-status [role="status"]')!.textContent;

describe('LibraryApp: where an exported file went', () => {
  it('says so when the downloads permission was refused and the file went through an <a download> link', async () => {
    await mount('en', { via: 'link', filename: 'barqi-gariyan.html' });
    await act(() => button('HTML').click());
    await settle();
    expect(polite()).toMatch(/downloads permission was not given/);
    expect(polite()).toContain('“barqi-gariyan.html”');
    expect(polite()).toMatch(/downloads list/);
  });

  it('names the file saved through the downloads API, in Urdu too', async () => {
    await mount('ur', { via: 'downloads', filename: 'saaf-library-2026-12-03.json' });
    await act(() => button('لائبریری کا بیک اپ').click());
    await settle();
    expect(polite()).toContain('«saaf-library-2026-12-03.json»');
    expect(polite()).toMatch(/ڈاؤن لوڈز فولڈر/);
  });

  it('keeps the fallback message until it is dismissed', async () => {
    await mount('en', { via: 'link', filename: 'a.md' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await act(() => button('Markdown').click());
      await act(async () => void (await vi.advanceTimersByTimeAsync(60_000)));
      expect(polite()).toContain('“a.md”');
      await act(() => host.querySelector<HTMLButtonElement>('.lib-status .status-close')!.click());
      expect(polite()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('LibraryApp: search results', () => {
  /** A search result for article `id` (its title says its rank). */
  const result = (id: number) => ({
    entry: { ...ENTRY, id, url: `${ENTRY.url}-${id}`, title: `خبر ${id}` },
    score: 100 - id,
    title: [{ text: `خبر ${id}`, hit: false }],
    snippet: [{ text: 'برقی', hit: true }],
  });
  /** Waits (past the input's pause before searching) until `done` holds, or two seconds. */
  const until = async (done: () => boolean) => {
    for (const end = Date.now() + 2000; !done() && Date.now() < end;) await act(() => new Promise<void>((r) => setTimeout(r, 10)));
  };
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => result(from + i + 1));

  it('shows the first answer, then asks for the rest from where it ended and adds it below', async () => {
    const asked: number[] = [];
    answerSearch = (m) => {
      asked.push(m.from);
      // The second answer repeats the first's last result (the index changed between them): shown once.
      return m.from === 0
        ? { ok: true, results: range(0, 12), more: true, indexing: null }
        : { ok: true, results: range(11, 20), more: false, indexing: null };
    };
    await mount('en', { via: 'link', filename: 'x' });
    const input = host.querySelector<HTMLInputElement>('.lib-search input[type=search]')!;
    await act(() => {
      input.value = 'برقی';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => host.querySelectorAll('.lib-card').length >= 20);
    expect(asked).toEqual([0, 12]);
    const titles = [...host.querySelectorAll('.lib-card')].map((c) => c.querySelector('h2, h3')?.textContent);
    expect(titles).toEqual(range(0, 20).map((r) => r.entry.title));
  });

  it('asks once when the first answer holds every result', async () => {
    const asked: number[] = [];
    answerSearch = (m) => (asked.push(m.from), { ok: true, results: range(0, 3), more: false, indexing: null });
    await mount('en', { via: 'link', filename: 'x' });
    const input = host.querySelector<HTMLInputElement>('.lib-search input[type=search]')!;
    await act(() => {
      input.value = 'برقی';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => host.querySelectorAll('.lib-card').length === 3);
    for (let i = 0; i < 5; i++) await settle();
    expect(asked).toEqual([0]);
    expect(host.querySelectorAll('.lib-card')).toHaveLength(3);
  });
});
