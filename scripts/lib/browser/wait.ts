import type { Page, PuppeteerLifeCycleEvent } from 'puppeteer-core';
import { routeKey } from './server';

/** Thrown inside a {@link poll}ed function to fail at once instead of retrying. */
export class StopPolling extends Error {}

/** Polls `fn` until it returns a value other than undefined (errors other than StopPolling count as "not yet"). */
export async function poll<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      if (err instanceof StopPolling) throw err;
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last instanceof Error ? last.message : JSON.stringify(last)}` : ''}`,
    { cause: last },
  );
}

/**
 * `page.goto(url)` that survives Firefox's BiDi navigate failing with "Address rejected" although
 * the page goes on to load (seen when a page's frames or scripts reach for the blocked third-party
 * hosts): it then waits for the page to get there. Use it instead of `goto` for pages under test.
 */
export async function navigate(page: Page, url: string, waitUntil: PuppeteerLifeCycleEvent = 'load'): Promise<void> {
  try {
    await page.goto(url, { waitUntil, timeout: 30_000 });
  } catch (err) {
    const want = routeKey(url);
    await poll(`${url} after: ${String(err)}`, () =>
      page
        .evaluate(() => (document.readyState === 'loading' ? '' : location.href))
        .then((at) => (at && routeKey(at) === want ? true : undefined)),
    );
  }
}
