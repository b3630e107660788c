// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/utils/types';
import { DEFAULT_PREFS } from '@/utils/settings/prefs';
import { TranslationLog } from '@/utils/library/translations';
import { Reader } from './Reader';
import { translateAll } from './TranslateAll';

const ARTICLE: Article = {
  url: 'https://www.example.pk/news/1',
  title: 'سرخی',
  byline: null,
  siteName: null,
  lang: 'ur',
  dir: 'rtl',
  publishedTime: null,
  excerpt: null,
  leadImage: 'https://cdn.example.pk/lead.jpg',
  contentHtml:
    '<p>پہلا پیراگراف۔</p>' +
    '<figure id="story"><img src="https://cdn.example.pk/a.jpg" alt="ایک"><figcaption>نگران وزیر عمر سیف چینی سفیر سے ملاقات کر رہے ہیں۔ فوٹو: اے پی پی</figcaption></figure>' +
    '<figure id="credit"><img src="https://cdn.example.pk/b.jpg" alt="دو"><figcaption>فوٹو: اے ایف پی</figcaption></figure>' +
    '<p id="inline">متن <img id="pixel" src="https://t.example.com/p.gif" alt=""> اور</p>' +
    '<figure id="lazy"><img alt="سست"><figcaption>فائل فوٹو</figcaption></figure>' +
    '<figure id="fine"><img src="https://cdn.example.pk/c.jpg" alt="تین"><figcaption>فوٹو: رائٹرز</figcaption></figure>' +
    '<p>آخری پیراگراف۔</p>',
  text: '',
  embeds: [],
  removed: [],
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  const toFragment = (html: string) => document.createRange().createContextualFragment(html);
  void act(() => render(<Reader article={ARTICLE} uiLang="ur" toFragment={toFragment} prefs={DEFAULT_PREFS.ur} digits="arabext" />, host));
  return host;
}

const shown = (el: Element | null) => !!el && !el.closest('[hidden]');

function loadAs(img: HTMLImageElement, w: number, h: number): void {
  Object.defineProperty(img, 'naturalWidth', { value: w, configurable: true });
  Object.defineProperty(img, 'naturalHeight', { value: h, configurable: true });
  img.dispatchEvent(new Event('load'));
}

describe('Reader: images that do not show collapse', () => {
  it('collapses failed images, keeps a caption only when it says something, drops trackers and placeholders', () => {
    const root = mount();
    const q = <T extends Element = HTMLImageElement>(sel: string) => root.querySelector<T>(sel);
    // A placeholder with no source goes at once, its label caption with it.
    expect(shown(q('#lazy'))).toBe(false);
    // Before any load event the others stand.
    expect(shown(q('#story img'))).toBe(true);
    expect(shown(q('#credit'))).toBe(true);

    q('#story img')!.dispatchEvent(new Event('error'));
    q('#credit img')!.dispatchEvent(new Event('error'));
    q('.saaf-lead img')!.dispatchEvent(new Event('error'));
    loadAs(q('#pixel')!, 1, 1);
    loadAs(q('#fine img')!, 800, 450);

    // The story caption stays as text, its image goes.
    expect(shown(q('#story'))).toBe(true);
    expect(shown(q('#story figcaption'))).toBe(true);
    expect(shown(q('#story img'))).toBe(false);
    // A credit alone is not worth a frame.
    expect(shown(q('#credit'))).toBe(false);
    expect(shown(q('.saaf-lead'))).toBe(false);
    // A 1x1 tracker goes; the paragraph around it stays.
    expect(shown(q('#pixel'))).toBe(false);
    expect(shown(q('#inline'))).toBe(true);
    // An image that loaded is left alone.
    expect(shown(q('#fine img'))).toBe(true);
    expect(shown(q('#fine'))).toBe(true);
  });
});

describe('Reader: embed cards', () => {
  const TWEET_ARTICLE: Article = {
    ...ARTICLE,
    contentHtml: '<p>پہلا پیراگراف۔</p><div data-saaf-embed="0"></div><p>آخری پیراگراف۔</p>',
    embeds: [
      {
        kind: 'tweet',
        lang: 'en',
        text: 'Electric cars from China are coming to Pakistan next year.',
        author: 'A',
        handle: 'a',
        url: null,
        date: null,
      },
    ],
  };

  // The body is filled again when its inputs change (a translation log arrives, the UI language
  // changes): the cards of the old body must go with it, or their controls stay registered with
  // "Translate all", which then sends the old cards' text to the translation service too.
  it('unmounts the old cards when the body is filled again, so "Translate all" presses only the live ones', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const toFragment = (html: string) => document.createRange().createContextualFragment(html);
    const show = (translations: TranslationLog) =>
      act(async () =>
        render(
          <Reader
            article={TWEET_ARTICLE}
            uiLang="ur"
            toFragment={toFragment}
            prefs={DEFAULT_PREFS.ur}
            digits="arabext"
            translations={translations}
          />,
          host,
        ),
      );
    await show(new TranslationLog());
    await show(new TranslationLog());
    await show(new TranslationLog());
    // The controls register once the tweet's language is known (a promise, even when declared).
    await act(() => new Promise((done) => setTimeout(done, 20)));
    expect(host.querySelectorAll('.saaf-embed')).toHaveLength(1);
    expect(translateAll()).toBe(1);
    await act(async () => render(null, host));
    expect(translateAll()).toBe(0);
  });
});

describe('Reader: the published date', () => {
  it('is in the first frame as a machine-readable date and gets its formatted text just after', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const toFragment = (html: string) => document.createRange().createContextualFragment(html);
    const article = { ...ARTICLE, lang: 'en', dir: 'ltr' as const, publishedTime: '2023-09-28' };
    void act(() =>
      render(<Reader article={article} uiLang="en" toFragment={toFragment} prefs={DEFAULT_PREFS.latin} digits="latn" />, host),
    );
    const time = host.querySelector('time.saaf-date')!;
    expect(time.getAttribute('datetime')).toBe('2023-09-28');
    // Formatting waits for the frame: the first frame is not held up by Intl's first use.
    expect(time.textContent).toBe('');
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(host.querySelector('time.saaf-date')!.textContent).toBe('September 28, 2023');
  });
});
