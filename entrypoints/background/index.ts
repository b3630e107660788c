import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage, type MessageResponse } from '@/utils/messages';
import { openReader } from './open-reader';
import { registerTranslateService } from './translate-service';
import { registerLibraryService } from './library-service';
import { registerLanguageService } from './language-service';
import { setupDetection } from './detect';

const MENU_READ = 'saaf-read';

export default defineBackground({
  type: 'module',
  main() {
    registerTranslateService();
    registerLibraryService();
    registerLanguageService();
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
    browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<MessageResponse> | undefined => {
      // Only the extension's own pages may drive it; content scripts run inside hostile pages.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const msg = parseMessage(raw);
      if (!msg) return undefined;
      switch (msg.type) {
        case 'open-reader':
          return openReader(msg.tabId).then(
            (): MessageResponse => ({ ok: true }),
            (err: unknown): MessageResponse => ({ ok: false, error: String(err) }),
          );
      }
    });
  },
});

function report(err: unknown): void {
  console.error('Saaf: could not open the reader', err);
}
