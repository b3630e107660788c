/**
 * Runs clutter rules on a small hand-written fixture in jsdom, for the rule tests in
 * utils/clean/rules/*.test.ts.
 */
import { readFileSync } from 'node:fs';
import { runRules } from '../../utils/clean/runner';
import type { CleanRule, RulePhase } from '../../utils/clean/types';
import { isRtlLang } from '../../utils/text/script';
import type { Removal } from '../../utils/types';
import { parsePage } from '../../scripts/lib/node-dom';
import { normalizeForMatch } from '../../scripts/lib/match';

export interface Cleaned {
  /** Text left under the root, whitespace collapsed (marks dropped), for `toContain` checks. */
  text: string;
  removed: Removal[];
  root: Element;
}

export interface CleanOptions {
  phase?: RulePhase;
  lang?: string;
  title?: string;
  url?: string | null;
}

/** Cleans `html` (a body fragment or a whole page) with `rules` and returns what is left. */
export function clean(rules: readonly CleanRule[], html: string, opts: CleanOptions = {}): Cleaned {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const dom = parsePage(page, opts.url ?? 'https://example.com/news/1');
  const doc = dom.window.document;
  const phase = opts.phase ?? 'pre';
  let root: Element = doc.body;
  if (phase === 'post') {
    // Readability's output is cleaned in a detached holder: test the rule there too.
    const holder = doc.createElement('div');
    holder.innerHTML = doc.body.innerHTML;
    root = holder;
  }
  const lang = opts.lang ?? 'ur';
  const removed = runRules(rules, phase, root, {
    doc,
    lang,
    dir: isRtlLang(lang) ? 'rtl' : 'ltr',
    title: opts.title ?? '',
    url: opts.url ?? 'https://example.com/news/1',
  });
  return { text: normalizeForMatch(root.textContent ?? ''), removed, root };
}

/** A fixture file of tests/fixtures/clean/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/clean/${name}`, import.meta.url), 'utf8');
}

/** A story paragraph long enough to count as prose (letters, not links). */
export const PROSE_UR =
  '<p>وفاقی وزیر نے کہا کہ حکومت ملک میں برقی گاڑیوں کی صنعت کو فروغ دینے کے لیے جامع پالیسی پر کام کر رہی ہے اور اس سلسلے میں چین کے ساتھ تعاون کو مزید وسعت دی جائے گی تاکہ مقامی پیداوار میں اضافہ ہو۔</p>';
export const PROSE_AR =
  '<p>وقال وزير الصحة في مؤتمر صحفي عقده اليوم إن الوزارة ستواصل العمل على توسيع برامج التطعيم في جميع المحافظات خلال الأشهر المقبلة، مؤكدا أن الخطة تشمل المدارس والمراكز الصحية.</p>';
