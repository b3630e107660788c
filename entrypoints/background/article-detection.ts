import { browser, type Browser } from 'wxt/browser';
import { detectItem } from '@/utils/settings/storage';
import { probeArticle } from './article-probe';

/**
 * Opt-in article detection. When the user has switched it on in the options page AND granted the
 * optional host permission, each page that finishes loading is probed once (a read-only function
 * injected with `scripting.executeScript`) and, if it is an article in Arabic script, the toolbar
 * button gets a badge, the way browsers show their reader-mode icon. Without both, nothing is
 * injected anywhere: the listener returns before touching the tab. No content script is
 * registered and no message comes back from pages (the probe's return value is the answer).
 */
export function setupDetection(): void {
  // Listeners are added synchronously in main(): an MV3 service worker is woken only for events
  // that had listeners when it started.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void checkTab(tabId, tab.url).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(() => void clearAllBadges());
  detectItem().watch((on) => {
    if (!on) void clearAllBadges();
  });
}

/** Whether detection may run on `url`: switched on, http(s), and the host permission granted. */
export async function detectionAllowed(url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/.test(url)) return false;
  if (!(await detectItem().getValue())) return false;
  // No port in the pattern: Firefox rejects match patterns with ports (Chrome ignores them).
  const u = new URL(url);
  return browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
}

async function checkTab(tabId: number, url: string | undefined): Promise<void> {
  if (!(await detectionAllowed(url))) return;
  const [res] = await browser.scripting.executeScript({ target: { tabId }, func: probeArticle });
  const probe = res?.result;
  const found = !!probe?.arabicScript && !!probe.article;
  await setBadge(tabId, found);
}

async function setBadge(tabId: number, found: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: found ? '✓' : '' });
  if (found) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5cad' });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitleFound') });
  } else {
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
  }
}

async function clearAllBadges(): Promise<void> {
  const tabs: Browser.tabs.Tab[] = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? Promise.resolve() : setBadge(t.id, false).catch(() => undefined))));
}
