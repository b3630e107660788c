/**
 * `web-ext lint` (Mozilla's add-on linter, what addons.mozilla.org runs) on the Firefox build.
 * Fails on any error and on any manifest warning; other warnings (the linter flags every
 * innerHTML assignment, including DOMPurify's own and Preact's) are listed, not fatal.
 *
 *   npm run lint:firefox            # builds .output/firefox-mv3, then lints it
 *   npx tsx scripts/lint-firefox.ts [dir]   # lints an existing build (scripts/test.sh, after its build)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, '.output/firefox-mv3'));
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}: run \`npx wxt build -b firefox\` first (npm run lint:firefox does).`);
  process.exit(1);
}

let out: string;
try {
  out = execFileSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
} catch (err) {
  // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
  out = (err as { stdout?: string }).stdout ?? '';
  if (!out) throw err;
}
const report = JSON.parse(out) as LintReport;
const describe = (m: LintMessage) =>
  `${m.code} ${m.file ?? ''}: ${m.message}${m.description ? ` (${[m.description].flat().join(' ')})` : ''}`;

const manifestWarnings = report.warnings.filter((w) => w.file === 'manifest.json');
const otherWarnings = report.warnings.filter((w) => w.file !== 'manifest.json');
for (const e of report.errors) console.error(`error   ${describe(e)}`);
for (const w of manifestWarnings) console.error(`warning ${describe(w)}`);
if (otherWarnings.length) {
  const byCode = new Map<string, number>();
  for (const w of otherWarnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
  console.log(`Code warnings (not fatal): ${[...byCode].map(([c, n]) => `${c} ×${n}`).join(', ')}`);
}
console.log(
  `web-ext lint ${dir}: ${report.summary.errors} errors, ${manifestWarnings.length} manifest warnings, ${otherWarnings.length} code warnings, ${report.summary.notices} notices`,
);
process.exit(report.errors.length || manifestWarnings.length ? 1 : 0);
