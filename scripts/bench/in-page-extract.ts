/**
 * Bundled into an IIFE by the bench and evaluated in each corpus page (scripts/bench/extract.ts):
 * the three extractors as a browser runs them, on the live, laid-out document.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractArticle, type ExtractStage } from '../../utils/pipeline';

export interface PageTiming {
  saaf: number;
  readability: number;
  defuddle: number;
  ok: boolean;
  stages: Partial<Record<ExtractStage, number>>;
}

/** One run of each, in the given order (rotated by the caller so no extractor always goes first). */
function runOnce(order: ('saaf' | 'readability' | 'defuddle')[]): PageTiming {
  const out: PageTiming = { saaf: 0, readability: 0, defuddle: 0, ok: false, stages: {} };
  for (const which of order) {
    const t = performance.now();
    if (which === 'saaf') {
      const stages: Partial<Record<ExtractStage, number>> = {};
      // Called exactly as the content script calls it.
      const r = extractArticle(document, {
        url: location.href,
        win: window,
        getComputedDirection: (el) => getComputedStyle(el).direction,
        onStage: (s, ms) => (stages[s] = ms),
      });
      out.saaf = performance.now() - t;
      out.ok = r.ok;
      out.stages = stages;
    } else if (which === 'readability') {
      // As Firefox's Reader View uses it: clone the document, then parse.
      new Readability(document.cloneNode(true) as Document).parse();
      out.readability = performance.now() - t;
    } else {
      new Defuddle(document, { url: location.href }).parse();
      out.defuddle = performance.now() - t;
    }
  }
  return out;
}

(globalThis as { __saafBench?: unknown }).__saafBench = { runOnce };
