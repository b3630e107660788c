import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { REPO_ROOT } from './browsers';

/** The overlay's host element (open shadow root). */
export const HOST = 'saaf-reader';
/** Screenshots go here (gitignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests/e2e/artifacts');

/** Waits until the overlay shows an article or a message; returns which one. */
export async function waitForOverlay(page: Page, timeout = 15_000): Promise<'article' | 'message'> {
  const handle = await page.waitForFunction(
    (host) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (root?.querySelector('.saaf-article')) return 'article';
      if (root?.querySelector('.saaf-message')) return 'message';
      return false;
    },
    { timeout, polling: 100 },
    HOST,
  );
  return (await handle.jsonValue()) as 'article' | 'message';
}

/** Waits until no overlay host is left in the page. */
export async function waitForOverlayGone(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((host) => !document.querySelector(host), { timeout, polling: 100 }, HOST);
}

/** Whether the overlay host is in the page now. */
export function overlayOpen(page: Page): Promise<boolean> {
  return page.evaluate((host) => !!document.querySelector(host), HOST);
}

/**
 * Runs `fn(shadowRoot, ...args)` inside the page (main world) and returns its result. `fn` is
 * serialized: it cannot use variables from the test's scope, pass them as `args`.
 */
export async function inShadow<R, A extends unknown[]>(
  page: Page,
  fn: (root: ShadowRoot, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  const root = await page.evaluateHandle((host) => {
    const r = document.querySelector(host)?.shadowRoot;
    if (!r) throw new Error(`no <${host}> with an open shadow root in the page`);
    return r;
  }, HOST);
  try {
    return await root.evaluate(fn as never, ...(args as unknown as never[]));
  } finally {
    await root.dispose();
  }
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
