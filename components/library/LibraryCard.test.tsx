// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { UiLang } from '@/utils/i18n';
import type { LibraryEntry } from '@/utils/library/types';
import { LibraryCard } from './LibraryCard';

const ENTRY: LibraryEntry = {
  id: 7,
  url: 'https://www.example.pk/news/7',
  site: 'www.example.pk',
  title: 'پاکستان میں برقی گاڑیاں',
  byline: null,
  siteName: 'مثال نیوز',
  lang: 'ur',
  dir: 'rtl',
  publishedTime: null,
  excerpt: null,
  savedAt: Date.UTC(2026, 11, 1),
  updatedAt: Date.UTC(2026, 11, 1),
  readAt: Date.UTC(2026, 11, 2),
  tags: [],
  bytes: 2048,
  readingMinutes: 4,
  imageCount: 0,
  readPosition: 0,
};

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function card(readPosition: number, uiLang: UiLang = 'en') {
  const noop = () => {};
  render(
    <LibraryCard
      entry={{ ...ENTRY, readPosition }}
      uiLang={uiLang}
      selected={false}
      onSelect={noop}
      onRead={noop}
      onTags={noop}
      onDelete={noop}
      onExport={noop}
    />,
    host,
  );
  return {
    words: host.querySelector('.lib-readpos')?.textContent ?? null,
    bar: host.querySelector<HTMLElement>('.lib-readbar'),
    fill: host.querySelector<HTMLElement>('.lib-readbar-fill')?.style.width ?? null,
  };
}

describe('LibraryCard: reading progress', () => {
  it('shows nothing for an article not started', () => {
    expect(card(0)).toEqual({ words: null, bar: null, fill: null });
    expect(card(0.004)).toEqual({ words: null, bar: null, fill: null });
  });

  it('shows the share read in words and as a bar the words already say (hidden from screen readers)', () => {
    const c = card(0.4);
    expect(c.words).toBe('40% read');
    expect(c.fill).toBe('40%');
    expect(c.bar!.getAttribute('aria-hidden')).toBe('true');
    expect(host.querySelector('.lib-meta')!.textContent).toContain('Read · 40% read');
  });

  it('says finished from 95% on, with a full bar', () => {
    expect(card(0.949).words).toBe('94% read');
    const c = card(0.97);
    expect(c.words).toBe('Finished');
    expect(c.fill).toBe('100%');
  });

  it('speaks Urdu in the Urdu interface', () => {
    expect(card(0.4, 'ur').words).toBe('40 فیصد پڑھ لیا');
    expect(card(1, 'ur').words).toBe('پورا پڑھ لیا');
  });
});
