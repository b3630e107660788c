/**
 * The Readability the extension ships (scripts/lib/quiet-readability.ts): without its log calls and
 * its JSON-LD reader, and still the same parse as the stock file for the options Saaf passes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { quietReadability } from '../../scripts/lib/quiet-readability';

const require = createRequire(import.meta.url);
const stockFile = require.resolve('@mozilla/readability/Readability.js');
const stock = readFileSync(stockFile, 'utf8');
const quiet = quietReadability(stock);

interface Parsed {
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  content: string;
}
type ReadabilityClass = new (doc: Document, opts: object) => { parse(): Parsed | null };

/** The file's constructor, evaluated as the CommonJS module it is. */
function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  (runInThisContext(`(function (module) {${code}\n})`) as (m: typeof module) => void)(module);
  return module.exports as ReadabilityClass;
}

const page = readFileSync(join(__dirname, '../fixtures/pages/ev-china-tweet/source.html'), 'utf8');
const parse = (R: ReadabilityClass) =>
  new R(new JSDOM(page, { url: 'https://example.pk/news/1' }).window.document, { keepClasses: true, disableJSONLD: true }).parse();

describe('quiet Readability', () => {
  it('keeps no live log call and no JSON-LD reader', () => {
    expect(quiet).not.toMatch(/[^&] this\.log\(/);
    expect(quiet).toContain('_getJSONLD() {\n    return {};\n  },');
    expect(quiet).not.toContain('application/ld+json');
    expect(stock).toContain('application/ld+json');
  });

  it("keeps the conditional cleaning's checks but not their log messages", () => {
    expect(stock).toContain('Too many inputs per p.');
    expect(quiet).not.toMatch(/errs\.push\(\s*`/);
    expect(quiet.match(/errs\.push\(0\)/g)?.length).toBe(stock.match(/errs\.push\(/g)?.length);
  });

  it('parses a page exactly as the stock file does with the options Saaf passes', () => {
    const a = parse(load(stock));
    const b = parse(load(quiet));
    expect(a?.content.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
  });

  it('is only ever used with JSON-LD off: the pipeline passes disableJSONLD: true', () => {
    const pipeline = readFileSync(join(__dirname, '../../utils/pipeline.ts'), 'utf8');
    const calls = pipeline.match(/new Readability<[^>]*>\([^)]*\{[^}]*\}/g) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c).toContain('disableJSONLD: true');
  });

  it('fails loudly when Readability no longer has the method it strips', () => {
    expect(() => quietReadability(stock.replace('_getJSONLD(doc) {', '_readJsonLd(doc) {'))).toThrow(/_getJSONLD/);
  });
});
