import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, KeyInput, Page } from 'puppeteer-core';
import { REPO_ROOT } from './browsers';

/**
 * Selects the overlay's host element. Its shadow root is closed: page scripts (and so
 * `page.evaluate`) get `host.shadowRoot === null`. The helpers below reach in the way DevTools
 * does, through the browser's automation protocol (Chromium's DevTools protocol, Firefox's
 * WebDriver BiDi), which hands out closed shadow roots; the extension has no test hook.
 */
export const HOST = '[data-saaf-reader]';
/** Screenshots go here (gitignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests/e2e/artifacts');

/** No host, or a host without a shadow root (yet). */
class NoShadowRoot extends Error {}

type BidiReply = {
  result:
    | { type: 'success'; result: { type: string; value?: unknown } & Record<string, unknown> }
    | { type: 'exception'; exceptionDetails: { text: string } };
};

/**
 * One DevTools session per page, kept: a session detached after each call took the page's
 * emulated media (print) with it.
 */
const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpSession(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.createCDPSession()));
  return s;
}

/**
 * Runs `fn(shadowRoot, ...args)` in the page's main world on the shadow root of the first element
 * matching `host`, open or closed, and returns its JSON-serializable result.
 */
async function evaluateInRoot(page: Page, host: string, fn: (...a: never[]) => unknown, args: unknown[]): Promise<unknown> {
  const source = `async function (argsJson) { const fn = (${fn.toString()}); const r = await fn(this, ...JSON.parse(argsJson)); return r === undefined ? '' : JSON.stringify({ v: r }); }`;
  const decode = (raw: unknown) => (typeof raw === 'string' && raw !== '' ? (JSON.parse(raw) as { v: unknown }).v : undefined);
  // `protocol` is puppeteer-internal (stripped from the public types): 'cdp' or 'webDriverBiDi'.
  if ((page.browser() as unknown as { protocol: string }).protocol === 'cdp') {
    const cdp = await cdpSession(page);
    const objectGroup = 'saaf-harness';
    try {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(host)})`, objectGroup });
      if (!result.objectId) throw new NoShadowRoot(`no ${host} in the page`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, pierce: true, depth: 0 });
      const root = node.shadowRoots?.[0];
      if (!root) throw new NoShadowRoot(`${host} has no shadow root`);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup });
      const r = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: source,
        arguments: [{ value: JSON.stringify(args) }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return decode(r.result.value);
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    }
  }
  // WebDriver BiDi: serializing the host with includeShadowTree 'all' names its closed root.
  const conn = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<BidiReply> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await conn.send('script.callFunction', {
    functionDeclaration: '(s) => document.querySelector(s)',
    arguments: [{ type: 'string', value: host }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  if (found.result.type === 'exception') throw new Error(found.result.exceptionDetails.text);
  const value = found.result.result.value as { shadowRoot?: { sharedId?: string } | null } | undefined;
  if (found.result.result.type !== 'node') throw new NoShadowRoot(`no ${host} in the page`);
  const sharedId = value?.shadowRoot?.sharedId;
  if (!sharedId) throw new NoShadowRoot(`${host} has no shadow root`);
  const r = await conn.send('script.callFunction', {
    functionDeclaration: source,
    this: { sharedId },
    arguments: [{ type: 'string', value: JSON.stringify(args) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (r.result.type === 'exception') throw new Error(r.result.exceptionDetails.text);
  return decode(r.result.result.value);
}

/**
 * Firefox: clicks the element matching `selector` in the overlay's root with a mouse action whose
 * origin is the element itself, so the browser finds its centre when it clicks (a point computed
 * earlier missed it when the article's layout moved meanwhile, and once followed a link in it).
 */
async function bidiClick(page: Page, selector: string): Promise<void> {
  const conn = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<BidiReply> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const serial = { maxDomDepth: 0, includeShadowTree: 'all' };
  const found = await conn.send('script.callFunction', {
    functionDeclaration: '(s) => document.querySelector(s)',
    arguments: [{ type: 'string', value: HOST }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { ...serial, maxDomDepth: 1 },
  });
  if (found.result.type === 'exception') throw new Error(found.result.exceptionDetails.text);
  const root = (found.result.result.value as { shadowRoot?: { sharedId?: string } | null } | undefined)?.shadowRoot?.sharedId;
  if (!root) throw new Error(`${HOST} has no shadow root`);
  const el = await conn.send('script.callFunction', {
    functionDeclaration: 'function (s) { return this.querySelector(s); }',
    this: { sharedId: root },
    arguments: [{ type: 'string', value: selector }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: serial,
  });
  if (el.result.type === 'exception') throw new Error(el.result.exceptionDetails.text);
  const sharedId = (el.result.result as { sharedId?: string }).sharedId;
  if (!sharedId) throw new Error(`no ${selector} in the overlay`);
  await conn.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'saaf-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/**
 * Runs `fn(shadowRoot, ...args)` inside the page (main world) on the overlay's shadow root and
 * returns its result (JSON-serializable values only). `fn` is serialized: it cannot use variables
 * from the test's scope, pass them as `args`. Throws when no overlay is open.
 */
export async function inShadow<R, A extends unknown[]>(
  page: Page,
  fn: (root: ShadowRoot, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  return (await evaluateInRoot(page, HOST, fn, args)) as Awaited<R>;
}

/** Like {@link inShadow} on the shadow root of another host (e.g. the library's article view). */
export async function inShadowOf<R, A extends unknown[]>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  return (await evaluateInRoot(page, host, fn, args)) as Awaited<R>;
}

/**
 * Polls `fn(shadowRoot, ...args)` on the overlay's shadow root (every 100 ms) until it returns a
 * truthy value, and returns that value; waits for the overlay itself too.
 */
export async function waitInShadow<R, A extends unknown[]>(
  page: Page,
  opts: { timeout?: number },
  fn: (root: ShadowRoot, ...args: A) => R,
  ...args: A
): Promise<NonNullable<Awaited<R>>> {
  const timeout = opts.timeout ?? 15_000;
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const v = await inShadow(page, fn, ...args);
      if (v) return v;
    } catch (err) {
      if (!(err instanceof NoShadowRoot)) throw err;
    }
    if (Date.now() > end) throw new Error(`waitInShadow: nothing after ${timeout} ms: ${fn.toString().slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks the first element matching `selector` in the overlay as a user does (a real mouse click
 * at its centre, so the event is trusted: the reader ignores a script's `element.click()`).
 * Waits for the element first.
 */
export async function clickInShadow(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  const locate = (root: ShadowRoot, sel: string) => {
    const el = root.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return null;
    const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    // Only once the element itself is under that point (not still scrolling, not covered):
    // a click that lands elsewhere can follow a link in the article.
    const hit = root.elementFromPoint(point.x, point.y);
    return hit && (hit === el || el.contains(hit)) ? point : null;
  };
  // The same point twice, 150 ms apart: the toolbar's buttons move sideways when a web font
  // swaps in or a label changes, and a point taken just before that lands on a neighbour
  // (once, Save's click pressed another button and the save never started).
  let point = await waitInShadow(page, { timeout }, locate, selector);
  for (;;) {
    await new Promise((r) => setTimeout(r, 150));
    const again = await waitInShadow(page, { timeout: Math.max(1_000, end - Date.now()) }, locate, selector);
    if (Math.abs(again.x - point.x) < 1 && Math.abs(again.y - point.y) < 1) break;
    if (Date.now() > end) throw new Error(`clickInShadow: ${selector} kept moving for ${timeout} ms`);
    point = again;
  }
  await page.bringToFront();
  if ((page.browser() as unknown as { protocol: string }).protocol === 'cdp') await page.mouse.click(point.x, point.y);
  else await bidiClick(page, selector);
}

/**
 * Test-only shim for tools that walk open shadow roots (axe-core): makes the overlay host's
 * `shadowRoot` return its closed root in the page's main world, through the root the automation
 * protocol handed out. Never call it in a test of what page scripts can reach.
 */
export async function revealShadowRoot(page: Page): Promise<void> {
  await inShadow(page, (root) => {
    Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
  });
}

/**
 * Waits until the overlay shows an article (its body filled in) or a message; returns which one.
 * The reader renders the article's header first and puts the body in after the next frame (a
 * Preact effect): a test that read the body as soon as `.saaf-article` appeared found it empty
 * now and then, more often on a loaded machine.
 */
export async function waitForOverlay(page: Page, timeout = 15_000): Promise<'article' | 'message'> {
  return waitInShadow(page, { timeout }, (root) =>
    root.querySelector('.saaf-article .saaf-body')?.hasChildNodes() ? 'article' : root.querySelector('.saaf-message') ? 'message' : false,
  ) as Promise<'article' | 'message'>;
}

/** Waits until no overlay host is left in the page. */
export async function waitForOverlayGone(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((host) => !document.querySelector(host), { timeout, polling: 100 }, HOST);
}

/** Whether the overlay host is in the page now. */
export function overlayOpen(page: Page): Promise<boolean> {
  return page.evaluate((host) => !!document.querySelector(host), HOST);
}

/** Presses a key in the page (the page's tab is brought to the front first so it has focus). */
export async function pressKey(page: Page, key: KeyInput): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press(key);
}

/**
 * Saves a PNG of the viewport to `tests/e2e/artifacts/<name>.png` and returns its path. The tab is
 * brought to the front first: headless Chromium never paints a background tab, so its screenshot hangs.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.bringToFront();
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * A fingerprint of the page's DOM: SHA-256 of `document.documentElement.outerHTML` plus, when two
 * differ, where. `toEqual` on two snapshots fails with `firstDifference` showing the changed markup.
 */
export interface DomSnapshot {
  hash: string;
  html: string;
}

/** Takes a {@link DomSnapshot} of the page (nothing excluded). */
export async function domSnapshot(page: Page): Promise<DomSnapshot> {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  return { hash: createHash('sha256').update(html).digest('hex'), html };
}

/** The markup around the first character where two snapshots differ ('' when equal). */
export function firstDifference(a: DomSnapshot, b: DomSnapshot, context = 120): string {
  if (a.hash === b.hash) return '';
  let i = 0;
  while (i < a.html.length && a.html[i] === b.html[i]) i++;
  const cut = (s: string) => JSON.stringify(s.slice(Math.max(0, i - context), i + context));
  return `at ${i}:\n before: ${cut(a.html)}\n after:  ${cut(b.html)}`;
}

/** What {@link watchDialogs} reports: calls to the hooked functions and real dialogs opened. */
export interface DialogWatch {
  /** Calls and dialogs since the last reset, as `name: first argument`. */
  fired(): Promise<string[]>;
  reset(): Promise<void>;
}

/**
 * Hooks `alert`, `prompt`, `confirm`, `print` and `open` in the page's main world (every frame,
 * from before page scripts run) and dismisses any real dialog that still opens. Call it before
 * navigating the page.
 */
export async function watchDialogs(page: Page): Promise<DialogWatch> {
  const native: string[] = [];
  page.on('dialog', (d) => {
    native.push(`dialog(${d.type()}): ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  await page.evaluateOnNewDocument(() => {
    const log: string[] = [];
    Object.defineProperty(window, '__saafDialogs', { value: log });
    for (const name of ['alert', 'prompt', 'confirm', 'print', 'open'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
        log.push(`${name}: ${String(a[0])}`);
        return null;
      };
    }
  });
  // Reads (and, with `clear`, empties) the hook logs of the page and its same-origin frames.
  const hooked = (clear: boolean) =>
    page.evaluate((clearLogs) => {
      const all: Window[] = [window];
      for (let i = 0; i < window.frames.length; i++) all.push(window.frames[i]!);
      return all.flatMap((w) => {
        try {
          const log = (w as unknown as { __saafDialogs?: string[] }).__saafDialogs ?? [];
          const copy = [...log];
          if (clearLogs) log.length = 0;
          return copy;
        } catch {
          return []; // a cross-origin frame
        }
      });
    }, clear);
  return {
    fired: async () => [...(await hooked(false)), ...native],
    reset: async () => {
      await hooked(true);
      native.length = 0;
    },
  };
}
