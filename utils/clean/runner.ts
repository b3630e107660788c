import type { Removal } from '../types';
import type { CleanRule, RuleContext, RulePhase } from './types';

/**
 * Runs the rules of one phase in order. Rules are isolated: one that throws is reported as
 * `{rule, text: 'error: ...'}` and never loses the article.
 */
export function runRules(rules: readonly CleanRule[], phase: RulePhase, root: Element, ctx: RuleContext): Removal[] {
  const removed: Removal[] = [];
  for (const rule of rules) {
    if (rule.phase !== phase) continue;
    try {
      removed.push(...rule.run(root, ctx));
    } catch (err) {
      removed.push({ rule: rule.id, text: `error: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return removed;
}

/** Removes `el` and returns its removal record. */
export function removeEl(rule: string, el: Element): Removal {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  el.remove();
  return { rule, text: text.length > 300 ? `${text.slice(0, 300)}…` : text };
}

/** Text of an element with whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u200c-\u200f]+/g, ' ').trim();
}
