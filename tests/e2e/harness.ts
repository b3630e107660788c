/**
 * The end-to-end harness: a static server on 127.0.0.1, Chromium and Firefox ESR with the BUILT
 * e2e extension, extension messaging, and helpers for the reader overlay. See tests/e2e/README.md.
 *
 * ```ts
 * const server = await startServer();
 * const url = server.servePage('tests/fixtures/pages/ev-china-tweet');
 * const b = await ExtensionBrowser.launch('firefox');
 * const page = await b.newPage(url);
 * await b.openReader(page);            // {type: 'open-reader', tabId} from options.html
 * await waitForOverlay(page);
 * const title = await inShadow(page, (root) => root.querySelector('.saaf-title')?.textContent);
 * await b.close(); await server.close();
 * ```
 */
export { startServer, routeKey, annotationUrl, type TestServer, type RouteReply, type SeenRequest } from '../../scripts/lib/browser/server';
export {
  BROWSER_KINDS,
  EXECUTABLES,
  FIREFOX_EXTENSION_UUID,
  REPO_ROOT,
  e2eExtensionDir,
  makeProfileDir,
  removeProfileDir,
  type BrowserKind,
} from '../../scripts/lib/browser/browsers';
export { ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/browser/session';
import type { ExtensionBrowser } from '../../scripts/lib/browser/session';
export { navigate, poll, StopPolling } from '../../scripts/lib/browser/wait';
export {
  ARTIFACTS_DIR,
  HOST,
  domSnapshot,
  firstDifference,
  type DomSnapshot,
  clickInShadow,
  inShadow,
  inShadowOf,
  waitInShadow,
  overlayOpen,
  pressKey,
  revealShadowRoot,
  screenshot,
  waitForOverlay,
  waitForOverlayGone,
  watchDialogs,
  type DialogWatch,
} from '../../scripts/lib/browser/reader';

type StorageExt = { storage: { local: { set(v: object): Promise<void> } } };
/**
 * Saaf's interface language as the options page stores it. By default it follows the browser
 * (English in these browsers); tests that read the Urdu interface set it first.
 */
export async function setUiLang(b: ExtensionBrowser, v: 'ur' | 'en' | 'auto'): Promise<void> {
  await (
    await b.messenger()
  ).evaluate(
    (lang) =>
      (
        (globalThis as unknown as { browser?: StorageExt }).browser ?? (globalThis as unknown as { chrome: StorageExt }).chrome
      ).storage.local.set({
        'ui.lang': lang,
      }),
    v,
  );
}
