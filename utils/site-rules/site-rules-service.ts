/**
 * Glue for the options page's site rules: storage (site-rules-storage.ts), import and export
 * files, and "test on the open tab". Testing reads an open tab of the rule's site, which needs
 * access to that site: asked for on the click (an optional host permission, never at install),
 * or, for the check after an import, used only when already held (no prompt).
 */
import { browser } from 'wxt/browser';
import type { RuleCheck } from './check';
import { deleteRule, importRules, loadAllRules, siteKey, updateRule, watchRules } from './site-rules-storage';
import type { UserRule } from './types';
import { parseRulesFile, rulesFile } from './validate';
import { ruleApplies } from './match';

/** Where WXT puts the unlisted script `entrypoints/rule-check`. */
export const RULE_CHECK_SCRIPT = '/rule-check.js';

/** What testing rules on an open tab found, or why it could not. */
export type TabCheck =
  { ok: true; url: string; article: boolean; checks: RuleCheck[] } | { ok: false; why: 'no-tab' | 'no-access' | 'failed' };

export type ImportResult = { ok: true; added: number; sites: string[]; rules: UserRule[] } | { ok: false; error: string };

export interface SiteRulesService {
  loadAll(): Promise<Map<string, UserRule[]>>;
  update(host: string, id: string, patch: Partial<Pick<UserRule, 'name' | 'enabled'>>): Promise<void>;
  remove(host: string, id: string): Promise<void>;
  /** Validates a rules file's text (strict: one bad rule refuses it) and stores its rules; nothing changes when refused. */
  importText(text: string): Promise<ImportResult>;
  /** Every stored rule as an export file's text. */
  exportText(): Promise<string>;
  /**
   * Tests `rules` (one site's) on the most recent open tab of their site. `ask`: call straight from
   * the click; the browser may ask the user for access to the site. Without it, only a tab the
   * extension may already read is tested (no tab found otherwise).
   */
  checkOnOpenTab(host: string, rules: readonly UserRule[], ask: boolean): Promise<TabCheck>;
  /** Calls `cb` when stored rules change; returns the unsubscribe. */
  watch(cb: () => void): () => void;
}

/** The match patterns of a site (rules ignore `www.`). */
export function siteOrigins(host: string): string[] {
  const site = siteKey(host);
  return /^[\d.]+$/.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://www.${site}/*`];
}

/** Leaves the rules to check in the slot (`executeScript({func})`: self-contained; the key is utils/reader-handoff.ts's SLOT_KEY). */
export function leaveRuleCheck(rules: unknown): void {
  const g = globalThis as unknown as Record<string, { ruleCheck?: unknown } | undefined>;
  (g['__saafReaderSlot'] ??= {}).ruleCheck = rules;
}

async function checkOnTab(host: string, rules: readonly UserRule[], access: Promise<boolean>): Promise<TabCheck> {
  try {
    if (!(await access)) return { ok: false, why: 'no-access' };
    const tabs = await browser.tabs.query({ url: siteOrigins(host) });
    // The tab the reader most likely means: the most recent one where the rules apply (path prefix too).
    const tab = tabs
      .filter((t) => t.id !== undefined && t.url && rules.some((r) => ruleApplies(r, t.url!)))
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || Number(b.active) - Number(a.active))[0];
    if (!tab?.id || !tab.url) return { ok: false, why: 'no-tab' };
    const target = { tabId: tab.id };
    await browser.scripting.executeScript({ target, func: leaveRuleCheck, args: [rules.map((r) => ({ ...r }))] });
    const [injection] = await browser.scripting.executeScript({ target, files: [RULE_CHECK_SCRIPT] });
    const result = injection?.result as { ok?: unknown; article?: unknown; checks?: unknown } | undefined;
    if (result?.ok !== true || !Array.isArray(result.checks)) return { ok: false, why: 'failed' };
    // Plain data from a page's world: only well-formed answers about the rules asked about.
    const ids = new Set(rules.map((r) => r.id));
    const checks = (result.checks as Partial<RuleCheck>[]).filter(
      (c): c is RuleCheck => typeof c?.id === 'string' && ids.has(c.id) && Number.isSafeInteger(c.matches) && typeof c.story === 'boolean',
    );
    return { ok: true, url: tab.url, article: result.article === true, checks };
  } catch (err) {
    console.warn('Saaf: could not test the rules on the open tab', err);
    return { ok: false, why: 'failed' };
  }
}

export function siteRulesService(): SiteRulesService {
  return {
    loadAll: loadAllRules,
    update: updateRule,
    remove: deleteRule,
    async importText(text) {
      const parsed = parseRulesFile(text);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const added = await importRules(parsed.rules);
      return { ok: true, added, sites: [...new Set(parsed.rules.map((r) => siteKey(r.host)))], rules: parsed.rules };
    },
    async exportText() {
      const all = [...(await loadAllRules()).values()].flat();
      return `${JSON.stringify(rulesFile(all), null, 2)}\n`;
    },
    checkOnOpenTab(host, rules, ask) {
      // permissions.request is the first async call: both browsers only prompt inside a user action.
      // Without asking, the tab query itself only finds the site's tabs the extension may read.
      const access = ask ? browser.permissions.request({ origins: siteOrigins(host) }).catch(() => false) : Promise.resolve(true);
      return checkOnTab(host, rules, access);
    },
    watch: watchRules,
  };
}
