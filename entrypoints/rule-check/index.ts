import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/pipeline';
import { readerSlot } from '@/utils/reader-handoff';
import { checkRules, type RuleCheck } from '@/utils/site-rules/check';
import { validateRules } from '@/utils/site-rules/validate';

/**
 * Injected by the options page (utils/site-rules/site-rules-service.ts) into an open tab of a
 * rule's site, for "test on the open tab" and to flag imported rules; never registered on pages.
 * Reads the rules left in the slot just before, finds the story as the engine does without the
 * reader's own rules, and returns what each rule would match (plain data). The page is not changed.
 * An unlisted script (like entrypoints/save): a content script's wrapper posts
 * `wxt:content-script-started` to the page, which tells any page that Saaf is there.
 */
export default defineUnlistedScript({
  main(): { ok: true; article: boolean; checks: RuleCheck[] } | { ok: false } {
    const slot = readerSlot();
    const rules = validateRules(slot.ruleCheck ?? [], { strict: false });
    delete slot.ruleCheck;
    if (!rules.ok) return { ok: false };
    try {
      const found = extractArticle(document, {
        url: location.href,
        win: window,
        getComputedDirection: (el) => getComputedStyle(el).direction,
      });
      const story = found.ok ? found.article.text : '';
      return { ok: true, article: found.ok, checks: checkRules(document, rules.rules, story) };
    } catch (err) {
      console.error('Saaf: checking site rules failed', err);
      return { ok: false };
    }
  },
});
