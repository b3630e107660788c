import type { ExtensionBrowser } from '../lib/browser/session';
import type { TestServer } from '../lib/browser/server';
import { bundleForPage } from './bundle';
import type { LibraryTiming } from './in-page-library';
import { median, percentile } from './stats';

export interface LibrarySummary {
  articles: number;
  openMs: number;
  firstSearchMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  searchAllP50Ms: number;
  searchAllP95Ms: number;
  indexMs: number;
  indexBuildMs: number;
  indexSaveMs: number;
  bytesPerArticle: number;
  diskBytesPerArticle: number;
}

/** The library code in Chromium over real IndexedDB with `articles` synthetic articles. */
export async function benchLibrary(session: ExtensionBrowser, server: TestServer, articles: number, queries: number): Promise<LibrarySummary> {
  const code = await bundleForPage('scripts/bench/in-page-library.ts');
  server.route('/library/', { contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>library bench</title>' });
  const page = await session.newPage(server.url('/library/'));
  try {
    await page.evaluate(code);
    const t = (await page.evaluate(
      (n, q) => (globalThis as unknown as { __saafLibraryBench: { run(n: number, q: number): Promise<LibraryTiming> } }).__saafLibraryBench.run(n, q),
      articles,
      queries,
    ));
    return {
      articles,
      openMs: median(t.listMs),
      firstSearchMs: median(t.firstSearchMs),
      searchP50Ms: percentile(t.searchMs, 50),
      searchP95Ms: percentile(t.searchMs, 95),
      searchAllP50Ms: percentile(t.searchAllMs, 50),
      searchAllP95Ms: percentile(t.searchAllMs, 95),
      indexMs: median(t.indexMs),
      indexBuildMs: t.indexBuildMs,
      indexSaveMs: t.indexSaveMs,
      bytesPerArticle: t.bytesPerArticle,
      diskBytesPerArticle: t.diskBytesPerArticle,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
