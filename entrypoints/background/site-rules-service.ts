/**
 * The reader's "Remember for this site" and "Delete this rule of mine": a content script may
 * store or delete rules of its own tab's site only (the tab's URL, read here, decides the site; a
 * hostile page cannot make its tab write another site's rules).
 */
import { browser } from 'wxt/browser';
import type { MessageResponse, SiteRuleAddResponse } from '@/utils/messaging/protocol';
import { addRule, deleteRule, siteKey, siteOfUrl } from '@/utils/site-rules/site-rules-storage';
import type { UserRule } from '@/utils/site-rules/types';
import type { Router } from './router';

/** The site (storage key) of a tab's page, or null when it is not an http(s) page. */
async function tabSite(tabId: number): Promise<string | null> {
  try {
    return siteOfUrl((await browser.tabs.get(tabId)).url);
  } catch {
    return null;
  }
}

/** Stores `rule` when its host is the tab's site. */
export async function addTabRule(tabId: number, rule: UserRule): Promise<SiteRuleAddResponse> {
  const site = await tabSite(tabId);
  if (!site || siteKey(rule.host) !== site) return { ok: false, error: "not this tab's site" };
  const saved = await addRule(rule);
  return saved ? { ok: true, rule: saved } : { ok: false, error: 'invalid rule' };
}

/** Deletes the tab's site's rule `id`. */
export async function deleteTabRule(tabId: number, id: string): Promise<MessageResponse> {
  const site = await tabSite(tabId);
  if (!site) return { ok: false, error: 'not a web page' };
  await deleteRule(site, id);
  return { ok: true };
}

export function registerSiteRulesService(router: Router): void {
  router.on('site-rule-add', (msg, from) =>
    from.kind === 'tab' ? addTabRule(from.tabId, msg.rule) : Promise.resolve({ ok: false, error: 'tabs only' }),
  );
  router.on('site-rule-delete', (msg, from) =>
    from.kind === 'tab' ? deleteTabRule(from.tabId, msg.id) : Promise.resolve({ ok: false, error: 'tabs only' }),
  );
}
