/**
 * `SAAF_CORPUS=../shared/corpus npx tsx scripts/dump-decisions.ts [out-file]` — every decision
 * the pipeline makes, written to one file (default .output/saaf-decisions.jsonl in the repo, beside the builds), so that a change
 * meant to be a pure speed-up can be proved to change nothing: dump before, dump after, `cmp`.
 *
 * Pages: every `source.html` under the corpus (one or two levels down, as the bench opens them)
 * and every clutter family page (scripts/lib/families.ts). Each page runs twice in jsdom through
 * the shared entry (scripts/lib/node-dom.ts): as the CLI does (`mutate`: a throwaway page may be
 * cleaned in place) and as a live page (never modified: the kept part is copied, as in the
 * browser). One JSON line per page and mode: ok or the reason, title, byline and the other
 * metadata, the article HTML and text, and every removal (rule, text, origin ids).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractArticle } from '../utils/pipeline';
import { parsePage } from './lib/node-dom';
import { REPO_ROOT, annotatedCases, corpusDir } from './lib/corpus';
import { familyPages } from './lib/families';
import { benchPages } from './bench/pages';

const out = process.argv[2] ?? join(REPO_ROOT, '.output/saaf-decisions.jsonl');
mkdirSync(dirname(out), { recursive: true });

function dump(html: string, url: string | null, mutate: boolean): unknown {
  const dom = parsePage(html, url);
  try {
    const r = extractArticle(dom.window.document, { url, win: dom.window as unknown as Window, mutate });
    if (!r.ok) return r;
    const { title, byline, siteName, lang, dir, publishedTime, excerpt, leadImage, embeds, removed, contentHtml, text } = r.article;
    return { ok: true, title, byline, siteName, lang, dir, publishedTime, excerpt, leadImage, embeds, removed, contentHtml, text };
  } finally {
    dom.window.close();
  }
}

const lines: string[] = [];
const root = corpusDir();
if (!root) throw new Error('no corpus: set SAAF_CORPUS');
// An annotated corpus page is read at its own URL (site rules and links depend on it).
const urls = new Map(annotatedCases(root).map((c) => [c.name, c.annotation.url ?? null]));
const pages = [
  ...benchPages().pages.map((p) => ({
    name: `corpus/${p.name}`,
    html: readFileSync(join(p.dir, 'source.html'), 'utf8'),
    url: urls.get(p.name) ?? 'https://example.com/page.html',
  })),
  ...familyPages().map((p) => ({ name: `family/${p.name}`, html: p.html, url: p.annotation.url })),
];
const started = Date.now();
for (const p of pages) {
  for (const mutate of [true, false]) {
    lines.push(JSON.stringify({ page: p.name, mode: mutate ? 'mutate' : 'live', result: dump(p.html, p.url, mutate) }));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.error(`${pages.length} pages, ${lines.length} results in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${out}`);
