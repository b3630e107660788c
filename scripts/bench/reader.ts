import type { CDPSession, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../lib/browser/session';
import type { TestServer } from '../lib/browser/server';
import { openSettled } from './extract';
import type { BenchPage } from './pages';
import { median, percentile } from './stats';

const HOST = '[data-saaf-reader]';

interface OpenWatch {
  sentAt: number;
  shownAt: number;
  shown: string;
  tasks: [number, number][];
}

/**
 * Installs the watch for one opening. In the page's main world: a long-task observer, and a
 * listener that records when the story (or its message) was first in a frame. The overlay's shadow
 * root is closed, so the per-frame check runs where a content script runs, in the extension's
 * isolated world (injected from the extension page with `scripting.executeScript`), and reaches the
 * root through `chrome.dom.openOrClosedShadowRoot`. It must run in the page before the reader opens:
 * on the second opening in a page the shell renders the story in the same task that adds the host,
 * so nothing reached from outside after the host appears could see the frame before the story. The
 * protocol-driven helpers of scripts/lib/browser/reader.ts are too late for that. `shownAt` is the
 * wall-clock time (timeOrigin + now) of the first frame that has it: that frame paints it.
 */
async function watchForReader(session: ExtensionBrowser, page: Page, tabId: number): Promise<void> {
  // Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const w = { sentAt: 0, shownAt: 0, shown: '', tasks: [] };
    globalThis.__saafOpen = w;
    // One observer and listener at a time: the heap bench opens the reader many times in one page.
    globalThis.__saafObserver?.disconnect();
    globalThis.__saafObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push([performance.timeOrigin + e.startTime, e.duration]);
    });
    // Firefox has no Long Tasks API: its openings report no longest task (see longTasksSeen).
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) globalThis.__saafObserver.observe({ type: 'longtask' });
    if (globalThis.__saafShown) document.removeEventListener('saaf-bench-shown', globalThis.__saafShown);
    globalThis.__saafShown = (e) => {
      if (w.shownAt) return;
      const d = JSON.parse(e.detail);
      w.shownAt = d.at;
      w.shown = d.shown;
    };
    document.addEventListener('saaf-bench-shown', globalThis.__saafShown);
  })()`);
  const messenger = await session.messenger();
  await messenger.evaluate(`chrome.scripting.executeScript({
    target: { tabId: ${tabId} },
    args: [${JSON.stringify(HOST)}],
    func: (host) => {
      const tick = () => {
        const el = document.querySelector(host);
        // Chromium: chrome.dom.openOrClosedShadowRoot(el); Firefox: the element's own property.
        const root = el && (globalThis.chrome?.dom?.openOrClosedShadowRoot ? chrome.dom.openOrClosedShadowRoot(el) : el.openOrClosedShadowRoot);
        // The story's text, not only its header: the body used to be filled a frame after the title.
        const shown = root?.querySelector('.saaf-article .saaf-body:not(:empty)') ? 'article' : root?.querySelector('.saaf-message') ? 'message' : '';
        if (!shown) return void requestAnimationFrame(tick);
        const at = performance.timeOrigin + performance.now();
        // A string: Firefox does not let the page read an object made in the content script's world.
        document.dispatchEvent(new CustomEvent('saaf-bench-shown', { detail: JSON.stringify({ at, shown }) }));
      };
      requestAnimationFrame(tick);
    },
  })`);
}

/** Sends `open-reader` for a tab from the extension page and returns the send time (timeOrigin + now). */
async function sendOpen(session: ExtensionBrowser, tabId: number): Promise<number> {
  const messenger = await session.messenger();
  return messenger.evaluate((id) => {
    const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const t = performance.timeOrigin + performance.now();
    void ext.runtime.sendMessage({ type: 'open-reader', tabId: id });
    return t;
  }, tabId);
}

async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** One open of the reader: ms from the message to the first frame with the story, and the longest task meanwhile. */
async function openOnce(session: ExtensionBrowser, page: Page, tabId: number): Promise<{ ms: number; longestTaskMs: number; shown: string }> {
  await page.bringToFront();
  await watchForReader(session, page, tabId);
  const sentAt = await sendOpen(session, tabId);
  const w = await waitFor(() => page.evaluate(() => {
    const s = (globalThis as unknown as { __saafOpen: OpenWatch }).__saafOpen;
    return s.shownAt ? s : undefined;
  }), 20_000);
  // Work the reader does right after the first paint (settings, fonts) still counts as its tasks.
  await new Promise((r) => setTimeout(r, 300));
  const tasks = await page.evaluate(() => (globalThis as unknown as { __saafOpen: OpenWatch }).__saafOpen.tasks);
  const longest = Math.max(0, ...tasks.filter(([start, d]) => start + d >= sentAt).map(([, d]) => d));
  return { ms: w.shownAt - sentAt, longestTaskMs: longest, shown: w.shown };
}

async function closeReader(session: ExtensionBrowser, page: Page, tabId: number): Promise<void> {
  await sendOpen(session, tabId);
  await waitFor(() => page.evaluate((host) => (document.querySelector(host) ? undefined : true), HOST), 10_000);
}

export interface ReaderOpenSummary {
  /** Per page: `ms` the first opening in a freshly loaded page, `againMs` a later one (both means over the runs). */
  pages: { name: string; ms: number; againMs: number; longestTaskMs: number; shown: string }[];
  /** The first opening in a page: what a reader meets on every article (each page is a new document). */
  p50Ms: number;
  p95Ms: number;
  /** A later opening in the same page (both steps already loaded: the shell is called again). */
  againP50Ms: number;
  againP95Ms: number;
  longestTaskMs: number;
  longestTaskPage: string;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Opens the reader the way the toolbar button does (the `open-reader` message to the background,
 * which injects the reader), `runs` times per page, each time in a freshly loaded tab: the first
 * opening (both steps injected: what a reader meets on every new article) and a second one
 * (the loaded shell called again), closing the reader after each.
 */
export async function benchReaderOpen(session: ExtensionBrowser, server: TestServer, pages: BenchPage[], runs: number, log: (s: string) => void): Promise<ReaderOpenSummary> {
  const out: ReaderOpenSummary['pages'] = [];
  for (const [i, p] of pages.entries()) {
    const first: { ms: number; longestTaskMs: number; shown: string }[] = [];
    const again: typeof first = [];
    try {
      for (let r = 0; r < runs; r++) {
        const url = server.servePage(p.dir, `/reader/${i}/${r}/`);
        const page = await openSettled(session, url);
        try {
          const tabId = await session.tabIdFor(url);
          first.push(await openOnce(session, page, tabId));
          await closeReader(session, page, tabId);
          again.push(await openOnce(session, page, tabId));
          await closeReader(session, page, tabId);
        } finally {
          await page.close().catch(() => undefined);
        }
      }
      const all = [...first, ...again];
      const res = {
        name: p.name,
        ms: mean(first.map((o) => o.ms)),
        againMs: mean(again.map((o) => o.ms)),
        longestTaskMs: Math.max(...all.map((o) => o.longestTaskMs)),
        shown: first[0]!.shown,
      };
      out.push(res);
      const each = (xs: typeof first) => xs.map((o) => o.ms.toFixed(0)).join(', ');
      log(
        `  reader ${String(i + 1).padStart(3)}/${pages.length} ${p.name}: first open ${res.ms.toFixed(0)} ms (${each(first)}), again ${res.againMs.toFixed(0)} ms (${each(again)}) to the ${res.shown}, longest task ${res.longestTaskMs.toFixed(0)} ms`,
      );
    } catch (err) {
      log(`  reader ${p.name}: skipped (${String(err).slice(0, 200)})`);
    }
  }
  const worst = out.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a), out[0] ?? { name: '', longestTaskMs: 0 });
  return {
    pages: out,
    p50Ms: median(out.map((o) => o.ms)),
    p95Ms: percentile(out.map((o) => o.ms), 95),
    againP50Ms: median(out.map((o) => o.againMs)),
    againP95Ms: percentile(out.map((o) => o.againMs), 95),
    longestTaskMs: worst.longestTaskMs,
    longestTaskPage: worst.name,
  };
}

/**
 * Self sizes in a heap snapshot: JavaScript values (objects, strings, arrays, closures and their
 * shapes: what a kept reader shows as) and compiled code. Blink's native nodes are left out: they
 * include DevTools' own per-request records, which grow with every injected script while the
 * bench is attached.
 */
async function snapshotSizes(cdp: CDPSession): Promise<{ js: number; code: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const codeType = types.indexOf('code');
  const notJs = new Set(['code', 'native', 'synthetic', 'hidden'].map((t) => types.indexOf(t)));
  let js = 0;
  let code = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const size = snap.nodes[i + sizeAt]!;
    const type = snap.nodes[i + typeAt]!;
    if (type === codeType) code += size;
    else if (!notJs.has(type)) js += size;
  }
  return { js, code };
}

/**
 * JS heap growth after opening and closing the reader `cycles` times on one page: used heap after
 * forced garbage collection, before and after those cycles, and the growth of the JavaScript
 * values in a heap snapshot, compiled code apart (a leak shows as objects, strings and closures).
 * Measured after `cycles` warm-up cycles: the first openings in a page grow V8's code space by
 * about 0.8 MB while it compiles the reader's hot functions to baseline and optimised machine code
 * (InstructionStream, deoptimisation data, feedback vectors; nothing new of the scripts themselves:
 * both steps stay resident and are evaluated once a page). That growth is bounded: with
 * `--js-flags=--max-opt=0` (no baseline or optimising compiler) the same 20 cycles add 120 KB of
 * code instead of 790 KB, and each later 20 cycles add 15-65 KB. `warmupCodeGrowthBytes` reports it.
 */
export async function benchHeap(
  session: ExtensionBrowser,
  server: TestServer,
  p: BenchPage,
  cycles: number,
): Promise<{
  page: string;
  heapGrowthBytes: number;
  baselineBytes: number;
  heapGrowthWithoutCodeBytes: number;
  codeGrowthBytes: number;
  warmupCodeGrowthBytes: number;
}> {
  const url = server.servePage(p.dir, '/heap/');
  const page = await openSettled(session, url);
  try {
    const tabId = await session.tabIdFor(url);
    const cdp = await page.createCDPSession();
    const used = async () => {
      for (let k = 0; k < 3; k++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = async () => {
      await openOnce(session, page, tabId);
      await closeReader(session, page, tabId);
    };
    await cycle();
    await used();
    const snapStart = await snapshotSizes(cdp);
    for (let k = 0; k < cycles; k++) await cycle();
    const before = await used();
    const snapBefore = await snapshotSizes(cdp);
    for (let k = 0; k < cycles; k++) await cycle();
    const after = await used();
    const snapAfter = await snapshotSizes(cdp);
    return {
      page: p.name,
      heapGrowthBytes: after - before,
      baselineBytes: before,
      heapGrowthWithoutCodeBytes: snapAfter.js - snapBefore.js,
      codeGrowthBytes: snapAfter.code - snapBefore.code,
      warmupCodeGrowthBytes: snapBefore.code - snapStart.code,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
