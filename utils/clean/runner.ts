import { ORIGIN_ATTR, type Removal } from '../types';
import { TextIndex, textOf } from './dom';
import { textStart } from './element-text';
import type { CleanRule, MarkResult, RuleContext, RulePhase } from './types';

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

/**
 * Runs the `mark` of every rule that has one, in order, each seeing what the earlier ones marked.
 * Isolated like `runRules`: a rule that throws marks nothing. `protect`ed elements are never marked.
 */
export function markRules(
  rules: readonly CleanRule[],
  root: Element,
  ctx: RuleContext,
  protect: ReadonlySet<Element> = new Set(),
): { drop: Set<Element>; removed: Removal[]; focus: Element | null } {
  const drop = new Set<Element>();
  const removed: Removal[] = [];
  let focus: Element | null = null;
  // A text index skips what was marked when it was built (`drop` is its skip set); what a later
  // rule marks it is told about (`skipMore`), so one index serves every rule of the plan.
  let shared: TextIndex | undefined;
  // After the last planning rule nothing reads the index: it is not brought up to date.
  const guarded = [...protect];
  let last = -1;
  for (let i = 0; i < rules.length; i++) if (rules[i]!.mark) last = i;
  for (const [i, rule] of rules.entries()) {
    if (!rule.mark) continue;
    const local: RuleContext = { ...ctx, index: shared };
    try {
      const r = rule.mark(root, local, drop);
      if (local.index && local.index.root === root && local.index !== shared) shared = local.index;
      const added: Element[] = [];
      for (const el of r.drop)
        if (!drop.has(el) && !protect.has(el) && !guarded.some((p) => el.contains(p))) {
          drop.add(el);
          added.push(el);
        }
      if (i < last) shared?.skipMore(added);
      removed.push(...r.removed);
      // A focus that would leave out an embed is not taken.
      if (r.focus && guarded.every((p) => r.focus!.contains(p))) focus = r.focus;
    } catch (err) {
      removed.push({ rule: rule.id, text: `error: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { drop, removed, focus };
}

/** `run` for a rule that plans with `mark`: plan, then remove. */
export function runMarked(rule: CleanRule & { mark: NonNullable<CleanRule['mark']> }, root: Element, ctx: RuleContext): Removal[] {
  const r: MarkResult = rule.mark(root, ctx, new Set());
  for (const el of r.drop) el.remove();
  if (r.focus && r.focus !== root) {
    // Everything outside the focus goes: its ancestors' other children, level by level.
    for (let keep: Element = r.focus; keep.parentElement && keep !== root; keep = keep.parentElement) {
      for (const sib of [...keep.parentElement.children]) if (sib !== keep) sib.remove();
    }
  }
  return r.removed;
}

/** Text of a subtree for a removal report, shortened, with the element's origin id when it has one. */
export function report(rule: string, el: Element): Removal {
  const text = textStart(el, 300);
  const r: Removal = { rule, text: text.length > 300 ? `${text.slice(0, 300)}…` : text };
  const origin = el.getAttribute(ORIGIN_ATTR);
  if (origin !== null && /^\d+$/.test(origin)) r.origin = [Number(origin)];
  return r;
}

/** The context's text index for `root`, built on demand (rules called directly in tests). */
export function indexOf(root: Element, ctx: RuleContext, skip?: ReadonlySet<Element>): TextIndex {
  if (!ctx.index || ctx.index.root !== root) ctx.index = new TextIndex(root, skip);
  return ctx.index;
}

/** Removes `el` and returns its removal record. */
export function removeEl(rule: string, el: Element): Removal {
  const r = report(rule, el);
  el.remove();
  return r;
}
