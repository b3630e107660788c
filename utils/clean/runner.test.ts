import { describe, expect, it } from 'vitest';
import { markRules, runRules } from './runner';
import type { CleanRule } from './types';
import { clean, PROSE_UR } from '../../tests/helpers/clean';
import { adLabels } from './rules/ad-labels';
import { prune } from './rules/prune';
import { parsePage } from '../../scripts/lib/node-dom';

const throwing: CleanRule = {
  id: 'broken',
  // Always throws
  phase: 'both',
  run() {
    throw new Error('boom');
  },
  mark() {
    throw new Error('boom');
  },
};

describe('runRules', () => {
  it('isolates a rule that throws: reported as an error, the other rules still run, the story stays', () => {
    const { text, removed } = clean([throwing, adLabels], `${PROSE_UR}<div><span>اشتہار</span></div>`);
    expect(removed[0]).toEqual({ rule: 'broken', text: 'error: boom' });
    expect(removed.some((r) => r.rule === 'ad-labels')).toBe(true);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(text).not.toContain('اشتہار');
  });

  it('runs only the rules of the phase asked for', () => {
    const postOnly: CleanRule = { ...adLabels, id: 'post-only', phase: 'post' };
    const { text } = clean([postOnly], `${PROSE_UR}<div><span>اشتہار</span></div>`);
    expect(text).toContain('اشتہار');
  });

  it('markRules plans without touching the page, and isolates too', () => {
    const doc = parsePage(`<!doctype html><body>${PROSE_UR}<script>x()</script></body>`, null).window.document;
    const before = doc.body.innerHTML;
    const plan = markRules([throwing, prune], doc.body, { doc, lang: 'ur', dir: 'rtl', title: '', url: null });
    expect(doc.body.innerHTML).toBe(before);
    expect([...plan.drop].map((e) => e.localName)).toEqual(['script']);
    expect(plan.removed[0]).toEqual({ rule: 'broken', text: 'error: boom' });
    expect(runRules([], 'pre', doc.body, { doc, lang: 'ur', dir: 'rtl', title: '', url: null })).toEqual([]);
  });
});
