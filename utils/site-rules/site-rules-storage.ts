/**
 * Glue: the reader's own rules in `browser.storage.local`, one item per site
 * (`siteRules.<host>`: the site's `UserRule[]`), so a page reads only its own site's rules.
 * Everything read is validated again (lenient: a bad stored rule is dropped, the rest stay);
 * everything written is validated first. Plain `storage.local` keys, read and written raw (no
 * storage library): the shell injected on activation counts firings through this module.
 */
import { browser } from 'wxt/browser';
import type { UserRule } from './types';
import { LIMITS, validateRule, validateRules } from './validate';

const PREFIX = 'siteRules.';
const keyOf = (host: string): string => `${PREFIX}${siteKey(host)}`;

/** A host as rules are stored under it: lowercase, without `www.`. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The host of an http(s) URL, as rules are stored under it; null for anything else. */
export function siteOfUrl(url: string | null | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? siteKey(u.hostname) : null;
  } catch {
    return null;
  }
}

function clean(v: unknown): UserRule[] {
  const r = validateRules(Array.isArray(v) ? v : [], { strict: false });
  return r.ok ? r.rules : [];
}

/** The stored rules of one site. */
export async function loadSiteRules(host: string): Promise<UserRule[]> {
  const key = keyOf(host);
  return clean((await browser.storage.local.get(key))[key]);
}

/** Replaces one site's rules (validated; an empty list removes the item). */
export async function saveSiteRules(host: string, rules: readonly UserRule[]): Promise<UserRule[]> {
  const site = siteKey(host);
  const kept = clean(rules).filter((r) => siteKey(r.host) === site);
  if (kept.length === 0) await browser.storage.local.remove(keyOf(site));
  else await browser.storage.local.set({ [keyOf(site)]: kept });
  return kept;
}

/** Every site's rules, by site (the options page). */
export async function loadAllRules(): Promise<Map<string, UserRule[]>> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  const out = new Map<string, UserRule[]>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const rules = clean(value);
    if (rules.length > 0) out.set(key.slice(PREFIX.length), rules);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Adds a rule, or replaces the rule with its id (deriving the same block twice gives the same id). */
export async function addRule(rule: UserRule): Promise<UserRule | null> {
  const v = validateRule(rule);
  if (!v.ok) return null;
  const rules = await loadSiteRules(v.rule.host);
  const i = rules.findIndex((r) => r.id === v.rule.id);
  if (i >= 0) rules[i] = { ...v.rule, fired: rules[i]!.fired };
  else rules.push(v.rule);
  await saveSiteRules(v.rule.host, rules);
  return v.rule;
}

/**
 * Renames or turns a rule on or off. A name is cleaned (controls and bidi overrides become spaces,
 * cut to the limit): a rule is never dropped for a name typed in the options page; an empty name is ignored.
 */
export async function updateRule(host: string, id: string, patch: Partial<Pick<UserRule, 'name' | 'enabled'>>): Promise<void> {
  const { name, ...rest } = patch;
  const clean = name
    ?.replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .trim()
    .slice(0, LIMITS.name);
  const rules = await loadSiteRules(host);
  const next = rules.map((r) => (r.id === id ? { ...r, ...rest, ...(clean ? { name: clean } : {}) } : r));
  await saveSiteRules(host, next);
}

export async function deleteRule(host: string, id: string): Promise<void> {
  await saveSiteRules(
    host,
    (await loadSiteRules(host)).filter((r) => r.id !== id),
  );
}

/** Counts one firing of each rule id (`user:<id>` or the bare id) of a site. */
export async function countFired(host: string, ids: readonly string[]): Promise<void> {
  const fired = new Set(ids.map((id) => id.replace(/^user:/, '')));
  if (fired.size === 0) return;
  const rules = await loadSiteRules(host);
  if (!rules.some((r) => fired.has(r.id))) return;
  await saveSiteRules(
    host,
    rules.map((r) => (fired.has(r.id) ? { ...r, fired: r.fired + 1 } : r)),
  );
}

/**
 * Counts, in storage, each of the site's own rules that removed something from the story the
 * reader shows (`removed` of the extraction: `user:<id>` names a site rule).
 */
export async function countRuleFirings(url: string, removed: readonly { rule: string }[]): Promise<void> {
  const site = siteOfUrl(url);
  const ids = [...new Set(removed.filter((r) => r.rule.startsWith('user:')).map((r) => r.rule))];
  if (site && ids.length > 0) await countFired(site, ids);
}

/**
 * Adds imported rules (already validated by `parseRulesFile`): a rule with an id a site already
 * has replaces it (keeping its count). Returns how many were added or replaced.
 */
export async function importRules(rules: readonly UserRule[]): Promise<number> {
  const bySite = new Map<string, UserRule[]>();
  for (const r of rules) bySite.set(siteKey(r.host), [...(bySite.get(siteKey(r.host)) ?? []), r]);
  let n = 0;
  for (const [site, incoming] of bySite) {
    const rules = await loadSiteRules(site);
    for (const r of incoming) {
      const i = rules.findIndex((x) => x.id === r.id);
      if (i >= 0) rules[i] = { ...r, fired: rules[i]!.fired };
      else rules.push(r);
      n++;
    }
    await saveSiteRules(site, rules);
  }
  return n;
}

/** Calls `cb` when any site's rules change (another tab, the options page). */
export function watchRules(cb: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(PREFIX))) cb();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
