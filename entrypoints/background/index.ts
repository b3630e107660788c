import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { MessageResponse } from '@/utils/messaging/protocol';
import { openReader } from './open-reader';
import { openSettings } from './open-settings';
import { createRouter } from './router';
import { registerTranslateService } from './translate-service';
import { registerLibraryService } from './library-service';
import { registerLanguageService } from './language-service';
import { registerSiteRulesService } from './site-rules-service';
import { setupDetection } from './article-detection';

const MENU_READ = 'saaf-read';

export default defineBackground({
  type: 'module',
  main() {
    // The one message listener: each service registers its handlers on the router.
    const router = createRouter(browser.runtime.id, browser.runtime.getURL('/'));
    registerTranslateService(router);
    registerLibraryService(router);
    registerLanguageService(router);
    registerSiteRulesService(router);
    router.on('open-reader', (msg) =>
      openReader(msg.tabId).then(
        (): MessageResponse => ({ ok: true }),
        (err: unknown): MessageResponse => ({ ok: false, error: String(err) }),
      ),
    );
    router.on('open-settings', (msg, from) =>
      openSettings(msg.section, from.kind === 'tab' ? from.tabId : undefined).then(
        (): MessageResponse => ({ ok: true }),
        (err: unknown): MessageResponse => ({ ok: false, error: String(err) }),
      ),
    );
    browser.runtime.onMessage.addListener((raw: unknown, sender) => router.handle(raw, sender));
    browser.runtime.onConnect.addListener((port) => router.connect(port));
    setupDetection();
    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({
        id: MENU_READ,
        title: browser.i18n.getMessage('menuRead'),
        contexts: ['page', 'selection', 'link', 'image'],
      });
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_READ && tab?.id !== undefined) void openReader(tab.id).catch(report);
    });
    browser.action.onClicked.addListener((tab) => {
      if (tab.id !== undefined) void openReader(tab.id).catch(report);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'open-reader' && tab?.id !== undefined) void openReader(tab.id).catch(report);
    });
  },
});

function report(err: unknown): void {
  console.error('Saaf: could not open the reader', err);
}
