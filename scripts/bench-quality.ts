/**
 * `npm run bench:quality` — extraction quality over the corpus, and speed IN JSDOM, ours beside
 * plain Readability (same jsdom, same process, only the extraction timed). jsdom timings are not
 * what a browser gives: `npm run bench` measures in Chromium.
 *   1. every annotated case: share of mustInclude found, of mustExclude leaked, median ms;
 *   2. totals, RTL totals, the leakage ratio, median ms per page;
 *   3. Readability's own test pages: share of its expected words our text keeps (pages listed in
 *      scripts/lib/not-stories.ts must be refused instead);
 *   4. per site: leakage by site (annotated pages), and leakage with each site left out;
 *   5. per rule: how many pages and sites each clutter rule fired on, over every corpus page; a
 *      general rule that fires on one site only is named (a site rule in disguise, or overfitted);
 *   6. leave-one-site-out: for every general rule, whether it still fires with any one site left out;
 *      beside it, the families of our own pages (tests/fixtures/clean/families) the rule fired on.
 * Everything is also written to bench/quality.json.
 * Options: --runs N (timed runs per page, default 3), --only <substring>, --markdown, --without a,b
 * (runs the pipeline without the named rules: the "before" of a rule's before/after numbers; the
 * JSON is then written to /tmp, not over bench/quality.json).
 */
import { annotatedCases, corpusDir, readabilityCases, READABILITY_TEST_URL } from './lib/corpus';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { keptShare, median, scoreCase, siteOf, type CaseScore } from './lib/quality';
import { NOT_STORIES } from './lib/not-stories';
import { RULES } from '../utils/clean';
import { familyPages } from './lib/families';
import { extractFile } from './lib/node-dom';
import type { CleanRule } from '../utils/clean/types';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 3);
const only = opt('--only');
const markdown = args.includes('--markdown');
const without = new Set((opt('--without') ?? '').split(',').filter(Boolean));
// The pipeline reads the shared list: drop the named rules from it for this run.
const rules = RULES as CleanRule[];
for (let i = rules.length - 1; i >= 0; i--) if (without.has(rules[i]!.id)) rules.splice(i, 1);

const root = corpusDir();
if (!root) {
  console.error('No corpus at ../shared/corpus (or $SAAF_CORPUS): nothing to measure.');
  process.exit(1);
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
const row = (cells: (string | number)[]) =>
  markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(i === 0 ? 58 : 10)).join('');

const scores: CaseScore[] = [];
const siteOfCase = new Map<string, string>();
/** Every measured page: its site and the removals each rule made on it. */
const pages: { name: string; site: string; rules: Record<string, number> }[] = [];
console.log(row(['case', 'lang', 'incl ours', 'incl plain', 'leak ours', 'leak plain', 'jsdom ms ours', 'jsdom ms plain']));
if (markdown) console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const c of annotatedCases(root)) {
  if (only && !c.name.includes(only)) continue;
  const s = scoreCase(c.name, c.sourcePath, c.annotation, runs);
  scores.push(s);
  siteOfCase.set(s.name, siteOf(c.name, c.annotation.url));
  pages.push({ name: s.name, site: siteOfCase.get(s.name)!, rules: s.rules });
  console.log(
    row([
      s.name,
      s.lang,
      pct(s.ours.found, s.include),
      pct(s.plain.found, s.include),
      pct(s.ours.leaked, s.exclude),
      pct(s.plain.leaked, s.exclude),
      s.ours.ms.toFixed(0),
      s.plain.ms.toFixed(0),
    ]),
  );
}

const sum = (xs: CaseScore[], f: (s: CaseScore) => number) => xs.reduce((n, s) => n + f(s), 0);
const totals = (label: string, xs: CaseScore[]) =>
  row([
    `${label} (${xs.length} pages)`,
    '',
    pct(
      sum(xs, (s) => s.ours.found),
      sum(xs, (s) => s.include),
    ),
    pct(
      sum(xs, (s) => s.plain.found),
      sum(xs, (s) => s.include),
    ),
    pct(
      sum(xs, (s) => s.ours.leaked),
      sum(xs, (s) => s.exclude),
    ),
    pct(
      sum(xs, (s) => s.plain.leaked),
      sum(xs, (s) => s.exclude),
    ),
    median(xs.map((s) => s.ours.ms)).toFixed(0),
    median(xs.map((s) => s.plain.ms)).toFixed(0),
  ]);
const rtl = scores.filter((s) => s.rtl);
console.log(totals('total', scores));
console.log(totals('RTL', rtl));

const leakOurs = sum(scores, (s) => s.ours.leaked);
const leakPlain = sum(scores, (s) => s.plain.leaked);
const rtlPerfect = rtl.every((s) => s.ours.found === s.include && s.ours.leaked === 0);
const medOurs = median(scores.map((s) => s.ours.ms));
const medPlain = median(scores.map((s) => s.plain.ms));
console.log('');
console.log(
  `leaked fragments: ours ${leakOurs}, plain Readability ${leakPlain} (${leakOurs === 0 ? 'none leaked' : `${(leakPlain / leakOurs).toFixed(1)}x fewer`})`,
);
console.log(
  `median ms per page in jsdom (extraction only, ${runs} runs each; browser timings: npm run bench): ours ${medOurs.toFixed(0)}, plain Readability ${medPlain.toFixed(0)}`,
);

console.log('');
console.log("Readability's own test pages: share of its expected words our text keeps (raw / after named clutter)");
console.log(row(['page', 'raw', 'named clutter aside', '']));
if (markdown) console.log(row(['---', '---:', '---:', '---']));
let nonRegression = true;
const notStories = new Set(NOT_STORIES.map((n) => n.case));
const kept: { name: string; raw: number; named: number; reason: string | null }[] = [];
for (const c of readabilityCases(root)) {
  if (only && !c.name.includes(only)) continue;
  const k = keptShare(c.name, c.sourcePath, c.expectedHtmlPath, READABILITY_TEST_URL);
  kept.push({ name: c.name, raw: k.raw, named: k.named, reason: k.reason });
  pages.push({ name: c.name, site: siteOf(c.name, null), rules: k.rules });
  if (notStories.has(c.name)) {
    const refused = k.reason === 'not-a-story';
    if (!refused) nonRegression = false;
    console.log(row([c.name, '—', '—', refused ? 'not one story: refused (ok)' : 'NOT refused']));
    continue;
  }
  if (k.named < 0.99) nonRegression = false;
  console.log(row([c.name, `${(k.raw * 100).toFixed(2)}%`, `${(k.named * 100).toFixed(2)}%`, k.named >= 0.99 ? 'ok' : 'BELOW 99%']));
}

// Per site: leakage by site, and the total with each site left out (one site cannot hide behind
// the total, nor carry it).
console.log('');
console.log('per site (annotated pages): leakage by site, and total leakage with that site left out');
console.log(row(['site', 'pages', 'incl ours', 'leak ours', 'leaked', 'total w/o site']));
if (markdown) console.log(row(['---', '---:', '---:', '---:', '---:', '---:']));
const sites = [...new Set(scores.map((s) => siteOfCase.get(s.name)!))].sort();
const perSite = sites.map((site) => {
  const xs = scores.filter((s) => siteOfCase.get(s.name) === site);
  const rest = scores.filter((s) => siteOfCase.get(s.name) !== site);
  const r = {
    site,
    pages: xs.length,
    include: sum(xs, (s) => s.include),
    found: sum(xs, (s) => s.ours.found),
    exclude: sum(xs, (s) => s.exclude),
    leaked: sum(xs, (s) => s.ours.leaked),
    leakWithoutSite: sum(rest, (s) => s.exclude) ? sum(rest, (s) => s.ours.leaked) / sum(rest, (s) => s.exclude) : 0,
  };
  console.log(
    row([site, r.pages, pct(r.found, r.include), pct(r.leaked, r.exclude), r.leaked, `${(100 * r.leakWithoutSite).toFixed(1)}%`]),
  );
  return r;
});

// Per rule: pages and sites each rule fired on, over every corpus page measured; and, apart, the
// families of our own pages (tests/fixtures/clean/families/) it fired on, so the whole evidence is
// in one table. Family pages are written for the project: they never count as corpus sites.
const SITE_RULES = new Set(['site-rules']);
/** Removals of `id` on a page: the rule's own, and its entries' (`site-rules:<name>`). */
const firings = (rules: Record<string, number>, id: string) =>
  Object.entries(rules).reduce((n, [k, v]) => n + (k === id || k.startsWith(`${id}:`) ? v : 0), 0);
const familyFired = new Map<string, Set<string>>();
for (const p of familyPages()) {
  if (only && !p.name.includes(only)) continue;
  const r = extractFile(p.html, p.annotation.url);
  if (!r.ok) continue;
  for (const rm of r.article.removed) {
    const id = rm.rule.split(':')[0]!;
    familyFired.set(id, (familyFired.get(id) ?? new Set()).add(p.family));
  }
}
const perRule = RULES.map((rule) => {
  const hit = pages.filter((p) => firings(p.rules, rule.id) > 0);
  const ruleSites = [...new Set(hit.map((p) => p.site))].sort();
  const general = !SITE_RULES.has(rule.id);
  // Leave-one-site-out: a general rule still fires with any one site left out iff it fires on two or more.
  return {
    rule: rule.id,
    general,
    pages: hit.length,
    removals: hit.reduce((n, p) => n + firings(p.rules, rule.id), 0),
    sites: ruleSites,
    families: [...(familyFired.get(rule.id) ?? [])].sort(),
    leaveOneSiteOut: ruleSites.length >= 2,
  };
});
console.log('');
console.log(
  `per rule (${pages.length} corpus pages, ${new Set(pages.map((p) => p.site)).size} sites): pages and sites each rule fired on; families: our own pages (tests/fixtures/clean/families), not corpus sites`,
);
console.log(row(['rule', 'pages', 'sites', 'removals', 'families', 'kind', 'leave-one-site-out']));
if (markdown) console.log(row(['---', '---:', '---:', '---:', '---:', '---', '---']));
for (const r of perRule) {
  const fam = r.families.length ? ` (our pages: ${r.families.length} famil${r.families.length === 1 ? 'y' : 'ies'})` : '';
  const loso = !r.general
    ? 'site rule'
    : r.sites.length === 0
      ? r.families.length
        ? `no corpus page${fam}`
        : 'never fires'
      : r.leaveOneSiteOut
        ? 'ok'
        : `ONE SITE: ${r.sites[0]}${fam}`;
  console.log(row([r.rule, r.pages, r.sites.length, r.removals, r.families.length, r.general ? 'general' : 'site', loso]));
}
const oneSite = perRule.filter((r) => r.general && r.sites.length === 1);
const never = perRule.filter((r) => r.general && r.sites.length === 0);
const famNote = (r: (typeof perRule)[number]) => (r.families.length ? `; families: ${r.families.join(', ')}` : '; no family');
console.log('');
console.log(
  `general rules firing on one corpus site only (overfitting candidates): ${oneSite.length ? oneSite.map((r) => `${r.rule} (${r.sites[0]}${famNote(r)})`).join(', ') : 'none'}`,
);
console.log(
  `general rules that fire on no corpus page: ${never.length ? never.map((r) => `${r.rule} (${famNote(r).slice(2)})`).join(', ') : 'none'}`,
);

console.log('');
console.log('targets:');
console.log(`  every annotated RTL page 100% included, 0 leaked: ${rtlPerfect ? 'met' : 'NOT met'}`);
console.log(`  leakage >= 5x lower than plain Readability: ${leakOurs * 5 <= leakPlain ? 'met' : 'NOT met'}`);
console.log(`  Readability non-regression (>= 99% of its words, named clutter aside): ${nonRegression ? 'met' : 'NOT met'}`);
console.log(
  `  not slower than plain Readability in jsdom (median; the browser figure is npm run bench): ${medOurs <= medPlain ? 'met' : 'NOT met'}`,
);

// A run without some rules is a comparison, not the project's figures: it never replaces them.
const out = without.size ? join(tmpdir(), 'saaf-quality-without.json') : join(import.meta.dirname, '../bench/quality.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      note: 'npm run bench:quality. Times are jsdom timings (extraction only), not browser timings: npm run bench measures in Chromium.',
      runs,
      cases: scores.map((s) => ({ ...s, site: siteOfCase.get(s.name) })),
      readability: kept,
      perSite,
      perRule,
      totals: {
        leakedOurs: leakOurs,
        leakedPlain: leakPlain,
        excluded: sum(scores, (s) => s.exclude),
        jsdomMedianMsOurs: medOurs,
        jsdomMedianMsPlain: medPlain,
      },
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten: ${out}`);
