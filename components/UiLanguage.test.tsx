// @vitest-environment jsdom
/**
 * Issue 10 item 5: no English label reaches an Urdu interface (and no Urdu label an English one).
 * The string tables are walked by utils/i18n/tables.test.ts; this walks what is RENDERED: the
 * reader (toolbar, settings panel, every kind of embed card, the messages), the library and the
 * options page, in both UI languages, and checks every text and every label a user or a screen
 * reader meets. Content is not the UI: text inside an element whose `lang` is not the UI's
 * (article text, an English tweet), names in <bdi> (authors, handles, sites), addresses, and the
 * names of products, formats and keys below stay as they are.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { UI_LANGS, type UiLang } from '@/utils/i18n';
import type { LibraryEntry } from '@/utils/library/types';
import type { Message } from '@/utils/messaging/protocol';
import { DEFAULT_PREFS, type ScriptKey } from '@/utils/settings/prefs';
import { detectionService } from '@/utils/settings/detection-service';
import { translationOptionsService } from '@/utils/translate/options-service';
import { siteRulesService } from '@/utils/site-rules/site-rules-service';
import { addRule } from '@/utils/site-rules/site-rules-storage';
import type { Embed, ExtractResult } from '@/utils/types';
import { LibraryApp } from './LibraryApp';
import { Options, type OptionsServices } from './Options';
import { ReaderApp } from './ReaderApp';

/** Names that are the same in every language: products, services, formats, keys, units, language codes. */
const NAMES =
  /\d+px\b|\b(?:Alt|Shift|Ctrl)(?:\+\w+)+|\((?:[a-z]{2,3})\)|\b(Saaf|LibreTranslate|Microsoft|Google|Azure|Chrome|Firefox|Twitter|HTML|Markdown|EPUB|JSON|PDF|API|Esc|KB|MB|GB|px|Aa|A|T|B|X)\b/g;
/** The sample the options page's Test button sends to a service: an English word on purpose. */
const SAMPLE = /“Hello”/g;
/** Addresses and host names ("chrome://extensions/shortcuts", "www.example.pk"). */
const ADDRESSES = /\b[a-z-]+:\/\/\S+|\b[\w-]+(\.[\w-]+)+\b|about:\S+/gi;
const FOREIGN: Record<UiLang, RegExp> = { ur: /\p{Script=Latin}+/gu, en: /\p{Script=Arabic}+/gu };
/** The other language's own name in the language menu ("English" / "اردو") is meant to be in it. */
const OWN_NAMES: Record<UiLang, RegExp> = { ur: /\bEnglish\b/g, en: /اردو/g };

/** Every UI text and label under `root` with letters of the other script, and where it was. */
function foreignLabels(root: Element, ui: UiLang): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: Element, what: string) => {
    const left = (text ?? '').replace(ADDRESSES, ' ').replace(NAMES, ' ').replace(SAMPLE, ' ').replace(OWN_NAMES[ui], ' ');
    const bad = left.match(FOREIGN[ui]);
    if (bad) found.push(`${where.tagName.toLowerCase()}.${where.className || ''} ${what}: "${text?.trim()}" (${bad.join(' ')})`);
  };
  const isContent = (el: Element) => {
    const langOf = el.closest('[lang]')?.getAttribute('lang');
    // bdi: names; dir=auto: the user's own words (tags) and text of unknown language; time: dates.
    return !!el.closest('bdi, time, [dir="auto"]') || (!!langOf && langOf.split('-')[0] !== ui);
  };
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.closest('style, script') || isContent(el)) continue;
    // An element's own text, its text nodes joined ("اردو (ur)" is drawn as three nodes).
    const own = [...el.childNodes]
      .filter((c) => c.nodeType === Node.TEXT_NODE)
      .map((c) => c.textContent)
      .join('');
    if (own.trim()) check(own, el, 'text');
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(attr)) check(el.getAttribute(attr), el, attr);
  }
  return found;
}

const embed = (kind: Embed['kind'], over: Partial<Embed> = {}): Embed => ({
  kind,
  lang: 'en',
  text: 'An English post about electric cars.',
  author: 'Omar Saif',
  handle: 'omarsaif',
  url: `https://example.com/${kind}/1`,
  date: null,
  ...over,
});

/** An Urdu article with one embed of every kind and an English quote (the cards' labels are UI). */
const ARTICLE: ExtractResult = {
  ok: true,
  article: {
    url: 'https://www.example.pk/news/1',
    title: 'پاکستان میں برقی گاڑیاں',
    byline: 'نامہ نگار',
    siteName: 'مثال نیوز',
    lang: 'ur',
    dir: 'rtl',
    publishedTime: '2026-12-01',
    excerpt: null,
    leadImage: null,
    contentHtml:
      '<p>پاکستان نے چین سے مدد طلب کی۔</p>' +
      '<blockquote lang="en">We are delighted to work with Pakistan.</blockquote>' +
      ['tweet', 'instagram', 'facebook', 'youtube', 'telegram', 'quote'].map((_, i) => `<div data-saaf-embed="${i}"></div>`).join('') +
      '<p>آخری پیراگراف۔</p>',
    text: 'پاکستان نے چین سے مدد طلب کی۔ آخری پیراگراف۔',
    embeds: [
      embed('tweet'),
      embed('instagram'),
      embed('facebook', { lang: null }),
      embed('youtube'),
      embed('telegram', { author: null, lang: null }),
      embed('quote', { author: null }),
    ],
    removed: [],
  },
};

const ENTRY: LibraryEntry = {
  id: 1,
  url: 'https://www.example.pk/news/1',
  site: 'www.example.pk',
  title: 'پاکستان میں برقی گاڑیاں',
  byline: 'نامہ نگار',
  siteName: 'مثال نیوز',
  lang: 'ur',
  dir: 'rtl',
  publishedTime: null,
  excerpt: 'چین کی برقی گاڑیاں',
  savedAt: Date.UTC(2026, 11, 1),
  updatedAt: Date.UTC(2026, 11, 1),
  readAt: null,
  tags: ['معیشت'],
  bytes: 2048,
  readingMinutes: 1,
  imageCount: 0,
  // Part read, so the card's progress words are walked too.
  readPosition: 0.4,
};

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) =>
    Promise.resolve(
      (msg as Message).type === 'library-list' ? { ok: true, entries: [ENTRY], bytes: ENTRY.bytes } : { ok: true, done: true },
    ),
  );
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const settle = async (until: () => boolean) => {
  for (let i = 0; i < 50 && !until(); i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
  expect(until(), 'the page finished drawing').toBe(true);
};
const toFragment = (html: string) => document.createRange().createContextualFragment(html);

describe.each(UI_LANGS)('every rendered label of the %s interface is in that language', (ui) => {
  it('the reader: toolbar, settings panel, embed cards of every kind', async () => {
    const settings = { prefs: DEFAULT_PREFS.ur, theme: 'system' as const, uiLang: ui, localFonts: [], prefersDark: false };
    render(
      <ReaderApp
        result={ARTICLE}
        onClose={() => undefined}
        toFragment={toFragment}
        settings={settings}
        onSave={async () => ({ ok: true })}
      />,
      host,
    );
    await settle(() => host.querySelectorAll('.saaf-embed').length === 6);
    await act(() => host.querySelector<HTMLButtonElement>('[data-control="settings"]')!.click());
    expect(host.querySelector('#saaf-settings'), 'the settings panel is open').not.toBeNull();
    expect(foreignLabels(host, ui)).toEqual([]);
  });

  it.each([
    ['error', { ok: false, reason: 'error', error: 'x', lang: 'ur', dir: 'rtl', title: 'x' }],
    ['not-a-story', { ok: false, reason: 'not-a-story', lang: 'ur', dir: 'rtl', title: 'x' }],
    ['too-short', { ok: false, reason: 'too-short', lang: 'ur', dir: 'rtl', title: 'x' }],
  ] as const)('the reader with no article (%s)', (_reason, result) => {
    const settings = { prefs: DEFAULT_PREFS.ur, theme: 'system' as const, uiLang: ui, localFonts: [], prefersDark: false };
    render(<ReaderApp result={result} onClose={() => undefined} toFragment={toFragment} settings={settings} />, host);
    expect(host.querySelector('.saaf-message')).not.toBeNull();
    expect(foreignLabels(host, ui)).toEqual([]);
  });

  it('the library', async () => {
    const unused = () => Promise.reject(new Error('unused'));
    const files = { exportArticles: unused, backupLibrary: unused, importBackup: unused };
    render(<LibraryApp uiLang={ui} files={files} />, host);
    await settle(() => !!host.querySelector('.lib-card'));
    expect(foreignLabels(host, ui)).toEqual([]);
  });

  it('the options page', async () => {
    const prefs = {
      load: (s: ScriptKey) => Promise.resolve(DEFAULT_PREFS[s]),
      save: (_s: ScriptKey, p: typeof DEFAULT_PREFS.ur) => Promise.resolve(p),
    };
    const services: OptionsServices = {
      browserLang: ui === 'ur' ? 'ur-PK' : 'en-US',
      isFirefox: false,
      localFonts: ['jameel'],
      loadUiLang: () => Promise.resolve(ui),
      saveUiLang: () => Promise.resolve(),
      loadTheme: () => Promise.resolve('system'),
      saveTheme: () => Promise.resolve(),
      prefs,
      detection: detectionService(),
      translation: translationOptionsService(),
      siteRules: siteRulesService(),
      saveFile: () => undefined,
    };
    await addRule({
      id: 'p1',
      host: 'news.example.pk',
      pathPrefix: '/urdu/',
      name: 'ایپ کا اشتہار',
      kind: 'text',
      selector: 'p',
      pattern: 'Download our app {n}',
      example: 'Download our app 2024',
      created: '2024-07-10T00:00:00.000Z',
      fired: 2,
      enabled: true,
    });
    render(<Options services={services} />, host);
    await settle(
      () =>
        !!host.querySelector('#translation [data-service]') &&
        !!host.querySelector('fieldset[data-script="ur"]') &&
        !!host.querySelector('[data-rule]'),
    );
    expect(foreignLabels(host, ui)).toEqual([]);
  });
});

describe('the label walk', () => {
  it('finds an English label in an Urdu interface, and lets content, names and addresses be', () => {
    host.innerHTML =
      '<div lang="ur"><span>quote</span><p>صاف کا Saaf</p><bdi>Omar Saif</bdi><p lang="en">English tweet</p>' +
      '<button aria-label="Close">×</button><p>chrome://extensions/shortcuts میں</p><p>Alt+Shift+S دبائیں</p><option dir="auto">Economy</option></div>';
    expect(foreignLabels(host, 'ur')).toEqual(['span. text: "quote" (quote)', 'button. aria-label: "Close" (Close)']);
  });
});
