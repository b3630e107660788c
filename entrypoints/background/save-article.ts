/**
 * Saving an article. With the reader open, its Save button sends the article the overlay already
 * extracted (`save-current-tab`, validated by the protocol like the save script's result) and
 * `storeArticle` stores it: the page is not extracted twice. Without the reader (the shortcut, the
 * menu item, the `save-article` message) `saveTab` injects the save script (entrypoints/save),
 * which runs the same extraction pipeline in the live page and returns the
 * `ExtractResult`. Either way the stored article is what the pipeline produced, and the background
 * fetches its images and stores all of it.
 *
 * Images are fetched HERE, not in the content script: an MV3 content script's fetch is bound by
 * the page's CORS in both browsers, while the background's fetch carries the extension's host
 * access (the tab's origin through activeTab after a click, the shortcut or the menu, or an origin
 * the user granted when asked on save). Cross-origin CDN images still load when they send CORS
 * headers, as most image CDNs do. Requests go without cookies.
 */
import { browser } from 'wxt/browser';
import type { LibraryDb } from '@/utils/library/db';
import { cappedCount, DEFAULT_IMAGE_LIMITS, fetchImages, imageUrlsOf, type ImageLimits } from '@/utils/library/images';
import type { SaveOutcome } from '@/utils/library/messages';
import { upsertArticle } from '@/utils/library/store';
import type { StoredTranslation } from '@/utils/library/types';
import { validateArticle } from '@/utils/library/validate';
import { httpUrl } from '@/utils/text/url';
import type { Article } from '@/utils/types';
import { rulesForTab } from './open-reader';

/** Where WXT puts the unlisted script `entrypoints/save`. */
export const SAVE_SCRIPT = '/save.js';

/**
 * Asks for host access to the page's origin (a no-op when already granted). Call it first thing
 * in a user-action handler: Firefox only prompts from within one. Never rejects.
 */
export function requestOriginAccess(pageUrl: string | undefined): Promise<boolean> {
  const url = httpUrl(pageUrl);
  if (!url) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Leaves the site's own rules in the slot the save script reads (`executeScript({func})`: must be
 * self-contained; the key is utils/reader-handoff.ts's SLOT_KEY).
 */
export function leaveRules(userRules: unknown): void {
  const g = globalThis as unknown as Record<string, { userRules?: unknown } | undefined>;
  (g['__saafReaderSlot'] ??= {}).userRules = userRules;
}

/** Extracts, fetches images and stores the article of a tab. Never throws. */
export async function saveTab(tabId: number, db: LibraryDb): Promise<SaveOutcome> {
  let raw: unknown;
  try {
    // The saved article is the one the reader shows: with the site's own rules applied.
    const rules = await rulesForTab(tabId);
    if (rules.length > 0) await browser.scripting.executeScript({ target: { tabId }, func: leaveRules, args: [rules] });
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [SAVE_SCRIPT] });
    raw = injection?.result;
  } catch (err) {
    return { ok: false, error: 'cannot-access', detail: String(err) };
  }
  // The result comes out of a hostile page's DOM: validate it like any other input.
  const result = raw as { ok?: unknown; article?: unknown; reason?: unknown } | undefined;
  // Over the one article limit (utils/article-limit.ts): the pipeline said so, as it says in the reader.
  if (result?.ok === false && result.reason === 'too-large') return { ok: false, error: 'too-large' };
  const article = result?.ok === true ? validateArticle(result.article) : null;
  if (!article) return { ok: false, error: 'no-article' };
  return storeArticle(article, db);
}

/** Fetches the images of a validated article and stores both, with the reader's translations (validated). Never throws. */
export async function storeArticle(
  article: Article,
  db: LibraryDb,
  translations?: Record<string, StoredTranslation>,
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<SaveOutcome> {
  try {
    const fetched = await fetchImages(imageUrlsOf(article), article.url!, (input, init) => fetch(input, init), limits);
    const { id, created } = await upsertArticle(db, { article, images: fetched.images, translations });
    return {
      ok: true,
      id,
      created,
      images: fetched.images.length,
      imagesSkipped: fetched.skipped.length,
      imagesCapped: cappedCount(fetched.skipped),
    };
  } catch (err) {
    return { ok: false, error: 'failed', detail: String(err) };
  }
}
