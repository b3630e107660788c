/**
 * The pages the reader e2e tests open: the project's own fixtures, a few right-to-left corpus pages
 * (when the shared corpus is present) and hostile pages built from the shared XSS vectors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Annotation } from '../helpers/match';
import { REPO_ROOT } from './harness';

export const FIXTURES = join(REPO_ROOT, 'tests/fixtures/pages');
/** The page Saaf exists for: an Urdu article with an English tweet (copied from the corpus). */
export const MISSION_DIR = join(FIXTURES, 'ev-china-tweet');
/** An Urdu home page: a list of headlines, no article. */
export const HOME_DIR = join(FIXTURES, 'home-page');
/** A small Urdu article with a marker where the server puts XSS payloads. */
export const HOSTILE_TEMPLATE = join(FIXTURES, 'hostile/source.html');
export const PAYLOAD_MARKER = '<!--SAAF-PAYLOADS-->';

/** Reads a case folder's annotation (`annotation.json`, else `expected.json`). */
export function readAnnotation(caseDir: string): Annotation {
  const file = ['annotation.json', 'expected.json'].map((f) => join(caseDir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`${caseDir} has no annotation.json or expected.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Annotation;
}

/** The shared corpus: `$SAAF_CORPUS`, else `../shared/corpus` next to the repo; null if absent. */
export function corpusDir(): string | null {
  const dir = process.env.SAAF_CORPUS ? resolve(process.env.SAAF_CORPUS) : resolve(REPO_ROOT, '../shared/corpus');
  return existsSync(dir) ? dir : null;
}

/**
 * Right-to-left corpus pages (Urdu, Arabic, Persian) whose annotation the reader is checked
 * against in real browsers. Chosen for different sites, scripts and page builders.
 */
export const CORPUS_CASES = [
  'magic-html-benchmark/urdupoint-article-9860',
  'magic-html-benchmark/youm7-6574622',
  'htmldate-mediacloud2020/1602557452-yjc.ir',
] as const;

/** Picks `n` fragments spread over a list (first, middle, last for n = 3). */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}

/** One XSS vector of ../shared/security/xss-vectors.json. */
export interface XssVector {
  id: string;
  family: string;
  payload: string;
}

/** The shared XSS vectors file: `$SAAF_XSS_VECTORS`, else `security/` beside the corpus; null if absent. */
export function xssVectorsFile(): string | null {
  const candidates = [
    process.env.SAAF_XSS_VECTORS,
    process.env.SAAF_CORPUS && join(dirname(resolve(process.env.SAAF_CORPUS)), 'security/xss-vectors.json'),
    resolve(REPO_ROOT, '../shared/security/xss-vectors.json'),
  ].filter((f): f is string => !!f);
  return candidates.find((f) => existsSync(f)) ?? null;
}

/**
 * Hostile pages: the hostile fixture with the vectors spliced in at the marker, `perPage` to a
 * page, each in its own block followed by a plain paragraph. Several pages, because a payload
 * that opens a raw-text element (`<xmp>`, `<noembed>`, an unclosed `<style>`) swallows the rest of
 * its page, and every vector should reach the extractor as markup.
 */
export function hostilePages(vectors: readonly XssVector[], perPage: number): string[] {
  const template = readFileSync(HOSTILE_TEMPLATE, 'utf8');
  if (!template.includes(PAYLOAD_MARKER)) throw new Error(`${HOSTILE_TEMPLATE} lost its ${PAYLOAD_MARKER} marker`);
  const pages: string[] = [];
  for (let i = 0; i < vectors.length; i += perPage) {
    const blocks = vectors
      .slice(i, i + perPage)
      .map((v) => `<div class="payload" data-vector="${v.id}">${v.payload}</div>\n<p>اس کے بعد خبر کا متن جاری ہے۔</p>`);
    pages.push(template.replace(PAYLOAD_MARKER, () => blocks.join('\n')));
  }
  return pages;
}
