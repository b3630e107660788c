/**
 * Finds the shared corpus of real pages and the annotated cases in it, for the corpus harness
 * (tests/corpus/) and the quality bench (scripts/bench-quality.ts). Pages are never copied into
 * the repo: annotations the project wrote itself live in tests/annotations/<source>/<case>.json
 * and point at ../shared/corpus/<source>/<case>/source.html.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation } from './match';

/** The repository root (this file sits in tests/helpers/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where our own annotations of corpus pages live. */
export const ANNOTATIONS_DIR = join(REPO_ROOT, 'tests/annotations');

/** The URL Readability's own test suite gives every test page. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/**
 * The corpus directory: `$SAAF_CORPUS`, else `<repo>/../shared/corpus` (which is also where it is
 * when CI runs in a fresh clone next to `shared/`). Null when neither exists.
 */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.SAAF_CORPUS ? [resolve(env.SAAF_CORPUS)] : [resolve(REPO_ROOT, '../shared/corpus')];
  return candidates.find((d) => existsSync(d) && statSync(d).isDirectory()) ?? null;
}

/** One annotated page: `name` is `<source>/<case>` as under the corpus directory. */
export interface AnnotatedCase {
  name: string;
  sourcePath: string;
  annotation: Annotation;
  /** Where the annotation came from: the corpus's own file or tests/annotations/. */
  annotationPath: string;
}

/** One of Readability's own test pages with its expected output. */
export interface ReadabilityCase {
  name: string;
  sourcePath: string;
  expectedHtmlPath: string;
}

function caseDirs(root: string): string[] {
  const out: string[] = [];
  for (const source of readdirSync(root).sort()) {
    const sourceDir = join(root, source);
    if (!statSync(sourceDir).isDirectory()) continue;
    for (const c of readdirSync(sourceDir).sort()) {
      if (statSync(join(sourceDir, c)).isDirectory()) out.push(`${source}/${c}`);
    }
  }
  return out;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Annotation;

/**
 * Every corpus case with an annotation: the corpus's `expected.json` / `annotation.json`, or ours
 * in tests/annotations/. A case annotated in both places is an error (one source of truth).
 */
export function annotatedCases(root: string): AnnotatedCase[] {
  const cases: AnnotatedCase[] = [];
  const names = new Set(caseDirs(root));
  for (const name of names) {
    const dir = join(root, name);
    const own = ['expected.json', 'annotation.json'].map((f) => join(dir, f)).find(existsSync);
    const ours = join(ANNOTATIONS_DIR, `${name}.json`);
    if (own && existsSync(ours)) throw new Error(`${name} is annotated twice: ${own} and ${ours}`);
    const annotationPath = own ?? (existsSync(ours) ? ours : null);
    if (!annotationPath) continue;
    cases.push({ name, sourcePath: join(dir, 'source.html'), annotation: readJson(annotationPath), annotationPath });
  }
  // An annotation of ours that points at no corpus page is a typo, not a skipped case.
  for (const file of ourAnnotationNames()) {
    if (!names.has(file)) throw new Error(`tests/annotations/${file}.json points at no corpus case`);
  }
  return cases;
}

function ourAnnotationNames(): string[] {
  if (!existsSync(ANNOTATIONS_DIR)) return [];
  return readdirSync(ANNOTATIONS_DIR)
    .filter((s) => statSync(join(ANNOTATIONS_DIR, s)).isDirectory())
    .flatMap((s) =>
      readdirSync(join(ANNOTATIONS_DIR, s))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${s}/${f.slice(0, -'.json'.length)}`),
    );
}

/** Readability's own test pages in the corpus (`mozilla-readability/*` with expected.html). */
export function readabilityCases(root: string): ReadabilityCase[] {
  return caseDirs(root)
    .filter((name) => name.startsWith('mozilla-readability/') && existsSync(join(root, name, 'expected.html')))
    .map((name) => ({
      name,
      sourcePath: join(root, name, 'source.html'),
      expectedHtmlPath: join(root, name, 'expected.html'),
    }));
}
