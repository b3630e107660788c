/**
 * The library's browser wiring with WXT's fake browser (headless e2e browsers cannot fire
 * shortcuts or menu clicks): the save-article command and the "Save to Saaf" menu item ask for
 * the page's origin first, then inject the save script and store what it returns; the library
 * menu item lives on the toolbar button; messages are refused from senders that may not ask.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser, type Browser } from 'wxt/browser';
import { sampleArticle } from '@/tests/helpers/library';
import { COMMAND_SAVE, MENU_LIBRARY, MENU_SAVE, registerLibraryService } from './library-service';
import { createRouter, type Router } from './router';
import { SAVE_SCRIPT } from './save-article';

function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

const PAGE = 'https://news.example.pk/2023/ev';
const tab = (id: number) =>
  ({ id, url: PAGE, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Browser.tabs.Tab;
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

let executeScript: ReturnType<typeof vi.fn>;
let requestPermission: ReturnType<typeof vi.fn>;
let createMenu: ReturnType<typeof vi.fn>;
let onCommand: ReturnType<typeof fakeEvent<[string, Browser.tabs.Tab | undefined]>>;
let onMenuClicked: ReturnType<typeof fakeEvent<[Partial<Browser.contextMenus.OnClickData>, Browser.tabs.Tab | undefined]>>;
let router: Router;

beforeEach(() => {
  fakeBrowser.reset();
  indexedDB.deleteDatabase('saaf-library');
  executeScript = vi.fn(async () => [
    { result: { ok: true, article: sampleArticle({ url: PAGE, leadImage: null, contentHtml: '<p>متن</p>' }) } },
  ]);
  requestPermission = vi.fn(async () => true);
  createMenu = vi.fn();
  onCommand = fakeEvent();
  onMenuClicked = fakeEvent();
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.scripting!.executeScript = executeScript;
  fb.permissions!.request = requestPermission;
  fb.commands!.onCommand = onCommand;
  fb.contextMenus!.onClicked = onMenuClicked;
  fb.contextMenus!.create = createMenu;
  fb.i18n!.getMessage = (key: unknown) => `msg:${String(key)}`;
  router = createRouter(browser.runtime.id, browser.runtime.getURL('/'));
  registerLibraryService(router);
});

const fromPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/library.html') });
/** What the background's router answers (undefined = it refused the message). */
function send(message: unknown, sender: object): Promise<unknown> | undefined {
  return router.handle(message, sender);
}

describe('library wiring', () => {
  it('creates "Save to Saaf" on pages and "Saaf library" on the toolbar button', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(createMenu.mock.calls.map(([item]) => [item.id, item.title, item.contexts])).toEqual([
      [MENU_SAVE, 'msg:menuSave', ['page', 'selection', 'link', 'image']],
      [MENU_LIBRARY, 'msg:menuLibrary', ['action']],
    ]);
  });

  it.each([
    ['the save-article shortcut', () => onCommand.trigger(COMMAND_SAVE, tab(8))],
    ['the Save to Saaf menu item', () => onMenuClicked.trigger({ menuItemId: MENU_SAVE }, tab(8))],
  ])('%s asks for the page origin, injects the save script and stores the article', async (_l, act) => {
    await act();
    expect(requestPermission).toHaveBeenCalledWith({ origins: ['https://news.example.pk/*'] });
    await until(() => executeScript.mock.calls.length > 0);
    expect(executeScript.mock.calls[0]).toEqual([{ target: { tabId: 8 }, files: [SAVE_SCRIPT] }]);
    const list = async () => ((await send({ type: 'library-list' }, fromPage())) as { entries: { url: string }[] }).entries;
    let entries = await list();
    for (let i = 0; i < 100 && entries.length === 0; i++) entries = await new Promise((r) => setTimeout(r, 10)).then(list);
    expect(entries.map((e) => e.url)).toEqual([PAGE]);
  });

  it('other commands and menu items save nothing', async () => {
    await onCommand.trigger('open-reader', tab(8));
    await onMenuClicked.trigger({ menuItemId: 'saaf-read' }, tab(8));
    expect(requestPermission).not.toHaveBeenCalled();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a content script may save only its own tab, and may not list the library', async () => {
    const content = { id: browser.runtime.id, url: PAGE, tab: tab(3) };
    const article = sampleArticle({ url: PAGE, leadImage: null, contentHtml: '<p>متن</p>' });
    expect(await send({ type: 'library-list' }, content)).toBeUndefined();
    expect(await send({ type: 'save-article', tabId: 9 }, content)).toBeUndefined();
    expect(await send({ type: 'save-current-tab', article }, content)).toMatchObject({ ok: true });
    expect(await send({ type: 'library-list' }, { id: 'another-extension', url: 'chrome-extension://x/page.html' })).toBeUndefined();
  });

  it("saving from the open reader stores the reader's article without extracting the page again", async () => {
    const content = { id: browser.runtime.id, url: PAGE, tab: tab(3) };
    const article = sampleArticle({ url: PAGE, title: 'قارئ کا مضمون', leadImage: null, contentHtml: '<p>متن</p>' });
    expect(await send({ type: 'save-current-tab', article }, content)).toMatchObject({ ok: true, created: true });
    // No save script injected: the only extraction was the reader's own.
    expect(executeScript).not.toHaveBeenCalled();
    const listed = (await send({ type: 'library-list' }, fromPage())) as { entries: { url: string; title: string }[] };
    expect(listed.entries.map((e) => [e.url, e.title])).toEqual([[PAGE, 'قارئ کا مضمون']]);
  });

  it('saving from the open reader keeps the translations made in it, beside the original article', async () => {
    const content = { id: browser.runtime.id, url: PAGE, tab: tab(3) };
    const article = sampleArticle({ url: PAGE, leadImage: null, contentHtml: '<p>متن</p>' });
    const tr = { text: 'ترجمہ', service: 'libretranslate', target: 'ur', source: 'en', label: 'LibreTranslate', original: 'Hello' };
    const saved = (await send({ type: 'save-current-tab', article, translations: { 'embed:0': tr } }, content)) as { id: number };
    const got = (await send({ type: 'library-get', id: saved.id }, fromPage())) as { article: { translations: unknown; article: unknown } };
    expect(got.article.translations).toEqual({ 'embed:0': tr });
    expect(got.article.article).toEqual(article);
  });

  it('an article from the reader that fails validation is refused and nothing is stored', async () => {
    const content = { id: browser.runtime.id, url: PAGE, tab: tab(3) };
    const bad = { ...sampleArticle({ url: PAGE }), url: 'javascript:alert(1)' };
    expect(await send({ type: 'save-current-tab', article: bad }, content)).toBeUndefined();
    expect(await send({ type: 'save-current-tab' }, content)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    expect(await send({ type: 'library-list' }, fromPage())).toMatchObject({ entries: [] });
  });

  it('saving without the reader (the save-article message) extracts the page once', async () => {
    expect(await send({ type: 'save-article', tabId: 4 }, fromPage())).toMatchObject({ ok: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it("saving without the reader leaves the site's stored rules for the save script first, and only that site's", async () => {
    const rule = (host: string) => ({
      id: 'p1',
      host,
      name: 'x',
      kind: 'selector',
      selector: 'div.promo-box',
      example: 'x',
      created: '2024-07-10T00:00:00.000Z',
      fired: 0,
      enabled: true,
    });
    await fakeBrowser.storage.local.set({
      'siteRules.news.example.pk': [rule('news.example.pk')],
      'siteRules.other.example': [rule('other.example')],
    });
    const t = await fakeBrowser.tabs.create({ url: PAGE });
    expect(await send({ type: 'save-article', tabId: t.id }, fromPage())).toMatchObject({ ok: true });
    expect(executeScript.mock.calls.map(([c]) => (c as { args?: unknown }).args ?? (c as { files: string[] }).files)).toEqual([
      [[rule('news.example.pk')]],
      [SAVE_SCRIPT],
    ]);
  });

  it('a page that is not an article is reported, not stored', async () => {
    executeScript.mockResolvedValueOnce([{ result: { ok: false, reason: 'no-content' } }]);
    expect(await send({ type: 'save-article', tabId: 4 }, fromPage())).toEqual({ ok: false, error: 'no-article' });
    expect(await send({ type: 'library-list' }, fromPage())).toMatchObject({ entries: [] });
  });

  it('a story over the article limit is reported as too large (what the reader says), not as no article', async () => {
    executeScript.mockResolvedValueOnce([{ result: { ok: false, reason: 'too-large' } }]);
    expect(await send({ type: 'save-article', tabId: 4 }, fromPage())).toEqual({ ok: false, error: 'too-large' });
    expect(await send({ type: 'library-list' }, fromPage())).toMatchObject({ entries: [] });
  });
});
