import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, PuppeteerLifeCycleEvent } from 'puppeteer-core';
import { routeKey } from './server';
import { navigate, poll, StopPolling } from './wait';
import { e2eExtensionDir, launchRaw, makeProfileDir, removeProfileDir, type BrowserKind } from './browsers';

/** Options for {@link ExtensionBrowser.launch}. */
export interface LaunchOptions {
  /** Profile (user-data-dir) to use; a fresh temp dir when omitted. Reuse one to keep extension storage. */
  profileDir?: string;
  /** Default true. */
  headless?: boolean;
  /** Unpacked extension to load; default the e2e build `.output/<browser>-mv3-e2e`. */
  extensionDir?: string;
  /** Extra command-line arguments. */
  args?: string[];
  /** Emulated viewport; null = the window's own size (use with headless: false). Default 1100x900. */
  viewport?: { width: number; height: number } | null;
  /** Extra Firefox preferences (Chromium ignores them), e.g. a recording proxy. */
  prefs?: Record<string, string | number | boolean>;
}

type ExtGlobal = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

/**
 * A real browser (Chromium or Firefox ESR) with the built extension loaded, plus the few things
 * tests do with it: open pages, open an extension page, send the extension runtime messages,
 * restart on the same profile.
 */
export class ExtensionBrowser {
  /** The puppeteer browser; replaced by {@link restart}. */
  browser!: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin = '';
  private extPage: Page | undefined;

  private constructor(
    readonly kind: BrowserKind,
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private readonly opts: LaunchOptions,
  ) {}

  /**
   * Launches `kind` with the extension. The build is copied into the profile first (a rebuild
   * while tests run cannot change the extension under them; the copy's path, and so Chromium's
   * extension id, stays the same for one profile). Fails with a clear message when it is not built.
   */
  static async launch(kind: BrowserKind, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
    const built = opts.extensionDir ?? e2eExtensionDir(kind);
    // A build in progress (another `wxt build`) empties the folder for a few seconds.
    await poll(`${built}/manifest.json`, async () => (existsSync(`${built}/manifest.json`) ? true : undefined), 30_000).catch(() => {
      const b = kind === 'chromium' ? 'chrome' : 'firefox';
      throw new Error(`${built} is not built: run \`npx wxt build -b ${b} --mode e2e\``);
    });
    const profileDir = opts.profileDir ?? makeProfileDir(kind);
    const extensionDir = join(profileDir, 'saaf-extension');
    rmSync(extensionDir, { recursive: true, force: true });
    cpSync(built, extensionDir, { recursive: true });
    const s = new ExtensionBrowser(kind, profileDir, !opts.profileDir, { ...opts, extensionDir });
    await s.start();
    return s;
  }

  private async start(): Promise<void> {
    const r = await launchRaw(this.kind, {
      extensionDir: this.opts.extensionDir!,
      profileDir: this.profileDir,
      headless: this.opts.headless ?? true,
      args: this.opts.args,
      viewport: this.opts.viewport,
      prefs: this.opts.prefs,
    });
    this.browser = r.browser;
    this.extensionOrigin = r.extensionOrigin;
    this.extPage = undefined;
  }

  /** Full URL of an extension page or file, e.g. `extensionUrl('options.html')`. */
  extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
  }

  /**
   * Opens a new tab at `url` and waits for its load event, or for `domcontentloaded` (real pages
   * can keep loading for ever: one corpus page retries a missing image hundreds of times).
   */
  async newPage(url: string, waitUntil: PuppeteerLifeCycleEvent = 'load'): Promise<Page> {
    const page = await this.browser.newPage();
    await navigate(page, url, waitUntil);
    return page;
  }

  /**
   * Opens an extension page in a new tab and waits until its script can use extension APIs.
   * Navigation is not awaited: in Firefox `goto` to moz-extension:// may never resolve.
   */
  async openExtensionPage(path = 'options.html'): Promise<Page> {
    const page = await this.browser.newPage();
    const url = this.extensionUrl(path);
    void page.goto(url).catch(() => undefined);
    await poll(`${url} to load`, () =>
      page.evaluate(
        (u) =>
          location.href === u &&
          document.readyState === 'complete' &&
          'runtime' in ((globalThis as { browser?: object }).browser ?? (globalThis as { chrome?: object }).chrome ?? {})
            ? true
            : undefined,
        url,
      ),
    );
    return page;
  }

  /** The extension page messages are sent from (options.html, opened once and reused). */
  async messenger(): Promise<Page> {
    if (!this.extPage || this.extPage.isClosed()) this.extPage = await this.openExtensionPage('options.html');
    return this.extPage;
  }

  /**
   * Forgets the messenger page, so the next message opens a new one: after the extension reloads,
   * its old pages are gone (and Firefox over BiDi does not always report them closed).
   */
  forgetMessenger(): void {
    this.extPage = undefined;
  }

  /**
   * Runs `browser.runtime.sendMessage(message)` from an extension page (the background accepts
   * messages from extension pages only) and returns the reply.
   */
  async sendMessage<R = unknown>(message: unknown): Promise<R> {
    const page = await this.messenger();
    return (await page.evaluate((m) => {
      const ext = ((globalThis as { browser?: ExtGlobal }).browser ?? (globalThis as { chrome?: ExtGlobal }).chrome)!;
      return ext.runtime.sendMessage(m);
    }, message)) as R;
  }

  /**
   * The tab id of the tab showing `url`. Filters `tabs.query({})` itself: Firefox's
   * `tabs.query({url})` finds nothing when the pattern has a port. Throws when two tabs show the
   * URL (a test left a tab open): a message to the wrong tab would make a confusing failure.
   */
  async tabIdFor(url: string): Promise<number> {
    const page = await this.messenger();
    const want = new URL(url).origin + routeKey(url);
    return poll(`a tab with ${url}`, async () => {
      const tabs = await page.evaluate(() => {
        const ext = ((globalThis as { browser?: ExtGlobal }).browser ?? (globalThis as { chrome?: ExtGlobal }).chrome)!;
        return ext.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })));
      });
      const hits = tabs.filter((t) => t.url && t.id !== undefined && new URL(t.url).origin + routeKey(t.url) === want);
      if (hits.length > 1) throw new StopPolling(`${hits.length} tabs show ${url}: close the others first`);
      return hits[0]?.id;
    });
  }

  /**
   * Sends `{type: 'open-reader', tabId}` for the tab showing `page` (opens the reader, or closes it
   * if open) and brings that tab back to the front (the messenger tab took focus). Returns the reply.
   */
  async openReader(page: Page): Promise<unknown> {
    // Ask the page: after a navigation Firefox reported as failed, puppeteer's page.url() is stale.
    const tabId = await this.tabIdFor(await page.evaluate(() => location.href));
    const reply = await this.sendMessage({ type: 'open-reader', tabId });
    await page.bringToFront();
    return reply;
  }

  /** Closes the browser and starts it again on the same profile (and the same extension). */
  async restart(): Promise<void> {
    await this.browser.close();
    await this.start();
  }

  /** Closes the browser; removes the profile if the harness made it, unless `keepProfile`. */
  async close(opts: { keepProfile?: boolean } = {}): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    if (this.ownsProfile && !opts.keepProfile) removeProfileDir(this.profileDir);
  }
}
