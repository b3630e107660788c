/**
 * Measurements behind `npm run bench:quality`: our pipeline and plain Readability on the same
 * page, in the same jsdom and the same process. Only the extraction is timed — parsing the
 * HTML into jsdom (what the browser has already done for the extension) is not. Each run gets a
 * fresh window: jsdom registers listeners on the window for every document it runs selectors
 * on, so a shared window would slow down with every page measured.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/pipeline';
import { htmlToText } from '../../utils/text/html-text';
import { checkFragments, type Annotation } from './match';
import { keptWords, withoutSpan, words } from './check';
import { DROPPED_CLUTTER } from './dropped-clutter';
import { parsePage } from './node-dom';

export interface Extracted {
  title: string;
  text: string;
  ms: number;
  /** The clutter rule of each removal (ours only). */
  rules: string[];
  /** Why there is no article, when there is none (ours only). */
  reason: string | null;
}

/**
 * Our pipeline on a fresh parse of `html`, as the CLI runs it (a throwaway document, like plain
 * Readability's); `ms` times `extractArticle` only.
 */
export function runOurs(html: string, url: string | null): Extracted {
  const dom = parsePage(html, url);
  try {
    const t0 = performance.now();
    const r = extractArticle(dom.window.document, { url, win: dom.window as unknown as Window, mutate: true });
    const ms = performance.now() - t0;
    return r.ok
      ? { title: r.article.title, text: r.article.text, ms, rules: r.article.removed.map((x) => x.rule), reason: null }
      : { title: r.title, text: '', ms, rules: [], reason: r.reason };
  } finally {
    dom.window.close();
  }
}

/** Plain Readability (default options) on a fresh parse; `ms` times `parse()` only. */
export function runPlain(html: string, url: string | null): Extracted {
  const dom = parsePage(html, url);
  try {
    const t0 = performance.now();
    const parsed = new Readability(dom.window.document).parse();
    const ms = performance.now() - t0;
    // The same HTML-to-text as ours, so both are judged on what a reader would see.
    const holder = dom.window.document.createElement('div');
    holder.innerHTML = parsed?.content ?? '';
    return { title: parsed?.title ?? '', text: htmlToText(holder), ms, rules: [], reason: null };
  } finally {
    dom.window.close();
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export interface CaseScore {
  name: string;
  lang: string;
  rtl: boolean;
  include: number;
  exclude: number;
  ours: { found: number; leaked: number; ms: number };
  plain: { found: number; leaked: number; ms: number };
  /** How many removals each clutter rule made on the page (ours). */
  rules: Record<string, number>;
}

/** Removal counts by rule. */
export function countRules(rules: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rules) out[r] = (out[r] ?? 0) + 1;
  return out;
}

/**
 * The site a page comes from: its annotation URL's host (without www.), else, for pages served
 * under a test host (Readability's fakehost, 127.0.0.1), the case name: each of those is its own site.
 */
export function siteOf(name: string, url: string | null | undefined): string {
  try {
    const host = new URL(url ?? '').hostname.replace(/^www\./, '');
    if (host && !/^(?:fakehost|127\.0\.0\.1|localhost)$/.test(host)) return host;
  } catch {
    // no usable URL
  }
  return name
    .split('/')
    .pop()!
    .replace(/^\d+-/, '')
    .replace(/-(?:article-)?\d+$|_article$/, '');
}

/**
 * Scores one annotated page: fragments found and leaked by each extractor, and the median time
 * of `runs` interleaved runs (after one warm-up run each, so JIT compilation is not counted).
 */
export function scoreCase(name: string, sourcePath: string, a: Annotation, runs: number): CaseScore {
  const html = readFileSync(sourcePath, 'utf8');
  const url = a.url ?? null;
  const msOurs: number[] = [];
  const msPlain: number[] = [];
  let ours = runOurs(html, url);
  let plain = runPlain(html, url);
  for (let i = 0; i < runs; i++) {
    ours = runOurs(html, url);
    plain = runPlain(html, url);
    msOurs.push(ours.ms);
    msPlain.push(plain.ms);
  }
  const o = checkFragments(a, ours.title, ours.text);
  const p = checkFragments(a, plain.title, plain.text);
  const inc = a.mustInclude?.length ?? 0;
  const exc = a.mustExclude?.length ?? 0;
  return {
    name,
    lang: a.lang ?? '?',
    rtl: a.dir === 'rtl',
    include: inc,
    exclude: exc,
    ours: { found: inc - o.missing.length, leaked: o.leaked.length, ms: median(msOurs) },
    plain: { found: inc - p.missing.length, leaked: p.leaked.length, ms: median(msPlain) },
    rules: countRules(ours.rules),
  };
}

/**
 * Share (0..1) of Readability's expected words that our text keeps on one of its test pages:
 * `raw`, and `named` once the spans we drop on purpose (scripts/lib/dropped-clutter.ts) are
 * left out of the expected words.
 */
export function keptShare(
  name: string,
  sourcePath: string,
  expectedHtmlPath: string,
  url: string,
): { raw: number; named: number; rules: Record<string, number>; reason: string | null } {
  const r = runOurs(readFileSync(sourcePath, 'utf8'), url);
  const ours = words(`${r.title}\n${r.text}`);
  const dom = parsePage(readFileSync(expectedHtmlPath, 'utf8'), null);
  const expected = words(dom.window.document.body.textContent ?? '');
  dom.window.close();
  let allowed = expected;
  for (const d of DROPPED_CLUTTER.filter((d) => d.case === name)) allowed = withoutSpan(allowed, d.span);
  return { raw: keptWords(expected, ours).kept, named: keptWords(allowed, ours).kept, rules: countRules(r.rules), reason: r.reason };
}
