import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/utils/pipeline';
import type { ExtractResult } from '@/utils/types';
import { readerSlot } from '@/utils/reader-handoff';
import { validateRules } from '@/utils/site-rules/validate';

/**
 * Injected by the background (entrypoints/background/save-article.ts) when the user saves a
 * page; never registered on pages. Runs the reader's extraction pipeline on the live page and
 * returns its result to `scripting.executeScript` (plain data, no DOM). The page is not changed.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main(): ExtractResult | { ok: false; reason: 'error' } {
    try {
      // The site's own rules, left by the background just before (plain data: checked again), taken
      // out of the slot: a later save of a site with no rules left must not reuse them.
      const slot = readerSlot();
      const rules = validateRules(slot.userRules ?? [], { strict: false });
      delete slot.userRules;
      return extractArticle(document, {
        url: location.href,
        win: window,
        getComputedDirection: (el) => getComputedStyle(el).direction,
        userRules: rules.ok ? rules.rules : [],
      });
    } catch (err) {
      console.error('Saaf: extraction for saving failed', err);
      return { ok: false, reason: 'error' };
    }
  },
});
