/**
 * The background's reader wiring, with WXT's fake browser: the toolbar button, the `open-reader`
 * command, the context menu item and the `open-reader` message all inject the reader's content
 * script into their tab, and a message from anything but an extension page, or of the wrong
 * shape, is ignored. (Headless e2e browsers cannot click the toolbar or fire shortcuts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser, type Browser } from 'wxt/browser';
import { READER_SCRIPT, READER_UI_SCRIPT, toggleIfLoaded } from './open-reader';
import { SLOT_KEY } from '@/utils/reader-handoff';
import background from './index';

// Other services the background starts are tested on their own; here they only add noise.
vi.mock('./translate-service', () => ({ registerTranslateService: vi.fn() }));
vi.mock('./library-service', () => ({ registerLibraryService: vi.fn() }));
vi.mock('./article-detection', () => ({ setupDetection: vi.fn() }));
vi.mock('./language-service', () => ({ registerLanguageService: vi.fn() }));

/** An event like the fake browser's own, for the ones it leaves unimplemented. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: (l: (...args: A) => unknown) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...args: A) => unknown) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Browser.tabs.Tab;
const flush = () => new Promise((r) => setTimeout(r, 0));

let executeScript: ReturnType<typeof vi.fn>;
let onCommand: ReturnType<typeof fakeEvent<[string, Browser.tabs.Tab | undefined]>>;
let onMenuClicked: ReturnType<typeof fakeEvent<[Partial<Browser.contextMenus.OnClickData>, Browser.tabs.Tab | undefined]>>;
let createMenu: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(async () => []);
  onCommand = fakeEvent();
  onMenuClicked = fakeEvent();
  createMenu = vi.fn();
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.scripting!.executeScript = executeScript;
  fb.commands!.onCommand = onCommand;
  fb.contextMenus!.onClicked = onMenuClicked;
  fb.contextMenus!.create = createMenu;
  fb.i18n!.getMessage = (key: unknown) => `msg:${String(key)}`;
  fb.runtime!.onConnect = fakeEvent();
  background.main();
});
afterEach(() => vi.restoreAllMocks());

const injectedInto = (tabId: number) => [{ target: { tabId }, files: [READER_SCRIPT] }];
const askedShell = (tabId: number, rules: unknown[] = []) => [{ target: { tabId }, func: toggleIfLoaded, args: [rules] }];
/** A first open in a page: the shell is asked for, found missing, and injected. */
const opened = (tabId: number) => [askedShell(tabId), injectedInto(tabId)];
const extensionPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
/** What the background's message listener answers (undefined = it ignored the message). */
async function send(message: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find((r) => r !== undefined);
}

describe('background wiring', () => {
  it('runs against the fake browser (wxt/browser is the fake under vitest)', () => {
    expect(browser).toBe(fakeBrowser);
  });

  it('the toolbar button injects the reader into the clicked tab', async () => {
    await fakeBrowser.action.onClicked.trigger(tab(7), undefined);
    await flush();
    expect(executeScript.mock.calls).toEqual(opened(7));
  });

  it('the open-reader command injects the reader into the current tab, other commands do nothing', async () => {
    await onCommand.trigger('open-reader', tab(8));
    await onCommand.trigger('something-else', tab(9));
    await onCommand.trigger('open-reader', undefined);
    await flush();
    expect(executeScript.mock.calls).toEqual(opened(8));
  });

  it('creates the context menu item on install, and its click injects the reader', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(createMenu).toHaveBeenCalledTimes(1);
    const item = createMenu.mock.calls[0]![0] as { id: string; title: string; contexts: string[] };
    expect(item.title).toBe('msg:menuRead');
    expect(item.contexts).toContain('page');
    await onMenuClicked.trigger({ menuItemId: item.id }, tab(10));
    await onMenuClicked.trigger({ menuItemId: 'another-extension-item' }, tab(11));
    await flush();
    expect(executeScript.mock.calls).toEqual(opened(10));
  });

  it('the open-reader message from an extension page injects the reader and answers ok', async () => {
    expect(await send({ type: 'open-reader', tabId: 5 }, extensionPage())).toEqual({ ok: true });
    expect(executeScript.mock.calls).toEqual(opened(5));
  });

  it('open-settings from the reader in a tab opens the options page at that section, next to the tab', async () => {
    const created: unknown[] = [];
    // Spies, restored after each test: a stub left in place would answer the next test's tabs.
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => (created.push(props), tab(99)));
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ ...tab(id), index: 4 }));
    const contentScript = { id: browser.runtime.id, tab: { id: 12, url: 'https://news.example.pk/a' } };
    expect(await send({ type: 'open-settings', section: 'translation' }, contentScript)).toEqual({ ok: true });
    expect(created).toEqual([{ url: browser.runtime.getURL('/options.html#translation'), active: true, index: 5 }]);
    expect(await send({ type: 'open-settings', section: 'javascript:alert(1)' }, contentScript), 'an unknown section').toBeUndefined();
    expect(created).toHaveLength(1);
  });

  it('injects the reader UI next only when the shell says the page lacks it', async () => {
    executeScript.mockResolvedValueOnce([{ frameId: 0, result: 'missing' }]).mockResolvedValueOnce([{ frameId: 0, result: 'needs-ui' }]);
    await send({ type: 'open-reader', tabId: 5 }, extensionPage());
    executeScript.mockResolvedValueOnce([{ frameId: 0, result: 'missing' }]).mockResolvedValueOnce([{ frameId: 0, result: 'shown' }]);
    await send({ type: 'open-reader', tabId: 6 }, extensionPage());
    expect(executeScript.mock.calls).toEqual([...opened(5), [{ target: { tabId: 5 }, files: [READER_UI_SCRIPT] }], ...opened(6)]);
  });

  it('toggles with the shell already in the page instead of injecting it again', async () => {
    executeScript.mockResolvedValueOnce([{ frameId: 0, result: 'closed' }]);
    await send({ type: 'open-reader', tabId: 7 }, extensionPage());
    executeScript.mockResolvedValueOnce([{ frameId: 0, result: 'needs-ui' }]);
    await send({ type: 'open-reader', tabId: 8 }, extensionPage());
    expect(executeScript.mock.calls).toEqual([askedShell(7), askedShell(8), [{ target: { tabId: 8 }, files: [READER_UI_SCRIPT] }]]);
  });

  it('toggleIfLoaded leaves the rules in the slot and calls the shell registered there, or says it is missing', () => {
    const g = globalThis as unknown as Record<string, { userRules?: unknown; toggle?: () => string } | undefined>;
    try {
      expect(toggleIfLoaded()).toBe('missing');
      g[SLOT_KEY] = { toggle: () => 'closed' };
      expect(toggleIfLoaded(['r'])).toBe('closed');
      expect(g[SLOT_KEY]?.userRules).toEqual(['r']);
    } finally {
      delete g[SLOT_KEY];
    }
  });

  it("hands the shell the stored rules of the tab's site, and no other site's", async () => {
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
    const t = await fakeBrowser.tabs.create({ url: 'https://www.news.example.pk/2024/x' });
    await send({ type: 'open-reader', tabId: t.id }, extensionPage());
    expect(executeScript.mock.calls[0]).toEqual(askedShell(t.id!, [rule('news.example.pk')]));
  });

  it('answers with the error when the tab cannot be scripted', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    expect(await send({ type: 'open-reader', tabId: 5 }, extensionPage())).toEqual({
      ok: false,
      error: 'Error: Cannot access a chrome:// URL',
    });
  });

  it.each([
    ['a content script in a web page', { id: 'test-extension-id', url: 'https://evil.example/news', tab: tab(3) }],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' }],
    ['a sender with no URL', { id: 'test-extension-id' }],
    ['an empty sender', {}],
  ])('ignores the message from %s', async (_, sender) => {
    expect(await send({ type: 'open-reader', tabId: 5 }, sender)).toBeUndefined();
    await flush();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['no tabId', { type: 'open-reader' }],
    ['a string tabId', { type: 'open-reader', tabId: '5' }],
    ['a negative tabId', { type: 'open-reader', tabId: -1 }],
    ['a fractional tabId', { type: 'open-reader', tabId: 1.5 }],
    ['an unknown type', { type: 'open-readerx', tabId: 5 }],
    ['null', null],
    ['a bare string', 'open-reader'],
  ])('ignores a message with %s', async (_, message) => {
    expect(await send(message, extensionPage())).toBeUndefined();
    await flush();
    expect(executeScript).not.toHaveBeenCalled();
  });
});
