import { describe, expect, it, vi } from 'vitest';
import { sampleArticle } from '@/tests/helpers/library';
import { createRouter } from './router';

const ID = 'abc';
const ROOT = 'chrome-extension://abc/';
const page = { id: ID, url: `${ROOT}library.html` };
const content = { id: ID, url: 'https://news.pk/a', tab: { id: 7, url: 'https://news.pk/a' } };

function setup() {
  const router = createRouter(ID, ROOT);
  const openReader = vi.fn(async () => ({ ok: true as const }));
  const list = vi.fn(async () => ({ ok: true as const, entries: [], bytes: 0 }));
  const saveCurrent = vi.fn(async () => ({ ok: false as const, error: 'no-article' as const }));
  router.on('open-reader', openReader);
  router.on('library-list', list);
  router.on('save-current-tab', saveCurrent);
  return { router, openReader, list, saveCurrent };
}

describe('background router', () => {
  it('routes a valid message from an allowed sender to its handler, with the validated message and sender', async () => {
    const { router, openReader, list } = setup();
    expect(await router.handle({ type: 'open-reader', tabId: 5, extra: 'dropped' }, page)).toEqual({ ok: true });
    expect(openReader).toHaveBeenCalledWith({ type: 'open-reader', tabId: 5 }, { kind: 'page' });
    expect(list).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'open-readerx', tabId: 5 }],
    ['an ill-typed payload', { type: 'open-reader', tabId: '5' }],
    ['no type', { tabId: 5 }],
    ['a bare string', 'open-reader'],
    ['a type no service registered', { type: 'library-get', id: 1 }],
  ])('refuses %s', (_l, message) => {
    const { router, openReader, list } = setup();
    expect(router.handle(message, page)).toBeUndefined();
    expect(openReader).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
  });

  it.each([
    ['a content script asking for a page-only message', { type: 'library-list' }, content],
    ['a content script opening the reader elsewhere', { type: 'open-reader', tabId: 5 }, content],
    ['a page sending the tab-only save', { type: 'save-current-tab', article: sampleArticle() }, page],
    ['another extension', { type: 'library-list' }, { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['an empty sender', { type: 'library-list' }, {}],
  ])('refuses %s', (_l, message, sender) => {
    const { router, openReader, list, saveCurrent } = setup();
    expect(router.handle(message, sender)).toBeUndefined();
    expect([openReader, list, saveCurrent].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('gives a content script the tab it runs in, never one it names', async () => {
    const { router, saveCurrent } = setup();
    const article = sampleArticle();
    await router.handle({ type: 'save-current-tab', tabId: 99, article }, content);
    expect(saveCurrent).toHaveBeenCalledWith(
      { type: 'save-current-tab', article, translations: {}, allImages: false },
      { kind: 'tab', tabId: 7 },
    );
  });

  it('answers a handler that throws with an error instead of leaving the sender waiting', async () => {
    const router = createRouter(ID, ROOT);
    router.on('library-list', () => {
      throw new Error('db closed');
    });
    expect(await router.handle({ type: 'library-list' }, page)).toEqual({ ok: false, error: 'Error: db closed' });
  });

  it('refuses a second handler for the same type', () => {
    const { router } = setup();
    expect(() => router.on('open-reader', async () => ({ ok: true }))).toThrow(/second handler/);
  });

  describe('ports', () => {
    /** A fake runtime.Port: what the router posts, and whether it disconnected. */
    function fakePort(name: string, sender: object) {
      const listeners: { message: ((m: unknown) => void)[]; disconnect: (() => void)[] } = { message: [], disconnect: [] };
      const port = {
        name,
        sender,
        posted: [] as unknown[],
        disconnected: false,
        postMessage: (m: unknown) => port.posted.push(m),
        disconnect: () => {
          port.disconnected = true;
        },
        onMessage: { addListener: (fn: (m: unknown) => void) => listeners.message.push(fn) },
        onDisconnect: { addListener: (fn: () => void) => listeners.disconnect.push(fn) },
        send: (m: unknown) => listeners.message.forEach((fn) => fn(m)),
        drop: () => listeners.disconnect.forEach((fn) => fn()),
      };
      return port;
    }
    function withPort() {
      const { router } = setup();
      const closed = vi.fn();
      const opened = vi.fn();
      router.onPort('library-backup', (from) => {
        opened(from);
        let n = 0;
        return {
          // Answers out of order in time: the first message is the slowest.
          handle: async (m) => {
            const k = ++n;
            await new Promise((r) => setTimeout(r, k === 1 ? 30 : 0));
            return { k, m };
          },
          close: closed,
        };
      });
      return { router, closed, opened };
    }

    it('opens a session for an allowed page and answers its messages one at a time, in order', async () => {
      const { router, closed, opened } = withPort();
      const port = fakePort('library-backup', page);
      router.connect(port);
      expect(opened).toHaveBeenCalledWith({ kind: 'page' });
      port.send('a');
      port.send('b');
      await vi.waitFor(() => expect(port.posted).toHaveLength(2));
      expect(port.posted).toEqual([
        { k: 1, m: 'a' },
        { k: 2, m: 'b' },
      ]);
      port.drop();
      expect(closed).toHaveBeenCalled();
    });

    it.each([
      ['a content script', 'library-backup', content],
      ['another extension', 'library-backup', { id: 'other', url: 'chrome-extension://other/x.html' }],
      ['an unknown port', 'library-everything', page],
      ['a known port no service registered', 'library-import', page],
    ])('disconnects %s at once', (_l, name, sender) => {
      const { router, opened } = withPort();
      const port = fakePort(name, sender);
      router.connect(port);
      expect(port.disconnected).toBe(true);
      expect(opened).not.toHaveBeenCalled();
    });
  });
});
