/**
 * Translation as the reader calls it (content script or an extension page): the user's services
 * in order, the on-device Translator run right here (a window API), remote ones through the
 * background, and the shared cache in storage.local.
 */
import { sendRaw } from '../messaging/send';
import { createBrowserTranslator } from './browser-translator';
import { createProxyService } from './proxy';
import { routeTranslation, type RouteOptions } from './router';
import { createRemoteService, enabledIds, type TranslationSettings } from './settings';
import { loadTranslationSettings, translationCache } from './settings-storage';
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

/** Translates with the user's settings (cache first). Throws TranslateError. */
export async function translateText(
  text: string,
  source: string,
  target: string,
  opts: Omit<RouteOptions, 'cache'> & { settings?: TranslationSettings } = {},
): Promise<TranslationResult> {
  const settings = opts.settings ?? (await loadTranslationSettings());
  return routeTranslation(pageServices(settings), text, source, target, { ...opts, cache: translationCache() });
}

/** Translates embedded text into the user's chosen target, or the article's language by default. */
export async function translateForArticle(
  text: string,
  source: string,
  articleLang: string,
  opts: Omit<RouteOptions, 'cache'> = {},
): Promise<TranslationResult> {
  const settings = await loadTranslationSettings();
  return translateText(text, source, settings.target ?? articleLang, { ...opts, settings });
}
