import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../lib/browser/session';
import type { TestServer } from '../lib/browser/server';
import { EXTRACT_STAGES, type ExtractStage } from '../../utils/pipeline';
import type { PageTiming } from './in-page-extract';
import { bundleForPage } from './bundle';
import type { BenchPage } from './pages';
import { median, percentile } from './stats';

/** Per page: the median ms of each extractor over the runs, and of each pipeline stage. */
export interface PageExtractResult {
  name: string;
  ok: boolean;
  saaf: number;
  readability: number;
  defuddle: number;
  stages: Record<ExtractStage, number>;
}

export interface ExtractSummary {
  pages: PageExtractResult[];
  medianMs: number;
  p95Ms: number;
  readabilityMedianMs: number;
  readabilityP95Ms: number;
  defuddleMedianMs: number;
  defuddleP95Ms: number;
  ratioToReadability: number;
  ratioToReadabilityP95: number;
  stages: Record<ExtractStage, number>;
}

type Extractor = 'saaf' | 'readability' | 'defuddle';
const ORDER: Extractor[] = ['saaf', 'readability', 'defuddle'];

/** Opens a page and waits until it is loaded and laid out (at most a few seconds for `load`). */
export async function openSettled(session: ExtensionBrowser, url: string): Promise<Page> {
  const page = await session.newPage(url, 'domcontentloaded');
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 5000, polling: 100 }).catch(() => undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page;
}

/**
 * Times Saaf's pipeline (called as the content script calls it, on the live document), Readability
 * (clone + parse, as Firefox's Reader View) and Defuddle in each page, `runs` times each in a
 * rotating order; medians per page, then medians and p95 over pages.
 */
export async function benchExtract(session: ExtensionBrowser, server: TestServer, pages: BenchPage[], runs: number, log: (s: string) => void): Promise<ExtractSummary> {
  const code = await bundleForPage('scripts/bench/in-page-extract.ts');
  const results: PageExtractResult[] = [];
  for (const [i, p] of pages.entries()) {
    const url = server.servePage(p.dir, `/extract/${i}/`);
    const page = await openSettled(session, url);
    try {
      await page.evaluate(code);
      const timings: PageTiming[] = [];
      for (let r = 0; r < runs; r++) {
        const order = ORDER.map((_, k) => ORDER[(k + r) % ORDER.length]!);
        timings.push(await page.evaluate((o) => (globalThis as unknown as { __saafBench: { runOnce(o: string[]): PageTiming } }).__saafBench.runOnce(o), order));
      }
      const stages = Object.fromEntries(EXTRACT_STAGES.map((s) => [s, median(timings.map((t) => t.stages[s] ?? 0))])) as Record<ExtractStage, number>;
      const res: PageExtractResult = {
        name: p.name,
        ok: timings.some((t) => t.ok),
        saaf: median(timings.map((t) => t.saaf)),
        readability: median(timings.map((t) => t.readability)),
        defuddle: median(timings.map((t) => t.defuddle)),
        stages,
      };
      results.push(res);
      log(`  extract ${String(i + 1).padStart(3)}/${pages.length} ${p.name}: saaf ${res.saaf.toFixed(1)} ms, readability ${res.readability.toFixed(1)} ms, defuddle ${res.defuddle.toFixed(1)} ms`);
    } catch (err) {
      log(`  extract ${p.name}: skipped (${String(err).slice(0, 200)})`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  // A page Readability answers in no measurable time would make an infinite ratio: floor at 0.1 ms.
  const ratios = results.map((r) => r.saaf / Math.max(r.readability, 0.1));
  return {
    pages: results,
    medianMs: median(results.map((r) => r.saaf)),
    p95Ms: percentile(results.map((r) => r.saaf), 95),
    readabilityMedianMs: median(results.map((r) => r.readability)),
    readabilityP95Ms: percentile(results.map((r) => r.readability), 95),
    defuddleMedianMs: median(results.map((r) => r.defuddle)),
    defuddleP95Ms: percentile(results.map((r) => r.defuddle), 95),
    ratioToReadability: median(ratios),
    ratioToReadabilityP95: percentile(ratios, 95),
    stages: Object.fromEntries(EXTRACT_STAGES.map((s) => [s, median(results.map((r) => r.stages[s]))])) as Record<ExtractStage, number>,
  };
}
