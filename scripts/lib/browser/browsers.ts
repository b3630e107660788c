import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { TargetType, type Browser, type LaunchOptions as PuppeteerLaunchOptions } from 'puppeteer-core';

/** The two browsers every e2e run covers. */
export type BrowserKind = 'chromium' | 'firefox';
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** Debian's binaries. `/usr/bin/chromium` is a wrapper script that adds flags and prints shell errors. */
export const EXECUTABLES: Record<BrowserKind, string> = {
  chromium: process.env.SAAF_CHROMIUM ?? '/usr/lib/chromium/chromium',
  firefox: process.env.SAAF_FIREFOX ?? '/usr/bin/firefox-esr',
};

/** Repository root (this file is scripts/lib/browser/browsers.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** The built e2e extension for a browser (`npx wxt build -b <browser> --mode e2e`). */
export function e2eExtensionDir(kind: BrowserKind): string {
  return join(REPO_ROOT, '.output', kind === 'chromium' ? 'chrome-mv3-e2e' : 'firefox-mv3-e2e');
}

/**
 * The moz-extension UUID the harness pins (pref `extensions.webextensions.uuids`), so extension
 * URLs are known before install and stay the same across restarts of one profile.
 */
export const FIREFOX_EXTENSION_UUID = '5aaf0e2e-0000-4000-8000-5aaf5aaf5aaf';

/** Options for {@link launchRaw}. */
export interface RawLaunchOptions {
  extensionDir: string;
  profileDir: string;
  headless: boolean;
  /** Extra command-line arguments for the browser. */
  args?: string[];
  /** Emulated viewport; null = the window's own size (for a visible browser). Default 1100x900. */
  viewport?: { width: number; height: number } | null;
  /** Extra Firefox preferences, applied after the harness's own (Chromium ignores them). */
  prefs?: Record<string, string | number | boolean>;
}

const DEFAULT_VIEWPORT = { width: 1100, height: 900 };

/** A launched browser with the extension loaded, and the origin of the extension's pages. */
export interface RawLaunch {
  browser: Browser;
  extensionOrigin: string;
}

/** Makes a fresh profile directory in the OS temp dir. */
export function makeProfileDir(kind: BrowserKind): string {
  return mkdtempSync(join(tmpdir(), `saaf-e2e-${kind}-`));
}

/** Removes a profile directory made by {@link makeProfileDir} (best effort: browsers may linger). */
export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Launches Chromium with the unpacked extension (command-line loading, the recipe in
 * ../shared/notes/toolchain.md). The extension id comes from the service worker's URL; an
 * unpacked id depends only on the folder path, so it is stable across restarts.
 */
async function launchChromium(o: RawLaunchOptions): Promise<RawLaunch> {
  const opts: PuppeteerLaunchOptions = {
    executablePath: EXECUTABLES.chromium,
    headless: o.headless,
    pipe: true,
    userDataDir: o.profileDir,
    ignoreDefaultArgs: ['--disable-extensions'],
    defaultViewport: o.viewport === undefined ? DEFAULT_VIEWPORT : o.viewport,
    args: [
      `--disable-extensions-except=${o.extensionDir}`,
      `--load-extension=${o.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Pages under test may reference third-party hosts; they must never be contacted.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ...(o.args ?? []),
    ],
  };
  const browser = await puppeteer.launch(opts);
  try {
    const worker = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'), {
      timeout: 20_000,
    });
    // Node's URL gives origin 'null' for non-special schemes: cut the id out by hand.
    return { browser, extensionOrigin: /^chrome-extension:\/\/[^/]+/.exec(worker.url())![0] };
  } catch (err) {
    await browser.close();
    throw new Error(`Chromium started but the extension in ${o.extensionDir} did not load: ${String(err)}`, { cause: err });
  }
}

/**
 * Launches Firefox ESR over WebDriver BiDi and installs the extension as a temporary add-on
 * (temporary add-ons do not survive a restart, so every launch installs it again; the pinned
 * UUID and the keep-on-uninstall prefs keep its storage across restarts).
 */
async function launchFirefox(o: RawLaunchOptions): Promise<RawLaunch> {
  const manifest = JSON.parse(readFileSync(join(o.extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${o.extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: o.headless,
    userDataDir: o.profileDir,
    defaultViewport: o.viewport === undefined ? DEFAULT_VIEWPORT : o.viewport,
    // Lets BiDi open and script moz-extension:// pages.
    args: ['--remote-allow-system-access', ...(o.args ?? [])],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Third-party hosts go to a closed proxy port and fail at once; loopback stays direct.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      ...o.prefs,
    },
  });
  try {
    await browser.installExtension(o.extensionDir);
  } catch (err) {
    await browser.close();
    throw new Error(`Firefox could not install ${o.extensionDir}: ${String(err)}`, { cause: err });
  }
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}

/** Launches one browser with an extension and a given profile directory. */
export function launchRaw(kind: BrowserKind, o: RawLaunchOptions): Promise<RawLaunch> {
  return kind === 'chromium' ? launchChromium(o) : launchFirefox(o);
}
