/**
 * `npm run bench`: speed where readers feel it, measured in real Chromium (puppeteer-core and the
 * Debian binary, as the e2e tests drive it) with the e2e build of the extension.
 *
 *   extract     Saaf's pipeline on each live page (as the content script calls it) beside
 *               Readability (clone + parse, as Firefox's Reader View) and Defuddle; per-stage times
 *   readerOpen  the `open-reader` message to the first frame showing the story, the first opening in a
 *               freshly loaded page (p50Ms, p95Ms: what a reader meets on every article) and a later
 *               one in the same page (againP50Ms, againP95Ms); the longest main-thread task
 *   injected    gzip bytes injected on activation: step 1 (extraction + the overlay's shell, every
 *               first open in a page) and step 2 (the reader UI, once a page), both read from the build
 *   heap        JS heap growth after opening and closing the reader 20 times on one page (after 20
 *               warm-up cycles in which V8 compiles the reader's hot functions to machine code)
 *   library     5,000 synthetic articles: list, complete search index, search p50/p95, bytes per article
 *   firefox     the extract and readerOpen figures (and library, when measured) again in Firefox ESR (beside Chromium's;
 *               the targets are Chromium's), with Firefox's timer precision reduction turned off
 *
 * Pages: every `source.html` under $SAAF_CORPUS (or ../shared/corpus), else tests/fixtures/pages.
 * Writes bench/results.json and bench/results-<version>.json; prints a table.
 * Options: --runs N (extraction runs per page, default 5), --reader-runs N (default 2),
 * --articles N (default 5000), --only <substring>, --no-build (use the existing e2e build),
 * --parts library,heap (measure only these of extract, reader, heap, library, firefox; prints, writes nothing),
 * --profile (instead: Saaf's pipeline under the V8 CPU profiler, --runs times a page; prints the
 * functions that took the most time, self and total, summed over pages, --top N of them; writes
 * nothing; --warmup N runs each page N times unprofiled first, to see only warm runs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ExtensionBrowser } from './lib/browser/session';
import { e2eExtensionDir } from './lib/browser/browsers';
import { startServer } from './lib/browser/server';
import { REPO_ROOT } from './lib/corpus';
import { EXTRACT_STAGES } from '../utils/pipeline';
import { benchExtract, type ExtractSummary } from './bench/extract';
import { benchLibrary, type LibrarySummary } from './bench/library';
import { benchPages } from './bench/pages';
import { profileExtract } from './bench/profile';
import { benchHeap, benchReaderOpen } from './bench/reader';
import { r1 } from './bench/stats';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 5);
const readerRuns = Number(opt('--reader-runs') ?? 2);
const articles = Number(opt('--articles') ?? 5000);
const only = opt('--only');
const PARTS = ['extract', 'reader', 'heap', 'library', 'firefox'] as const;
const parts = new Set(opt('--parts')?.split(',') ?? PARTS);
const partial = PARTS.some((p) => !parts.has(p));
const log = (s: string) => console.error(s);

/**
 * What the background injects when the reader is opened (entrypoints/background/open-reader.ts,
 * READER_SCRIPT and READER_UI_SCRIPT): step 1 on every activation of a page without it, step 2
 * right after it on a page's first activation. `injectedScriptGzipBytes` is step 1 (the budget);
 * the first activation in a page costs both.
 */
const INJECTED_STEP1 = 'reader-shell.js';
const INJECTED_UI = 'reader-ui.js';

async function main(): Promise<void> {
  const started = Date.now();
  if (!args.includes('--no-build')) {
    log('building the e2e extension for Chromium...');
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome', '--mode', 'e2e'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (parts.has('firefox')) {
      log('building the e2e extension for Firefox...');
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  const extDir = e2eExtensionDir('chromium');
  const opener = readFileSync(join(REPO_ROOT, 'entrypoints/background/open-reader.ts'), 'utf8');
  for (const f of [INJECTED_STEP1, INJECTED_UI])
    if (!opener.includes(`'/${f}'`)) throw new Error(`open-reader.ts no longer injects ${f}: update the bench's injected files`);
  const gz = (f: string) => gzipSync(readFileSync(join(extDir, f))).length;
  const injectedScriptGzipBytes = gz(INJECTED_STEP1);
  const injectedScriptBytes = statSync(join(extDir, INJECTED_STEP1)).size;
  const injectedUiGzipBytes = gz(INJECTED_UI);

  const { source, pages: all } = benchPages();
  const pages = only ? all.filter((p) => p.name.includes(only)) : all;
  log(`${pages.length} pages from ${source}`);

  const server = await startServer();
  const session = await ExtensionBrowser.launch('chromium');
  const version = (await session.browser.version()).trim();
  try {
    if (args.includes('--profile')) {
      const rows = await profileExtract(session, server, pages, runs, log, Number(opt('--warmup') ?? 0));
      const totalMs = rows.reduce((s, r) => s + r.selfMs, 0);
      console.log(`CPU profile of ${pages.length} pages, ms per run summed over pages (all samples ${r1(totalMs)} ms)`);
      console.log('self ms  total ms  function');
      for (const r of rows.slice(0, Number(opt('--top') ?? 60))) {
        console.log(`${r1(r.selfMs).toFixed(1).padStart(7)}  ${r1(r.totalMs).toFixed(1).padStart(8)}  ${r.fn}`);
        for (const l of r.lines) console.log(`${''.padStart(19)}${Math.round(l.share * 100)}%  ${l.code}`);
      }
      return;
    }
    log('extraction...');
    const extract = parts.has('extract') ? await benchExtract(session, server, pages, runs, log) : skippedExtract();
    log('reader open...');
    const readerOpen = parts.has('reader')
      ? await benchReaderOpen(session, server, pages, readerRuns, log)
      : { pages: [], p50Ms: NaN, p95Ms: NaN, againP50Ms: NaN, againP95Ms: NaN, longestTaskMs: NaN, longestTaskPage: '' };
    // The heap page: the median-sized page (a typical article, not the smallest or the largest).
    const bySize = [...pages].sort((a, b) => statSync(join(a.dir, 'source.html')).size - statSync(join(b.dir, 'source.html')).size);
    log('heap...');
    const heap = parts.has('heap')
      ? await benchHeap(session, server, bySize[Math.floor(bySize.length / 2)]!, 20)
      : {
          page: '',
          heapGrowthBytes: NaN,
          baselineBytes: NaN,
          heapGrowthWithoutCodeBytes: NaN,
          codeGrowthBytes: NaN,
          warmupCodeGrowthBytes: NaN,
        };
    log('library...');
    const library = parts.has('library')
      ? await benchLibrary(session, server, articles, 300)
      : {
          articles,
          openMs: NaN,
          firstSearchMs: NaN,
          searchP50Ms: NaN,
          searchP95Ms: NaN,
          searchAllP50Ms: NaN,
          searchAllP95Ms: NaN,
          indexMs: NaN,
          indexBuildMs: NaN,
          indexSaveMs: NaN,
          bytesPerArticle: NaN,
          diskBytesPerArticle: NaN,
        };

    const firefox = parts.has('firefox') ? await benchFirefox(server, pages) : undefined;

    const version0 = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const results = {
      version: version0,
      date: new Date().toISOString(),
      machine: {
        browser: version,
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadAverage: loadavg().map((l) => r1(l)),
        node: process.version,
      },
      command: `npm run bench -- ${args.join(' ')}`.trim(),
      pages: { source, count: pages.length, extractRuns: runs, readerRuns },
      extract: extractFigures(extract),
      readerOpen: {
        p50Ms: r1(readerOpen.p50Ms),
        p95Ms: r1(readerOpen.p95Ms),
        againP50Ms: r1(readerOpen.againP50Ms),
        againP95Ms: r1(readerOpen.againP95Ms),
        longestTaskMs: r1(readerOpen.longestTaskMs),
        longestTaskPage: readerOpen.longestTaskPage,
      },
      injectedScriptGzipBytes,
      injectedScriptBytes,
      injectedUiGzipBytes,
      injectedFirstOpenGzipBytes: injectedScriptGzipBytes + injectedUiGzipBytes,
      heapGrowthBytes: heap.heapGrowthBytes,
      heapGrowthWithoutCodeBytes: heap.heapGrowthWithoutCodeBytes,
      heap: {
        page: heap.page,
        cycles: 20,
        warmupCycles: 20,
        baselineBytes: heap.baselineBytes,
        codeGrowthBytes: heap.codeGrowthBytes,
        warmupCodeGrowthBytes: heap.warmupCodeGrowthBytes,
      },
      library: libraryFigures(library),
      perPage: extract.pages.map((p) => ({
        name: p.name,
        saafMs: r1(p.saaf),
        readabilityMs: r1(p.readability),
        defuddleMs: r1(p.defuddle),
        readerOpenMs: r1(readerOpen.pages.find((o) => o.name === p.name)?.ms ?? NaN),
        readerOpenAgainMs: r1(readerOpen.pages.find((o) => o.name === p.name)?.againMs ?? NaN),
        longestTaskMs: r1(readerOpen.pages.find((o) => o.name === p.name)?.longestTaskMs ?? NaN),
        stages: Object.fromEntries(EXTRACT_STAGES.map((s) => [s, r1(p.stages[s])])),
      })),
      firefox: firefox && {
        browser: firefox.browser,
        extract: extractFigures(firefox.extract),
        readerOpen: {
          p50Ms: r1(firefox.readerOpen.p50Ms),
          p95Ms: r1(firefox.readerOpen.p95Ms),
          againP50Ms: r1(firefox.readerOpen.againP50Ms),
          againP95Ms: r1(firefox.readerOpen.againP95Ms),
        },
        perPage: firefox.extract.pages.map((p) => ({
          name: p.name,
          saafMs: r1(p.saaf),
          readabilityMs: r1(p.readability),
          defuddleMs: r1(p.defuddle),
          readerOpenMs: r1(firefox.readerOpen.pages.find((o) => o.name === p.name)?.ms ?? NaN),
          readerOpenAgainMs: r1(firefox.readerOpen.pages.find((o) => o.name === p.name)?.againMs ?? NaN),
        })),
        ...(firefox.library && { library: libraryFigures(firefox.library) }),
      },
      durationS: Math.round((Date.now() - started) / 1000),
    };
    if (!only && !partial) {
      mkdirSync(join(REPO_ROOT, 'bench'), { recursive: true });
      const json = JSON.stringify(results, null, 2) + '\n';
      writeFileSync(join(REPO_ROOT, 'bench/results.json'), json);
      writeFileSync(join(REPO_ROOT, `bench/results-${version0}.json`), json);
    }
    console.log(table(results));
  } finally {
    await session.close();
    await server.close();
  }
}

/** The figures results.json keeps of an extraction run (rounded). */
function extractFigures(extract: ExtractSummary) {
  return {
    medianMs: r1(extract.medianMs),
    p95Ms: r1(extract.p95Ms),
    readabilityMedianMs: r1(extract.readabilityMedianMs),
    readabilityP95Ms: r1(extract.readabilityP95Ms),
    defuddleMedianMs: r1(extract.defuddleMedianMs),
    defuddleP95Ms: r1(extract.defuddleP95Ms),
    ratioToReadability: Math.round(extract.ratioToReadability * 100) / 100,
    ratioToReadabilityP95: Math.round(extract.ratioToReadabilityP95 * 100) / 100,
    stages: Object.fromEntries(EXTRACT_STAGES.map((s) => [s, r1(extract.stages[s])])),
  };
}

/**
 * Extraction and reader opening again in Firefox ESR, with the e2e build for Firefox. Firefox
 * rounds `performance.now()` for privacy unless told not to; the bench's own profile turns that
 * off so small pages are not measured in whole steps. Firefox has no Long Tasks API, so no longest
 * task is reported for it.
 */
async function benchFirefox(server: Awaited<ReturnType<typeof startServer>>, pages: ReturnType<typeof benchPages>['pages']) {
  log('Firefox: extraction and reader open...');
  const ff = await ExtensionBrowser.launch('firefox', { prefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    const browser = (await ff.browser.version()).trim();
    const extract = await benchExtract(ff, server, pages, runs, (s) => log(`  firefox${s}`));
    const readerOpen = await benchReaderOpen(ff, server, pages, readerRuns, (s) => log(`  firefox${s}`));
    const library = parts.has('library') ? await benchLibrary(ff, server, articles, 300) : undefined;
    return { browser, extract, readerOpen, library };
  } finally {
    await ff.close();
  }
}

/** The library figures as results.json keeps them (Chromium's, and Firefox's beside them). */
function libraryFigures(library: LibrarySummary): Record<string, number> {
  return {
    articles: library.articles,
    openMs: r1(library.openMs),
    firstSearchMs: r1(library.firstSearchMs),
    searchP50Ms: r1(library.searchP50Ms),
    searchP95Ms: r1(library.searchP95Ms),
    searchAllP50Ms: r1(library.searchAllP50Ms),
    searchAllP95Ms: r1(library.searchAllP95Ms),
    indexMs: r1(library.indexMs),
    indexBuildMs: r1(library.indexBuildMs),
    indexSaveMs: r1(library.indexSaveMs),
    bytesPerArticle: Math.round(library.bytesPerArticle),
    diskBytesPerArticle: Math.round(library.diskBytesPerArticle),
  };
}

/** The extraction figures when `--parts` leaves extraction out. */
function skippedExtract(): ExtractSummary {
  const stages = Object.fromEntries(EXTRACT_STAGES.map((s) => [s, NaN])) as ExtractSummary['stages'];
  return {
    pages: [],
    medianMs: NaN,
    p95Ms: NaN,
    readabilityMedianMs: NaN,
    readabilityP95Ms: NaN,
    defuddleMedianMs: NaN,
    defuddleP95Ms: NaN,
    ratioToReadability: NaN,
    ratioToReadabilityP95: NaN,
    stages,
  };
}

type Results = {
  machine: { browser: string; cores: number; cpu: string; loadAverage: number[] };
  pages: { count: number; extractRuns: number; readerRuns: number };
  extract: Record<string, number | Record<string, number>>;
  readerOpen: { p50Ms: number; p95Ms: number; againP50Ms: number; againP95Ms: number; longestTaskMs: number; longestTaskPage: string };
  injectedScriptGzipBytes: number;
  injectedUiGzipBytes: number;
  heapGrowthBytes: number;
  heapGrowthWithoutCodeBytes: number;
  heap: { codeGrowthBytes: number; warmupCodeGrowthBytes?: number };
  library: Record<string, number>;
  firefox?: {
    browser: string;
    extract: ReturnType<typeof extractFigures>;
    readerOpen: { p50Ms: number; p95Ms: number; againP50Ms: number; againP95Ms: number };
    library?: Record<string, number>;
  };
  durationS: number;
};

/** The Markdown table the README carries. */
function table(r: Results): string {
  const e = r.extract as Record<string, number> & { stages: Record<string, number> };
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const rows: [string, string, string][] = [
    ['Extraction, Saaf pipeline (median / p95 over pages)', `${e.medianMs} / ${e.p95Ms} ms`, ''],
    ['Extraction, Readability clone + parse', `${e.readabilityMedianMs} / ${e.readabilityP95Ms} ms`, ''],
    ['Extraction, Defuddle', `${e.defuddleMedianMs} / ${e.defuddleP95Ms} ms`, ''],
    ['Per-page ratio Saaf / Readability (median / p95)', `${e.ratioToReadability}x / ${e.ratioToReadabilityP95}x`, '<= 1.0x / <= 2.0x'],
    [
      'Pipeline stages (median ms)',
      Object.entries(e.stages)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      '',
    ],
    [
      'Reader open in a freshly loaded page, message to story painted (p50 / p95)',
      `${r.readerOpen.p50Ms} / ${r.readerOpen.p95Ms} ms`,
      '<= 150 / <= 300 ms',
    ],
    ['Reader opened again in the same page (p50 / p95)', `${r.readerOpen.againP50Ms} / ${r.readerOpen.againP95Ms} ms`, ''],
    ['Longest main-thread task while opening', `${r.readerOpen.longestTaskMs} ms (${r.readerOpen.longestTaskPage})`, '<= 200 ms'],
    ['Injected on activation, step 1: extraction + shell (gzip)', kb(r.injectedScriptGzipBytes), '<= 60 KB'],
    [
      "Injected on a page's first activation: step 1 + step 2, the reader UI (gzip)",
      `${kb(r.injectedScriptGzipBytes + r.injectedUiGzipBytes)} (UI ${kb(r.injectedUiGzipBytes)})`,
      '',
    ],
    ['Heap growth, reader opened and closed 20 times (after 20 warm-up cycles)', kb(r.heapGrowthBytes), 'noise'],
    [
      'Heap growth in snapshots: JavaScript values (compiled code apart)',
      `${kb(r.heapGrowthWithoutCodeBytes)} (code ${kb(r.heap.codeGrowthBytes)})`,
      'noise',
    ],
    ['Compiled code added by the 20 warm-up cycles (V8 tier-up, bounded)', kb(r.heap.warmupCodeGrowthBytes ?? NaN), 'reported'],
    [`Library (${r.library.articles} articles): list entries`, `${r.library.openMs} ms`, '<= 300 ms'],
    ['Library: first search answer after a restart (saved index loaded)', `${r.library.firstSearchMs} ms`, ''],
    ['Library: search, first screen of results (12) p50 / p95', `${r.library.searchP50Ms} / ${r.library.searchP95Ms} ms`, 'p95 <= 30 ms'],
    ['Library: search, all results (up to 50, two answers) p50 / p95', `${r.library.searchAllP50Ms} / ${r.library.searchAllP95Ms} ms`, ''],
    ['Library: complete search index after a restart (saved index loaded)', `${r.library.indexMs} ms`, '<= 3000 ms'],
    ['Library: search index built from nothing (once) / saved', `${r.library.indexBuildMs} / ${r.library.indexSaveMs} ms`, 'built once'],
    [
      'Library: storage per article (as the library counts it / on disk)',
      `${kb(r.library.bytesPerArticle ?? 0)} / ${kb(r.library.diskBytesPerArticle ?? 0)}`,
      'reported',
    ],
  ];
  if (r.firefox) {
    const f = r.firefox.extract;
    rows.push(
      [
        `Firefox (${r.firefox.browser}): Saaf / Readability / Defuddle, median ms`,
        `${f.medianMs} / ${f.readabilityMedianMs} / ${f.defuddleMedianMs}`,
        'reported',
      ],
      ['Firefox: Saaf / Readability / Defuddle, p95 ms', `${f.p95Ms} / ${f.readabilityP95Ms} / ${f.defuddleP95Ms}`, 'reported'],
      ['Firefox: per-page ratio Saaf / Readability (median / p95)', `${f.ratioToReadability}x / ${f.ratioToReadabilityP95}x`, 'reported'],
      [
        'Firefox: reader open in a freshly loaded page / opened again (p50 / p95)',
        `${r.firefox.readerOpen.p50Ms} / ${r.firefox.readerOpen.p95Ms} ms; ${r.firefox.readerOpen.againP50Ms} / ${r.firefox.readerOpen.againP95Ms} ms`,
        'reported',
      ],
    );
    const l = r.firefox.library;
    if (l)
      rows.push([
        'Firefox: library list / search first screen p50 / p95 / all results p95 / index after a restart',
        `${l.openMs} ms / ${l.searchP50Ms} / ${l.searchP95Ms} / ${l.searchAllP95Ms} ms / ${l.indexMs} ms`,
        'reported',
      ]);
  }
  return [
    `${r.machine.browser} headless, ${r.machine.cores} cores (${r.machine.cpu}), load average ${r.machine.loadAverage.join(' ')}; ${r.pages.count} pages, ${r.pages.extractRuns} extraction runs and ${r.pages.readerRuns} reader opens each; ${r.durationS} s`,
    '',
    '| measure | value | target |',
    '|---|---|---|',
    ...rows.map((c) => `| ${c.join(' | ')} |`),
  ].join('\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
