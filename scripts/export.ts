/**
 * `npm run --silent export -- <page.html> [--url <page url>] --format html|md|epub -o <file>`
 * Exports the article of a saved page as the library does: the extension's extract pipeline,
 * then the same export modules, with the fonts the article needs embedded (HTML, EPUB). Images
 * are not fetched (no network): remote images are left out, as in an export of an article saved
 * without them. Errors go to stderr with exit code 1.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { exportEpub } from '../utils/export/epub';
import { exportFaces, exportHtml } from '../utils/export/html';
import type { ExportInput } from '../utils/export/input';
import { exportMarkdown } from '../utils/export/markdown';
import { fontFiles } from './lib/font-files';
import { extractFile } from './lib/node-dom';

const USAGE = 'usage: npm run --silent export -- <page.html> [--url <page url>] --format html|md|epub -o <file>';
const FORMATS = ['html', 'md', 'epub'] as const;
type Format = (typeof FORMATS)[number];

function fail(msg: string, usage = false): never {
  process.stderr.write(`export: ${msg}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(1);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | null = null;
let format: string | undefined;
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const value = () => args[++i] ?? fail(`${a} needs a value`, true);
  if (a === '--url') url = value();
  else if (a === '--format' || a === '-f') format = value();
  else if (a === '-o' || a === '--out') out = value();
  else if (a === '-h' || a === '--help') {
    process.stdout.write(`Exports the article of a saved page.\n${USAGE}\n`);
    process.exit(0);
  } else if (a.startsWith('-')) fail(`unknown option: ${a}`, true);
  else if (!file) file = a;
  else fail(`unexpected argument: ${a}`, true);
}
if (!file) fail('missing <page.html>', true);
if (!format) fail('missing --format', true);
if (!(FORMATS as readonly string[]).includes(format)) fail(`bad format "${format}": use html, md or epub`, true);
if (!out) fail('missing -o <file>', true);
if (url !== null) {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    fail(`--url is not a URL: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') fail(`--url must be http(s): ${url}`);
}

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
}

const result = extractFile(html, url);
if (!result.ok) fail(`no article found in ${file} (${result.reason}): the page looks like a home, list or search page`);

const input: ExportInput = {
  article: { ...result.article, url: url ?? pathToFileURL(resolve(file)).href },
  savedAt: Date.now(),
  tags: [],
  images: new Map(),
};
const win = new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
const fonts = fontFiles(exportFaces([input], win));
let bytes: string | Uint8Array;
switch (format as Format) {
  case 'html':
    bytes = exportHtml(input, win, fonts);
    break;
  case 'md':
    bytes = exportMarkdown(input, win);
    break;
  case 'epub':
    bytes = exportEpub([input], { win, uuid: randomUUID(), modified: new Date(), fonts });
    break;
}
try {
  writeFileSync(out, bytes);
} catch (err) {
  fail(`cannot write ${out}: ${(err as Error).message}`);
}
