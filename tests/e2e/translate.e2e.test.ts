/**
 * Issue 5 in real Chromium and Firefox ESR with the built e2e extension: the mission page's English
 * tweet translated into Urdu under it by stub servers on 127.0.0.1 speaking LibreTranslate,
 * Microsoft Translator v3 and Google's unofficial protocol; every failure mode shown inline with
 * the tweet kept; and every request the browser makes recorded by a proxy, to prove nothing leaves
 * for a host the user did not configure.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { t } from '@/utils/i18n';
import type { TranslateErrorKind } from '@/utils/translate/errors';
import { splitSettings } from '@/utils/translate/keys';
import { parseSettings } from '@/utils/translate/settings';
import { chromiumProxyArgs, firefoxProxyPrefs, startRecordingProxy, type RecordingProxy } from '../stubs/recording-proxy';
import { STUB_MICROSOFT_KEY, startTranslateStub, type StubMode, type StubProtocol, type TranslateStub } from '../stubs/translate-servers';
import { BROWSER_KINDS, clickInShadow, inShadow, screenshot, waitForOverlay, waitInShadow, type LaunchOptions } from './harness';
import { MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';

const mission = readAnnotation(MISSION_DIR);
const TWEET_START = mission.embeds!.find((e) => e.kind === 'tweet')!.textStartsWith!;
/** Hosts of the real translation services: never contacted in any test, configured or not. */
const REAL_SERVICE_HOSTS =
  /^(translate\.googleapis\.com|translate\.google\.com|[\w.-]*microsofttranslator\.com|[\w.-]*libretranslate\.[a-z]+)(:\d+)?$/;
/**
 * The browsers' own background traffic seen through the proxy (Chromium: component and extension
 * update checks, sign-in, form autofill; Firefox: remote settings), not Saaf's doing. Exact host
 * names, so anything new fails the test with its name.
 */
const BROWSER_OWN = new Set([
  'update.googleapis.com',
  'clients2.google.com',
  'accounts.google.com',
  'content-autofill.googleapis.com',
  'firefox.settings.services.mozilla.com',
]);
const notVendor = (host: string) => !BROWSER_OWN.has(host.replace(/:\d+$/, ''));

type ExtGlobal = {
  storage: { local: { set(v: object): Promise<void>; get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } };
};

describe.each(BROWSER_KINDS)('%s: translating the mission tweet', (kind) => {
  let proxy: RecordingProxy;
  const stubs = {} as Record<StubProtocol, TranslateStub>;
  const launch: LaunchOptions = {};
  // Registered before useBrowser's hook, so the proxy port is known when the browser launches.
  beforeAll(async () => {
    proxy = await startRecordingProxy();
    for (const p of ['libretranslate', 'microsoft', 'google'] as const) stubs[p] = await startTranslateStub(p);
    if (kind === 'chromium') launch.args = chromiumProxyArgs(proxy.port);
    else launch.prefs = firefoxProxyPrefs(proxy.port);
  });
  const ctx = useBrowser(kind, (s) => void s.servePage(MISSION_DIR), launch);
  afterAll(async () => {
    await proxy?.close();
    for (const s of Object.values(stubs)) await s.close();
  });

  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  /**
   * Replaces the translation settings as the options page stores them (the public item, version 2,
   * and the keys in their own item) and empties the cache.
   */
  async function configure(settings: object | null): Promise<void> {
    const page = await ctx.browser.messenger();
    const items = settings && splitSettings(parseSettings(settings));
    await page.evaluate(async (it) => {
      const ext = ((globalThis as { browser?: ExtGlobal }).browser ?? (globalThis as { chrome?: ExtGlobal }).chrome)!;
      const all = await ext.storage.local.get(null);
      await ext.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('tr:') || (it === null && k.startsWith('translation'))));
      if (it) await ext.storage.local.set({ translation: it.pub, translation$: { v: 2 }, 'translation.keys': it.keys });
      // The messages checked here are the Urdu interface's (the browser's, English, is the default).
      await ext.storage.local.set({ 'ui.lang': 'ur' });
    }, items);
  }

  const only = (id: StubProtocol, extra: object = {}) => ({
    services: [{ id, enabled: true }],
    libretranslate: { url: stubs.libretranslate.origin, key: '' },
    microsoft: { key: STUB_MICROSOFT_KEY, region: 'westeurope', endpoint: stubs.microsoft.origin },
    google: { endpoint: stubs.google.origin },
    ...extra,
  });

  /** Opens the mission page in the reader and clicks the tweet's Translate button for real. */
  async function translateTweet() {
    const page = await ctx.browser.newPage(ctx.server.url(new URL(mission.url!).pathname));
    open.push(page);
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    // From here on, every request is the reader's doing (the page finished loading its own).
    const mark = proxy.seen.length;
    await clickInShadow(page, '.saaf-embed .saaf-tr-btn');
    await waitInShadow(page, { timeout: 20_000 }, (root) => !!root.querySelector('.saaf-tr-out, .saaf-tr-error'));
    const outcome = await inShadow(page, (root) => {
      const figure = root.querySelector('.saaf-embed-tweet, .saaf-embed')!;
      const tweet = figure.querySelector('.saaf-embed-text');
      const out = figure.querySelector('.saaf-tr-out');
      return {
        out: out?.textContent ?? null,
        outDir: out ? getComputedStyle(out).direction : null,
        // The translation sits under the original tweet, inside the same card.
        afterTweet: !!(tweet && out && tweet.compareDocumentPosition(out) & Node.DOCUMENT_POSITION_FOLLOWING),
        error: figure.querySelector('.saaf-tr-error p')?.textContent ?? null,
        note: figure.querySelector('.saaf-tr-note')?.textContent ?? null,
        tweet: tweet?.textContent ?? '',
      };
    });
    /** Hosts contacted while the reader translated (the test page's server and browser noise aside). */
    const contacted = [...new Set(proxy.seen.slice(mark).map((r) => r.host))].filter((h) => h !== pageHost() && notVendor(h)).sort();
    return { page, outcome, contacted };
  }

  const pageHost = () => new URL(ctx.server.origin).host;
  const hostOf = (id: StubProtocol) => new URL(stubs[id].origin).host;

  it('sends nothing anywhere while no online service is chosen, and offers the settings at their translation section', async () => {
    await configure(null);
    const { page, outcome, contacted } = await translateTweet();
    expect(outcome.out).toBeNull();
    expect(outcome.error).toBe(t('ur', 'tr.error.not-configured'));
    expect(outcome.tweet.startsWith(TWEET_START)).toBe(true);
    expect(Object.values(stubs).map((s) => s.requests.length)).toEqual([0, 0, 0]);
    expect(contacted).toEqual([]);

    // The reader (a content script) asks the background, which opens the options page at #translation.
    expect(await inShadow(page, (root) => root.querySelector('.saaf-tr-choices')?.textContent ?? '')).toBe(t('ur', 'tr.choices'));
    await clickInShadow(page, '.saaf-tr-settings');
    // The background opened a tab at the options page's translation section (asked of the extension:
    // puppeteer does not report extension-opened moz-extension tabs in Firefox).
    const ext = await ctx.browser.messenger();
    type Tabs = { tabs: { query(q: object): Promise<{ url?: string }[]> } };
    await ext.waitForFunction(
      async () => {
        const api = ((globalThis as { browser?: Tabs }).browser ?? (globalThis as { chrome?: Tabs }).chrome)!;
        return (await api.tabs.query({})).some((tb) => tb.url?.endsWith('/options.html#translation'));
      },
      { timeout: 15_000, polling: 200 },
    );
    if (kind !== 'chromium') return;
    const options = await (await ctx.browser.browser.waitForTarget((tg) => tg.url().endsWith('/options.html#translation'))).page();
    open.push(options!);
    await options!.waitForFunction(() => document.activeElement?.id === 'translation', { timeout: 15_000, polling: 100 });
  });

  // retry: headless Firefox once left the box unchecked after the click (1 run in about 5 on
  // 2026-12-03, not reproduced alone); the cause is not found yet (see the issue 12 closing note).
  it('switching LibreTranslate on in the options page, one click shows the Urdu translation under the tweet', { retry: 1 }, async () => {
    await configure(null);
    const options = await ctx.browser.openExtensionPage('options.html');
    open.push(options);
    await options.waitForSelector('#translation[data-ready="true"]', { timeout: 10_000 });
    const url = await options.waitForSelector('[data-service="libretranslate"] input[type=url]', { timeout: 10_000 });
    await url!.type(stubs.libretranslate.origin);
    const box = await options.waitForSelector('[data-service="libretranslate"] input[type=checkbox]');
    await box!.click();
    // The e2e build already holds 127.0.0.1: no prompt (headless browsers cannot answer one).
    await options.waitForFunction(
      () => (document.querySelector('[data-service="libretranslate"] input[type=checkbox]') as HTMLInputElement).checked,
      { timeout: 10_000 },
    );

    await options.close();
    stubs.libretranslate.requests.length = 0;
    const { outcome, contacted } = await translateTweet();
    const sent = stubs.libretranslate.requests;
    expect(sent).toHaveLength(1);
    const body = JSON.parse(sent[0]!.body) as { q: string; source: string; target: string; format: string };
    expect(body.q.startsWith(TWEET_START)).toBe(true);
    expect([body.source, body.target, body.format]).toEqual(['en', 'ur', 'text']);
    expect(outcome.out).toBe(stubs.libretranslate.translationOf(body.q));
    expect(outcome.outDir).toBe('rtl');
    expect(outcome.afterTweet).toBe(true);
    expect(outcome.note).toContain('LibreTranslate');
    expect(outcome.tweet.startsWith(TWEET_START)).toBe(true);
    expect(contacted).toEqual([hostOf('libretranslate')]);
  });

  it.each([
    ['microsoft', 'مائیکروسافٹ'],
    ['google', 'گوگل'],
  ] as const)('speaks the %s protocol', async (id, marker) => {
    await configure(only(id));
    stubs[id].requests.length = 0;
    const { outcome, contacted } = await translateTweet();
    expect(outcome.out).toContain(marker);
    expect(contacted).toEqual([hostOf(id)]);
    expect(stubs[id].requests).toHaveLength(1);
    expect(outcome.note).toMatch(id === 'google' ? /Google.*unofficial/ : /Microsoft/);
  });

  it('answers a second time from the cache without any request', async () => {
    await configure(only('google'));
    await (await translateTweet()).page.close();
    const before = stubs.google.requests.length;
    const { outcome, contacted } = await translateTweet();
    expect(outcome.out).toContain('گوگل');
    expect(outcome.note).toContain(t('ur', 'tr.noteCached'));
    expect(stubs.google.requests.length).toBe(before);
    expect(contacted).toEqual([]);
  });

  // Retried once: in one full `npm test` run (Chromium, 2026-12-03) the button never appeared within
  // 10 s, while the file alone passed twice. The button shows once a tweet registers as needing
  // translation, after the background's language detection answers; the cause is not found yet.
  it('"Translate all" in the toolbar translates the tweet', { retry: 1 }, async () => {
    await configure(only('libretranslate'));
    const page = await ctx.browser.newPage(ctx.server.url(new URL(mission.url!).pathname));
    open.push(page);
    await page.setViewport({ width: 1400, height: 800 });
    await ctx.browser.openReader(page);
    await waitForOverlay(page);
    // Drawn like its neighbours: the same text size, its label shown on a wide bar and visually
    // hidden (still named) when the bar is narrow, as the theme button's is.
    const looks = () =>
      waitInShadow(page, {}, (root) => {
        const button = root.querySelector('[data-control="translate-all"]');
        const theme = root.querySelector('[data-control="theme-next"]');
        if (!button || !theme) return null;
        const label = (el: Element) => el.querySelector('.saaf-btn-label')!.getBoundingClientRect().width > 1;
        return {
          size: getComputedStyle(button).fontSize,
          themeSize: getComputedStyle(theme).fontSize,
          label: label(button),
          themeLabel: label(theme),
          name: button.querySelector('.saaf-btn-label')!.textContent ?? '',
        };
      });
    const wide = await looks();
    expect(wide.size).toBe(wide.themeSize);
    expect([wide.label, wide.themeLabel]).toEqual([true, true]);
    expect([t('en', 'tr.translateAll'), t('ur', 'tr.translateAll')]).toContain(wide.name);
    await screenshot(page, `translate-all-${kind}`);
    await page.setViewport({ width: 900, height: 800 });
    await waitInShadow(
      page,
      {},
      (root) => root.querySelector('[data-control="theme-next"] .saaf-btn-label')!.getBoundingClientRect().width <= 1,
    );
    const narrow = await looks();
    expect([narrow.size, narrow.label]).toEqual([narrow.themeSize, false]);
    await clickInShadow(page, '[data-control="translate-all"]');
    await waitInShadow(page, { timeout: 20_000 }, (root) => !!root.querySelector('.saaf-embed .saaf-tr-out'));
    expect(await inShadow(page, (root) => root.querySelector('.saaf-embed .saaf-tr-out')?.textContent)).toContain('لبرے');
  });

  const FAILURES: [StubProtocol, StubMode, TranslateErrorKind][] = [
    ['libretranslate', 'server-error', 'server'],
    ['libretranslate', 'malformed', 'malformed'],
    ['libretranslate', 'bad-key', 'auth'],
    ['libretranslate', 'timeout', 'timeout'],
    ['microsoft', 'bad-key', 'auth'],
    ['google', 'echo', 'malformed'],
    ['google', 'server-error', 'server'],
  ];
  it.each(FAILURES)('%s answering %s shows the %s message, keeps the tweet, and Retry recovers', async (id, mode, kindOfError) => {
    // A short limit for the timeout case only; the product default stays 10 s (unit-tested).
    await configure(only(id, { timeoutMs: 1500 }));
    stubs[id].mode = mode;
    try {
      const { page, outcome, contacted } = await translateTweet();
      expect(contacted).toEqual([hostOf(id)]);
      expect(outcome.out).toBeNull();
      expect(outcome.error).toBe(t('ur', `tr.error.${kindOfError}`));
      expect(outcome.tweet.startsWith(TWEET_START)).toBe(true);
      stubs[id].mode = 'ok';
      await clickInShadow(page, '.saaf-tr-retry');
      await waitInShadow(page, { timeout: 20_000 }, (root) => !!root.querySelector('.saaf-tr-out'));
    } finally {
      stubs[id].mode = 'ok';
    }
  });

  it('in the whole run, never contacted a real translation service or a host nobody configured', async () => {
    await configure(only('microsoft'));
    const { outcome } = await translateTweet(); // at least one translation, even when run alone
    expect(outcome.out).toContain('مائیکروسافٹ');
    // The page's server, the site's own address in the fixture (its lead image is an absolute
    // http://127.0.0.1:8080/ URL) and the stubs the tests configured.
    const allowed = new Set([pageHost(), new URL(mission.url!).host, ...(['libretranslate', 'microsoft', 'google'] as const).map(hostOf)]);
    expect(
      proxy.seen.some((r) => r.host === pageHost()),
      'the proxy saw the traffic',
    ).toBe(true);
    expect(proxy.seen.filter((r) => REAL_SERVICE_HOSTS.test(r.host))).toEqual([]);
    // The mission page itself asks for platform.twitter.com (its embed script) while loading: the
    // page's doing, blocked by the proxy. Anything else would be the extension's.
    const unexpected = proxy.seen.filter(
      (r) => !allowed.has(r.host) && notVendor(r.host) && !/^platform\.twitter\.com(:\d+)?$/.test(r.host),
    );
    expect(unexpected.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});
