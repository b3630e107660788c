/**
 * `npm run --silent extract -- <file.html> [--url <page url>] [--rules <rules.json>]`
 * Prints the extracted article as ONE JSON object on stdout; errors go to stderr, exit code 1.
 * Same pipeline as the extension (utils/pipeline.ts). `--rules` applies a site-rules file exported
 * from the options page (validated like an import); each removal is reported as `user:<id>`.
 */
import { readFileSync } from 'node:fs';
import { extractFile } from './lib/node-dom';
import { stripOrigins } from '../utils/sanitize/origins';
import { parseRulesFile } from '../utils/site-rules/validate';
import type { UserRule } from '../utils/site-rules/types';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: npm run --silent extract -- <file.html> [--url <page url>] [--rules <rules.json>]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | null = null;
let rulesFile: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i] ?? usage('--url needs a value');
  else if (a === '--rules') rulesFile = args[++i] ?? usage('--rules needs a value');
  else if (a === '-h' || a === '--help') usage('Extracts the article of a saved page.');
  else if (!file) file = a;
  else usage(`unexpected argument: ${a}`);
}
if (!file) usage('missing <file.html>');
if (url !== null) {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') usage(`--url must be http(s): ${url}`);
  } catch {
    usage(`--url is not a URL: ${url}`);
  }
}

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(1);
}

let userRules: UserRule[] = [];
if (rulesFile !== undefined) {
  let text: string;
  try {
    text = readFileSync(rulesFile, 'utf8');
  } catch (err) {
    process.stderr.write(`cannot read ${rulesFile}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const parsed = parseRulesFile(text);
  if (!parsed.ok) usage(`${rulesFile} is not a Saaf rules file: ${parsed.error}`);
  userRules = parsed.rules;
}

const result = extractFile(html, url, { userRules });
if (!result.ok) {
  process.stderr.write(`no article found in ${file} (${result.reason}): the page looks like a home, list or search page\n`);
  process.exit(1);
}
const a = result.article;
const out = {
  title: a.title,
  byline: a.byline,
  siteName: a.siteName,
  lang: a.lang,
  dir: a.dir,
  publishedTime: a.publishedTime,
  excerpt: a.excerpt,
  leadImage: a.leadImage,
  contentHtml: stripOrigins(a.contentHtml),
  text: a.text,
  embeds: a.embeds,
  removed: a.removed,
};
process.stdout.write(JSON.stringify(out) + '\n');
