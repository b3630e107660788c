import { browser } from 'wxt/browser';
import type { SettingsSection } from '@/utils/messaging/protocol';

/**
 * Opens the options page at one section, in a new tab next to the one asking. The page reads the
 * hash and scrolls to and focuses that section (`runtime.openOptionsPage()` takes no hash, and in
 * Chrome it may open the page inside chrome://extensions where a hash does nothing).
 */
export async function openSettings(section: SettingsSection, nextToTab?: number): Promise<void> {
  const url = browser.runtime.getURL(`/options.html#${section}`);
  const opener = nextToTab === undefined ? undefined : await browser.tabs.get(nextToTab).catch(() => undefined);
  await browser.tabs.create({ url, active: true, ...(opener?.index === undefined ? {} : { index: opener.index + 1 }) });
}
