import type { Removal } from '../types';
import { TextIndex, textOf } from './dom';
import type { CleanRule, RuleContext, RulePhase } from './types';

export { textOf };

/**
 * Runs the rules of one phase in order over `root`. Rules are isolated: one that throws is
 * reported as `{rule, text: 'error: ...'}` and never loses the article (its partial removals
 * stand; every removal is a whole element, so the tree stays well-formed).
 */
export function runRules(rules: readonly CleanRule[], phase: RulePhase, root: Element, ctx: RuleContext): Removal[] {
  const removed: Removal[] = [];
  const local: RuleContext = { ...ctx, index: undefined };
  for (const rule of rules) {
    if (rule.phase !== phase && rule.phase !== 'both') continue;
    try {
      removed.push(...rule.run(root, local));
    } catch (err) {
      removed.push({ rule: rule.id, text: `error: ${err instanceof Error ? err.message : String(err)}` });
    }
    if (rule.reindex) local.index = undefined;
  }
  return removed;
}

/** The context's text index for `root`, built on demand (rules called directly in tests). */
export function indexOf(root: Element, ctx: RuleContext): TextIndex {
  if (!ctx.index || ctx.index.root !== root) ctx.index = new TextIndex(root);
  return ctx.index;
}

/** Removes `el` and returns its removal record. */
export function removeEl(rule: string, el: Element): Removal {
  const text = textOf(el);
  el.remove();
  return { rule, text: text.length > 300 ? `${text.slice(0, 300)}…` : text };
}
