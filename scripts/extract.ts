/**
 * `npm run --silent extract -- <file.html> [--url <page url>]`
 * Prints the extracted article as ONE JSON object on stdout; errors go to stderr, exit code 1.
 * Same pipeline as the extension (utils/pipeline.ts).
 */
import { readFileSync } from 'node:fs';
import { extractFile } from './lib/node-dom';
import { stripOrigins } from '../utils/sanitize/origins';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: npm run --silent extract -- <file.html> [--url <page url>]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i] ?? usage('--url needs a value');
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

const result = extractFile(html, url);
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
