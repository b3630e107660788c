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

/** The background, through the fake browser's messaging (utils/messaging/send.ts is real). */
function answerLikeTheBackground(): void {
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) =>
    Promise.resolve(
      (msg as Message).type === 'library-list' ? { ok: true, entries: [ENTRY], bytes: ENTRY.bytes } : { ok: true, done: true },
    ),
  );
}

/** Lets the list load (the mocked background answers in a microtask). */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
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
