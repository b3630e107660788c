/**
 * The background half of the library: the ONE place the IndexedDB library is opened. It answers
 * the typed library messages (utils/library/messages.ts), the "Save to Saaf" menu item and the
 * save shortcut. Who may ask is the protocol map's business (utils/messaging/protocol.ts), enforced
 * by the background router before a handler here runs.
 */
import { browser, type Browser } from 'wxt/browser';
import { BackupSession, ImportSession } from '@/utils/library/backup-stream';
import { createLibraryDb, type LibraryDb } from '@/utils/library/db';
import { KEEP_ALL_IMAGE_LIMITS } from '@/utils/library/images';
import {
  BACKUP_PORT,
  IMPORT_PORT,
  LIBRARY_MESSAGE_TYPES,
  type LibraryMessage,
  type LibraryResponse,
  type SaveOutcome,
} from '@/utils/library/messages';
import { SearchCache } from '@/utils/library/search-cache';
import { searchLibrary } from '@/utils/library/search-library';
import {
  coverImage,
  getArticleWire,
  listEntries,
  purgeDeleted,
  setRead,
  setReadPosition,
  setReadPositionOfUrl,
  setTags,
  softDelete,
  undoDelete,
} from '@/utils/library/store';
import type { StoredTranslation } from '@/utils/library/types';
import type { Sender } from '@/utils/messaging/protocol';
import { httpUrl } from '@/utils/text/url';
import type { Article } from '@/utils/types';
import type { PortSession, Router } from './router';
import { requestOriginAccess, saveTab, storeArticle } from './save-article';

export const MENU_SAVE = 'saaf-save';
export const MENU_LIBRARY = 'saaf-library';
export const COMMAND_SAVE = 'save-article';

export interface LibraryDeps {
  db: LibraryDb;
  search: SearchCache;
  /** Extracts and saves a tab's article (the save script; faked in unit tests). */
  saveTab: (tabId: number) => Promise<SaveOutcome>;
  /** Saves an article the reader already extracted, with the translations made in it (validated by the protocol). */
  saveArticle: (article: Article, translations: Record<string, StoredTranslation>, allImages?: boolean) => Promise<SaveOutcome>;
  /** The URL of a tab's page as the browser knows it (never what the tab says); undefined when gone. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
}

/** Answers one validated library message from an allowed sender (the router checked both). Never throws. */
export async function handleLibraryMessage<T extends LibraryMessage>(
  msg: T,
  from: Sender,
  deps: LibraryDeps,
): Promise<LibraryResponse<T['type']>> {
  const { db, search } = deps;
  try {
    return (await answer(msg, from, deps)) as LibraryResponse<T['type']>;
  } catch (err) {
    return { ok: false, error: String(err) };
  } finally {
    if (msg.type === 'library-delete' || msg.type === 'library-undo-delete' || msg.type === 'library-set-tags')
      await search.refresh(msg.id).catch(() => undefined);
    if (msg.type === 'library-list') await purgeDeleted(db).catch(() => undefined);
  }
}

async function answer(
  msg: LibraryMessage,
  from: Sender,
  { db, search, saveTab, saveArticle, tabUrl }: LibraryDeps,
): Promise<LibraryResponse<LibraryMessage['type']>> {
  switch (msg.type) {
    case 'save-article':
      return saveTab(msg.tabId);
    case 'save-current-tab':
      // Only the overlay in a tab may send it (the protocol map); it carries the reader's article, so nothing is extracted again.
      return from.kind === 'tab' ? saveArticle(msg.article, msg.translations, msg.allImages) : { ok: false, error: 'failed' };
    case 'library-list': {
      // Bytes from the listed entries: a second pass over every row would double the list's cost.
      const entries = await listEntries(db);
      const reply = { ok: true as const, entries, bytes: entries.reduce((sum, e) => sum + e.bytes, 0) };
      // Start indexing once the list is read, while the page draws it, so the first search waits less.
      void search.get().catch(() => undefined);
      return reply;
    }
    case 'library-ping':
      // Sent by an open library page every 20 s: each event resets the idle timer that would stop
      // the service worker (and drop the in-memory index) after 30 s.
      void search.get().catch(() => undefined);
      return { ok: true };
    case 'library-get':
      return { ok: true, article: await getArticleWire(db, msg.id) };
    case 'library-cover':
      return { ok: true, image: await coverImage(db, msg.id) };
    case 'library-search': {
      const { index, complete, progress } = await search.current();
      const { results, more } = await searchLibrary(db, index, msg.query, msg.filters, msg.from);
      return { ok: true, results, more, indexing: complete ? null : progress };
    }
    case 'library-delete':
      return { ok: true, done: await softDelete(db, msg.id) };
    case 'library-undo-delete':
      return { ok: true, done: await undoDelete(db, msg.id) };
    case 'library-set-read':
      return { ok: true, done: await setRead(db, msg.id, msg.read) };
    case 'library-set-position':
      return { ok: true, done: await setReadPosition(db, msg.id, msg.position) };
    case 'reader-set-position': {
      // Only the saved article of the sender tab's own page (its URL as the browser has it, normalised as stored).
      const url = from.kind === 'tab' ? httpUrl(await tabUrl(from.tabId)) : null;
      return { ok: true, done: url !== null && (await setReadPositionOfUrl(db, url, msg.position)) };
    }
    case 'library-set-tags':
      return { ok: true, done: await setTags(db, msg.id, msg.tags) };
  }
}

/**
 * The backup and import streams' sessions (utils/library/backup-stream.ts). The import session
 * validates every article again (the page checked the file, but the database trusts only itself)
 * and the search index is rebuilt when the import ends or stops.
 */
export function backupSession(db: LibraryDb): PortSession {
  return new BackupSession(db);
}

export function importSession(db: LibraryDb, search: SearchCache): PortSession {
  const session = new ImportSession(db);
  return {
    async handle(msg) {
      const reply = await session.handle(msg);
      if (reply.type !== 'ok') search.reset();
      return reply;
    },
    close: () => search.reset(),
  };
}

/** Opens the library and wires its menu item, shortcut and message handlers. Called once from the background's `main()`. */
export function registerLibraryService(router: Router): void {
  const db = createLibraryDb();
  const search = new SearchCache(db);
  const indexed = async (outcome: SaveOutcome) => {
    if (outcome.ok) await search.refresh(outcome.id);
    return outcome;
  };
  const deps: LibraryDeps = {
    db,
    search,
    saveTab: async (tabId) => indexed(await saveTab(tabId, db)),
    saveArticle: async (article, translations, allImages) =>
      indexed(await storeArticle(article, db, translations, allImages ? KEEP_ALL_IMAGE_LIMITS : undefined)),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  };
  const saveFromGesture = (tab: Browser.tabs.Tab | undefined) => {
    if (tab?.id === undefined) return;
    // Asked before anything is awaited: Firefox only shows a permission prompt inside the handler of a user action.
    const access = requestOriginAccess(tab.url);
    void access.then(() => deps.saveTab(tab.id!)).then(reportOutcome, reportOutcome);
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_SAVE,
      title: browser.i18n.getMessage('menuSave'),
      contexts: ['page', 'selection', 'link', 'image'],
    });
    // The library page is reached from the toolbar button's own menu (right-click on the button).
    browser.contextMenus.create({ id: MENU_LIBRARY, title: browser.i18n.getMessage('menuLibrary'), contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE) saveFromGesture(tab);
    if (info.menuItemId === MENU_LIBRARY) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_SAVE) saveFromGesture(tab);
  });
  for (const type of LIBRARY_MESSAGE_TYPES) router.on(type, (msg, from) => handleLibraryMessage(msg, from, deps));
  router.onPort(BACKUP_PORT, () => backupSession(db));
  router.onPort(IMPORT_PORT, () => importSession(db, search));
}

function reportOutcome(outcome: unknown): void {
  if (!(outcome as SaveOutcome | undefined)?.ok) console.warn('Saaf: the article was not saved', outcome);
}
