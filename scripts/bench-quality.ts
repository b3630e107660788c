/**
 * `npm run bench:quality` — extraction quality over the corpus, and speed IN JSDOM, ours beside
 * plain Readability (same jsdom, same process, only the extraction timed). jsdom timings are not
 * what a browser gives: `npm run bench` measures in Chromium.
 *   1. every annotated case: share of mustInclude found, of mustExclude leaked, median ms;
 *   2. totals, RTL totals, the leakage ratio, median ms per page;
 *   3. Readability's own test pages: share of its expected words our text keeps.
 * Options: --runs N (timed runs per page, default 3), --only <substring>, --markdown.
 */
import { annotatedCases, corpusDir, readabilityCases, READABILITY_TEST_URL } from './lib/corpus';
import { keptShare, median, scoreCase, type CaseScore } from './lib/quality';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 3);
const only = opt('--only');
const markdown = args.includes('--markdown');

const root = corpusDir();
if (!root) {
  console.error('No corpus at ../shared/corpus (or $SAAF_CORPUS): nothing to measure.');
  process.exit(1);
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
const row = (cells: (string | number)[]) => (markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(i === 0 ? 58 : 10)).join(''));

const scores: CaseScore[] = [];
console.log(row(['case', 'lang', 'incl ours', 'incl plain', 'leak ours', 'leak plain', 'jsdom ms ours', 'jsdom ms plain']));
if (markdown) console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const c of annotatedCases(root)) {
  if (only && !c.name.includes(only)) continue;
  const s = scoreCase(c.name, c.sourcePath, c.annotation, runs);
  scores.push(s);
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
    pct(sum(xs, (s) => s.ours.found), sum(xs, (s) => s.include)),
    pct(sum(xs, (s) => s.plain.found), sum(xs, (s) => s.include)),
    pct(sum(xs, (s) => s.ours.leaked), sum(xs, (s) => s.exclude)),
    pct(sum(xs, (s) => s.plain.leaked), sum(xs, (s) => s.exclude)),
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
console.log(`leaked fragments: ours ${leakOurs}, plain Readability ${leakPlain} (${leakOurs === 0 ? 'none leaked' : `${(leakPlain / leakOurs).toFixed(1)}x fewer`})`);
console.log(`median ms per page in jsdom (extraction only, ${runs} runs each; browser timings: npm run bench): ours ${medOurs.toFixed(0)}, plain Readability ${medPlain.toFixed(0)}`);

console.log('');
console.log("Readability's own test pages: share of its expected words our text keeps (raw / after named clutter)");
console.log(row(['page', 'raw', 'named clutter aside', '']));
if (markdown) console.log(row(['---', '---:', '---:', '---']));
let nonRegression = true;
for (const c of readabilityCases(root)) {
  if (only && !c.name.includes(only)) continue;
  const k = keptShare(c.name, c.sourcePath, c.expectedHtmlPath, READABILITY_TEST_URL);
  if (k.named < 0.99) nonRegression = false;
  console.log(row([c.name, `${(k.raw * 100).toFixed(2)}%`, `${(k.named * 100).toFixed(2)}%`, k.named >= 0.99 ? 'ok' : 'BELOW 99%']));
}

console.log('');
console.log('targets:');
console.log(`  every annotated RTL page 100% included, 0 leaked: ${rtlPerfect ? 'met' : 'NOT met'}`);
console.log(`  leakage >= 5x lower than plain Readability: ${leakOurs * 5 <= leakPlain ? 'met' : 'NOT met'}`);
console.log(`  Readability non-regression (>= 99% of its words, named clutter aside): ${nonRegression ? 'met' : 'NOT met'}`);
console.log(`  not slower than plain Readability in jsdom (median; the browser figure is npm run bench): ${medOurs <= medPlain ? 'met' : 'NOT met'}`);
