import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/pipeline';
import type { ExtractResult } from '@/utils/types';
import { readerSlot } from '@/utils/reader-handoff';
import { validateRules } from '@/utils/site-rules/validate';

/**
 * Injected by the background (entrypoints/background/save-article.ts) when the user saves a
 * page; never registered on pages. Runs the reader's extraction pipeline on the live page and
 * returns its result to `scripting.executeScript` (plain data, no DOM). The page is not changed.
 * An unlisted script, not a content script, like the reader's steps: WXT's content-script wrapper
 * posted `wxt:content-script-started` to the page at every injection, which tells any page that
 * Saaf is there (this script keeps no listeners and uses no extension API, so the wrapper's
 * context, which ends an older instance of the script, had nothing to end).
 */
export default defineUnlistedScript({
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
