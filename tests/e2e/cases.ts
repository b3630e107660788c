/**
 * The pages the reader e2e tests open: the project's own fixtures, a few right-to-left corpus pages
 * (when the shared corpus is present) and hostile pages built from the XSS vectors in tests/security.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Annotation } from '../../scripts/lib/match';
import { REPO_ROOT, annotationUrl, type TestServer } from './harness';

export const FIXTURES = join(REPO_ROOT, 'tests/fixtures/pages');
/** The page Saaf exists for: an Urdu article with an English tweet (copied from the corpus). */
export const MISSION_DIR = join(FIXTURES, 'ev-china-tweet');
/** An Urdu home page: a list of headlines, no article. */
export const HOME_DIR = join(FIXTURES, 'home-page');

/**
 * Serves the mission page as if from its own origin: the page names its photo with an absolute
 * og:image on 127.0.0.1:8080 (where it was captured), and the harness server takes a free port, so
 * that origin is rewritten to the server's (a fixed port would collide with parallel runs).
 */
export function serveMission(server: TestServer): string {
  const at = new URL(annotationUrl(MISSION_DIR)!);
  const html = readFileSync(join(MISSION_DIR, 'source.html'), 'utf8').replaceAll(at.origin, server.origin);
  server.route(at.pathname, { contentType: 'text/html; charset=utf-8', body: html });
  return server.url(at.pathname);
}

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

// Hostile pages are built from tests/security's vectors by tests/security/vectors.ts (also used by unit tests).
export { hostileHeadPage, hostilePages, type XssVector } from '../security/vectors';
