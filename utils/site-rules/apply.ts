/**
 * The pipeline's side of user rules: the rules of this page, the story region a `region` rule
 * picks, and the clean rule that removes the blocks of the other kinds (run by the same runner
 * as the general rules, before Readability).
 */
import type { Removal } from '../types';
import type { CleanRule, RuleContext } from '../clean/types';
import { indexOf, removeEl, report } from '../clean/runner';
import { pageUrl } from '../clean/rules/site-rules';
import { TextIndex } from '../clean/dom';
import { ruleApplies, ruleMatches } from './match';
import { userRuleId, type UserRule } from './types';

/** The enabled rules that apply to the page of `ctx` and are not turned off for this extraction. */
export function rulesForPage(rules: readonly UserRule[], ctx: Pick<RuleContext, 'doc' | 'url' | 'disabled'>): UserRule[] {
  const url = pageUrl(ctx);
  return rules.filter((r) => r.enabled && !ctx.disabled?.has(userRuleId(r)) && ruleApplies(r, url));
}

/**
 * The story region a `region` rule picks on the page (the first rule that finds one), and what
 * leaving the rest out removes: each sibling of the region and of its ancestors, in page order.
 * Read-only: the pipeline copies only the region.
 */
export function findRegion(
  body: Element,
  rules: readonly UserRule[],
  originOf: (el: Element) => number | undefined,
): { region: Element; removed: Removal[] } | null {
  const regions = rules.filter((r) => r.kind === 'region');
  if (regions.length === 0) return null;
  const index = new TextIndex(body);
  for (const rule of regions) {
    const region = ruleMatches(rule, body, index)[0];
    if (!region || index.len(region) === 0) continue;
    const removed: Removal[] = [];
    for (let keep: Element = region; keep.parentElement && keep !== body; keep = keep.parentElement) {
      for (const sib of keep.parentElement.children) {
        if (sib === keep) continue;
        const r = report(userRuleId(rule), sib);
        const o = originOf(sib);
        if (o !== undefined) r.origin = [o];
        if (r.text) removed.push(r);
      }
    }
    removed.sort((a, b) => (a.origin?.[0] ?? 0) - (b.origin?.[0] ?? 0));
    return { region, removed };
  }
  return null;
}

/** A clean rule that removes what `rules` (already filtered for the page) match. */
export function userRulesRule(rules: readonly UserRule[]): CleanRule {
  return {
    id: 'user-rules',
    // Removes the blocks the reader's own rules for this site match
    phase: 'pre',
    run(root, ctx) {
      const removed: Removal[] = [];
      for (const rule of rules) {
        if (rule.kind === 'region') continue;
        const index = indexOf(root, ctx);
        for (const el of ruleMatches(rule, root, index)) {
          if (!index.alive(el)) continue;
          const r = removeEl(userRuleId(rule), el);
          if (r.text) removed.push(r);
        }
      }
      return removed;
    },
  };
}
