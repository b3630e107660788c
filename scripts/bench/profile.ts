import type { ExtensionBrowser } from '../lib/browser/session';
import type { TestServer } from '../lib/browser/server';
import { bundleForPage } from './bundle';
import { openSettled } from './extract';
import type { BenchPage } from './pages';

/** A node of a V8 CPU profile (the DevTools protocol's `Profiler.ProfileNode`, the fields read here). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; scriptId: string };
  children?: number[];
  /** Samples by source line (1-based) of the function, when V8 recorded them. */
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Where the time went: ms per function, its own (self) and with what it calls (total). */
export interface ProfileRow {
  fn: string;
  selfMs: number;
  totalMs: number;
  /** Its hottest lines of the bundle (self samples), most first: the code and its share of the function's self time. */
  lines: { code: string; share: number }[];
}

/**
 * `npm run bench -- --profile`: Saaf's pipeline run `runs` times on each page under the V8
 * sampling profiler (the DevTools protocol's `Profiler`, 100 µs interval), the bundle unminified
 * so that functions keep their names; each function is named with its module (esbuild's
 * `// path` comments). Pages are summed: a fixed cost shows as much as a large page's.
 */
export async function profileExtract(
  session: ExtensionBrowser,
  server: TestServer,
  pages: BenchPage[],
  runs: number,
  log: (s: string) => void,
  warmup = 0,
): Promise<ProfileRow[]> {
  const code = await bundleForPage('scripts/bench/in-page-extract.ts', { minify: false });
  const modules = moduleLines(code);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const ticks = new Map<string, Map<number, number>>();
  for (const [i, p] of pages.entries()) {
    const url = server.servePage(p.dir, `/profile/${i}/`);
    const page = await openSettled(session, url);
    try {
      await page.evaluate(code);
      // Unprofiled runs first: the profile then shows the warm runs the extraction median is
      // made of (a page's first run also compiles the code and the regexes).
      for (let r = 0; r < warmup; r++)
        await page.evaluate(() => (globalThis as unknown as { __saafBench: { runOnce(o: string[]): unknown } }).__saafBench.runOnce(['saaf']));
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let r = 0; r < runs; r++)
        await page.evaluate(() => (globalThis as unknown as { __saafBench: { runOnce(o: string[]): unknown } }).__saafBench.runOnce(['saaf']));
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      add(profile, modules, self, total, ticks);
      await cdp.detach();
    } catch (err) {
      log(`  profile ${p.name}: skipped (${String(err).slice(0, 200)})`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  const source = code.split('\n');
  const hottest = (fn: string) => {
    const byLine = [...(ticks.get(fn) ?? new Map<number, number>())].sort((a, b) => b[1] - a[1]);
    const all = byLine.reduce((s, [, n]) => s + n, 0);
    return byLine.slice(0, 3).map(([line, n]) => ({ code: (source[line - 1] ?? '').trim().slice(0, 110), share: n / all }));
  };
  return [...total.keys()]
    .map((fn) => ({ fn, selfMs: (self.get(fn) ?? 0) / runs, totalMs: (total.get(fn) ?? 0) / runs, lines: hottest(fn) }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/** The bundle's module of each line: esbuild opens each module with a `// path/to/module.ts` line. */
function moduleLines(code: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of code.split('\n')) {
    const m = /^ {2}\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(line);
    if (m) current = m[1]!.replace(/^.*node_modules\//, '');
    out.push(current);
  }
  return out;
}

/** Adds a profile's samples: self time to the sampled function, total time once to each function on its stack. */
function add(
  profile: CpuProfile,
  modules: string[],
  self: Map<string, number>,
  total: Map<string, number>,
  ticks: Map<string, Map<number, number>>,
): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    // The bundle is evaluated without a URL of its own (puppeteer names it `pptr:...`).
    const where = /^https?:/.test(f.url) ? f.url.replace(/^.*\//, '') : f.scriptId !== '0' ? modules[f.lineNumber] || 'bench' : '';
    return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  for (const n of profile.nodes) {
    if (!n.positionTicks?.length || /^https?:/.test(n.callFrame.url)) continue;
    const lines = ticks.get(name(n)) ?? new Map<number, number>();
    for (const t of n.positionTicks) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    ticks.set(name(n), lines);
  }
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's delta is the time before it; the next one's is the time it stood for.
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = byId.get(samples[i]!);
    if (!leaf || leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') continue;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) onStack.add(name(byId.get(id)!));
    for (const fn of onStack) total.set(fn, (total.get(fn) ?? 0) + ms);
  }
}
