/**
 * Translation as the reader calls it (content script or an extension page): the user's services
 * in order, the on-device Translator run right here (a window API), remote ones through the
 * background, and the shared cache in storage.local. The reader loads only which services are on
 * (loadReaderTranslationSettings), never the API keys.
 */
import { sendRaw } from '../messaging/send';
import { createBrowserTranslator } from './browser-translator';
import { createProxyService } from './proxy';
import { routeTranslation, type RouteOptions } from './router';
import type { ReaderTranslationSettings } from './keys';
import { DEFAULT_SETTINGS, createRemoteService, enabledIds, type TranslationSettings } from './settings';
import { loadReaderTranslationSettings, translationCache } from './settings-storage';
import type { TranslationResult, TranslationService } from './types';

/** Fetch for configuration-only service objects: they must never be used to send anything. */
const noFetch = () => Promise.reject(new TypeError('remote services run in the background'));

/** The services a page-side router may use, in the user's order. */
export function pageServices(settings: TranslationSettings): TranslationService[] {
  return enabledIds(settings).map((id) =>
    id === 'browser'
      ? createBrowserTranslator(globalThis as Parameters<typeof createBrowserTranslator>[0], settings.timeoutMs)
      : createProxyService(createRemoteService(settings, id, noFetch), sendRaw, settings.timeoutMs),
  );
}

/**
 * The services the reader in a web page may use: the ids it was told are on and usable, each
 * remote one a proxy that only names its service to the background (which holds the keys).
 */
export function readerServices(view: ReaderTranslationSettings): TranslationService[] {
  return view.services.map((id) => {
    if (id === 'browser') return createBrowserTranslator(globalThis as Parameters<typeof createBrowserTranslator>[0], view.timeoutMs);
    // The label only: the reader knows no address and no key, and `view` lists usable services only.
    const named: TranslationService = { ...createRemoteService(DEFAULT_SETTINGS, id, noFetch), availability: async () => 'available' };
    return createProxyService(named, sendRaw, view.timeoutMs);
  });
}

/** Translates embedded text into the user's chosen target, or the article's language by default (cache first). Throws TranslateError. */
export async function translateForArticle(
  text: string,
  source: string,
  articleLang: string,
  opts: Omit<RouteOptions, 'cache'> = {},
): Promise<TranslationResult> {
  const view = await loadReaderTranslationSettings();
  return routeTranslation(readerServices(view), text, source, view.target ?? articleLang, { ...opts, cache: translationCache() });
}
