/**
 * The corpus harness: runs the extension's pipeline (through the CLI's `extractFile`) over every
 * annotated page of ../shared/corpus (or $SAAF_CORPUS) and over Readability's own test pages.
 * A failing case prints the fragment that leaked or went missing, not a page diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';
import { ANNOTATIONS_DIR, annotatedCases, corpusDir, readabilityCases, READABILITY_TEST_URL } from '../../scripts/lib/corpus';
import { normalizeForMatch } from '../../scripts/lib/match';
import { checkArticle, keptWords, withoutSpan, words, type Problem } from '../../scripts/lib/check';
import type { ExtractResult } from '../../utils/types';
import { KNOWN_FAILURES } from './known-failures';
import { DROPPED_CLUTTER } from '../../scripts/lib/dropped-clutter';
import { NOT_STORIES } from '../../scripts/lib/not-stories';

const root = corpusDir();
if (!root) {
  console.warn(
    `No corpus at ${process.env.SAAF_CORPUS ?? '../shared/corpus'} (set $SAAF_CORPUS to its folder): corpus checks are SKIPPED; the project's own fixture tests still run.`,
  );
}

const MISSION = 'mission/ev-china-tweet';
/** Readability non-regression: our text keeps at least this share of its expected words. */
const MIN_KEPT = 0.99;

const results = new Map<string, ExtractResult>();
function extract(name: string, path: string, url: string | null): ExtractResult {
  let r = results.get(name);
  if (!r) {
    r = extractFile(readFileSync(path, 'utf8'), url);
    results.set(name, r);
  }
  return r;
}

/** How many times the word sequence `seq` occurs in `list`. */
function occurrences(list: string[], seq: string[]): number {
  let n = 0;
  for (let i = 0; i + seq.length <= list.length; i++) if (seq.every((w, j) => list[i + j] === w)) n++;
  return n;
}

const key = (p: { kind: string; fragment: string }) => `${p.kind}: ${p.fragment}`;
const show = (p: Problem) => `${key(p)}${p.detail ? ` (${p.detail})` : ''}`;

describe.skipIf(!root)('corpus: annotated pages', () => {
  const cases = root ? annotatedCases(root) : [];

  it('finds the annotated cases, the mission page among them', () => {
    expect(cases.map((c) => c.name)).toContain(MISSION);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the known-failures list honest: real cases, never the mission page', () => {
    const names = new Set(cases.map((c) => c.name));
    for (const f of KNOWN_FAILURES) {
      expect(names.has(f.case), `${f.case} is not an annotated case`).toBe(true);
      expect(f.case, 'the mission page is never a known failure').not.toBe(MISSION);
      expect(f.reason.length, `${f.case}: say why`).toBeGreaterThan(10);
    }
  });

  // Our own annotations (tests/annotations/) are checked against the page: every fragment, story
  // or clutter, must be on it — a typo would otherwise pass as "excluded".
  const ours = cases.filter((c) => c.annotationPath.startsWith(ANNOTATIONS_DIR));
  it.each(ours.map((c) => [c.name, c] as const))('annotation of %s quotes the page', (name, c) => {
    const dom = parsePage(readFileSync(c.sourcePath, 'utf8'), null);
    const doc = dom.window.document;
    for (const el of [...doc.querySelectorAll('script, style, noscript, template')]) el.remove();
    const pageText = normalizeForMatch(doc.body.textContent ?? '');
    dom.window.close();
    const absent = [...(c.annotation.mustInclude ?? []), ...(c.annotation.mustExclude ?? [])].filter(
      (f) => !pageText.includes(normalizeForMatch(f)),
    );
    expect(absent, `${name}: not on the page: ${absent.join(' | ')}`).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const r = extract(name, c.sourcePath, c.annotation.url ?? null);
    const problems: Problem[] = r.ok ? checkArticle(c.annotation, r.article) : [{ kind: 'no-article', fragment: r.reason }];
    const known = new Set(KNOWN_FAILURES.filter((f) => f.case === name).map(key));
    const unexpected = problems.filter((p) => !known.has(key(p))).map(show);
    expect(unexpected, `${name}: ${unexpected.join(' | ')}`).toEqual([]);
    // A known failure that no longer happens must leave the list (it only shrinks).
    const happening = new Set(problems.map(key));
    const stale = [...known].filter((k) => !happening.has(k));
    expect(stale, `${name}: fixed, remove from tests/corpus/known-failures.ts: ${stale.join(' | ')}`).toEqual([]);
  });
});

describe.skipIf(!root)("corpus: Readability's own pages (non-regression)", () => {
  const cases = root ? readabilityCases(root) : [];

  it('finds them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  const notStories = new Set(NOT_STORIES.map((n) => n.case));
  it('lists only real cases as not-a-story pages', () => {
    const names = new Set([...cases.map((c) => c.name), ...(root ? annotatedCases(root).map((c) => c.name) : [])]);
    for (const n of NOT_STORIES) expect(names.has(n.case), `${n.case} is not a corpus case`).toBe(true);
  });

  it.each(cases.filter((c) => notStories.has(c.name)).map((c) => [c.name, c] as const))(
    '%s is not one story: the reader says so',
    (name, c) => {
      const r = extract(name, c.sourcePath, READABILITY_TEST_URL);
      expect(r.ok ? 'article' : r.reason).toBe('not-a-story');
    },
  );

  it.each(cases.filter((c) => !notStories.has(c.name)).map((c) => [c.name, c] as const))(
    `%s keeps ${MIN_KEPT * 100}% of Readability's words`,
    (name, c) => {
      const r = extract(name, c.sourcePath, READABILITY_TEST_URL);
      expect(r.ok, `${name} is an article page but was refused: ${r.ok ? '' : r.reason}`).toBe(true);
      const dom = parsePage(readFileSync(c.expectedHtmlPath, 'utf8'), null);
      const expectedText = dom.window.document.body.textContent ?? '';
      dom.window.close();
      let expected = words(expectedText);
      const ours = r.ok ? words(`${r.article.title}\n${r.article.text}`) : [];
      for (const d of DROPPED_CLUTTER.filter((d) => d.case === name)) {
        // Dropped = fewer copies in our text than in Readability's (a headline can also appear in the story).
        const stillDropped = occurrences(ours, words(d.span)) < occurrences(expected, words(d.span));
        expect(stillDropped, `${name}: "${d.span}" is kept now; remove it from scripts/lib/dropped-clutter.ts`).toBe(true);
        expected = withoutSpan(expected, d.span);
      }
      const { kept, dropped } = keptWords(expected, ours);
      expect(kept, `${name}: kept ${(kept * 100).toFixed(2)}%, dropped: ${dropped.slice(0, 40).join(' ')}`).toBeGreaterThanOrEqual(
        MIN_KEPT,
      );
    },
  );
});
