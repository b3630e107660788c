// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_PREFS } from '@/utils/settings/prefs';
import type { ReaderSettings } from '@/utils/settings/reader-store';
import type { Article } from '@/utils/types';
import { ReaderApp } from './ReaderApp';

const ARTICLE: Article = {
  url: 'https://www.example.pk/news/1',
  title: 'سرخی',
  byline: null,
  siteName: null,
  lang: 'ur',
  dir: 'rtl',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  contentHtml: '<p>پہلا پیراگراف۔</p>',
  text: 'پہلا پیراگراف۔',
  embeds: [],
  removed: [],
};

const settings = (over: Partial<ReaderSettings>): ReaderSettings => ({
  prefs: DEFAULT_PREFS.ur,
  theme: 'light',
  uiLang: 'en',
  localFonts: [],
  prefersDark: false,
  ...over,
});

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

function mount(s: ReaderSettings, onLangOffer?: (accept: boolean) => void) {
  const toFragment = (html: string) => document.createRange().createContextualFragment(html);
  void act(() =>
    render(
      <ReaderApp
        result={{ ok: true, article: ARTICLE }}
        onClose={() => {}}
        toFragment={toFragment}
        settings={s}
        onLangOffer={onLangOffer}
      />,
      host,
    ),
  );
}
const offer = () => host.querySelector<HTMLElement>('[data-control="lang-offer"]');
const btn = (c: string) => host.querySelector<HTMLButtonElement>(`[data-control="${c}"]`)!;

describe('the first-run language offer in the reader', () => {
  it('asks in the current language, outside the toolbar, with the switch written in the offered language', () => {
    mount(settings({ langOffer: 'ur' }), () => {});
    expect(offer()).not.toBeNull();
    expect(offer()!.closest('[role="toolbar"]')).toBeNull();
    expect(offer()!.getAttribute('role')).toBe('group');
    expect(offer()!.textContent).toContain('This page is in Urdu. Show Saaf in Urdu too?');
    expect(btn('lang-offer-accept').textContent).toBe('صاف اردو میں دکھائیں');
    expect([btn('lang-offer-accept').lang, btn('lang-offer-accept').dir]).toEqual(['ur', 'rtl']);
    expect(btn('lang-offer-keep').textContent).toBe('Keep English');
    // Plain buttons: reachable by keyboard, never focused by themselves (Close keeps the first focus).
    expect(btn('lang-offer-accept').tabIndex).toBe(0);
    expect(document.activeElement).not.toBe(btn('lang-offer-accept'));
  });

  it('passes the answer on and says it will not ask again, in the language chosen', async () => {
    const answers: boolean[] = [];
    mount(settings({ langOffer: 'ur' }), (a) => answers.push(a));
    await act(() => btn('lang-offer-accept').click());
    expect(answers).toEqual([true]);
    expect(host.querySelector('.saaf-status')!.textContent).toContain('صاف دوبارہ نہیں پوچھے گا');
    await act(() => btn('lang-offer-keep').click());
    expect(answers).toEqual([true, false]);
    expect(host.querySelector('.saaf-status')!.textContent).toContain('Saaf will not ask again');
  });

  it('is not shown with nothing to offer, or where no one can answer it', () => {
    mount(settings({ langOffer: null }), () => {});
    expect(offer()).toBeNull();
    mount(settings({ langOffer: 'ur' }));
    expect(offer()).toBeNull();
  });
});

describe('the settings store answers the offer once, and at once', () => {
  it('offers Urdu on an Urdu page in an English browser, switches on accept and never asks again', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const { openReaderStore } = await import('@/utils/settings/reader-store');
    const { uiLangAskedItem, uiLangItem } = await import('@/utils/settings/storage');
    let changes = 0;
    const store = await openReaderStore('ur', 'ur', () => changes++);
    expect(store.current.uiLang).toBe('en');
    expect(store.current.langOffer).toBe('ur');
    store.answerLangOffer(true);
    expect(store.current.uiLang).toBe('ur');
    expect(store.current.langOffer).toBeNull();
    expect(changes).toBeGreaterThan(0);
    await vi.waitFor(async () => expect(await uiLangItem().getValue()).toBe('ur'));
    expect(await uiLangAskedItem().getValue()).toBe(true);
    store.dispose();
    // A later reader on another Urdu page: the setting is chosen, nothing is offered.
    await uiLangItem().setValue('auto');
    const again = await openReaderStore('ur', 'ur', () => {});
    expect(again.current.langOffer).toBeNull();
    again.dispose();
  });
});
