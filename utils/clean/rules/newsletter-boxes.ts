import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { asksToFollowOnNews, mentionsNewsletter, startsWithPromo } from '../patterns';
import { hasProse, soleWrapper, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { hasLink } from '../../text/dom-query';

/** Sign-up boxes as plugins mark them (Mailchimp, Jetpack subscriptions, generic classes). */
const SELECTOR =
  '.newsletter, .newsletter-signup, .newsletter-box, .mc4wp-form, #mc_embed_signup, .jetpack_subscription_widget, .subscribe-box, .app-promo, .open-in-app';

const PROMO_TAGS = /^(?:p|div|li|aside|section|h[2-6]|a|span|header)$/;

/** A promo is a line, not a paragraph. */
const MAX_PROMO = 160;

/** A call to action beside a sign-up button is a line, not a paragraph. */
const MAX_CALL = 100;

/**
 * A sign-up button in its own box takes the box's call to action along: the largest box around
 * it that ends with the button and holds at most a line before it ("Get transport alerts for your
 * commute ... / [Sign up for alerts]", Payload's CallToAction block; "هل أعجبك المقال؟ [اشترك في
 * نشرة الرأي]", Salient's nectar-cta). A story paragraph is longer than a line.
 */
function callBox(button: Element, root: Element, index: TextIndex): Element {
  if (index.linkDensity(button) < 0.9) return button;
  const label = index.textOf(button);
  let box = button;
  for (let cur = button.parentElement; cur && cur !== root && !/^(?:body|main|article)$/.test(cur.localName); cur = cur.parentElement) {
    if (index.len(cur) > MAX_PROMO || index.len(cur) - index.len(button) > MAX_CALL || !index.textOf(cur).endsWith(label)) break;
    box = cur;
  }
  return box;
}

/**
 * Newsletter boxes, "follow us" prompts and app promotions: a short block that starts with the
 * call to action ("اشترك في النشرة", "تابعوا أخبار ... عبر غوغل نيوز", "نیوز لیٹر", "عضویت در خبرنامه",
 * "Sign up for our newsletter") or asks to follow the site on Google News anywhere in it, or a box
 * marked as a sign-up form.
 */
export const newsletterBoxes: CleanRule = {
  id: 'newsletter-boxes',
  // Removes newsletter sign-ups, "follow us" prompts and app promotions
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const el of index.select(SELECTOR)) {
      if (index.alive(el) && el !== root && !hasProse(el, index)) removed.push(removeEl(this.id, el));
    }
    for (let i = index.short.length - 1; i >= 0; i--) {
      const el = index.short[i]!;
      if (index.len(el) > MAX_PROMO || !PROMO_TAGS.test(el.localName) || !index.alive(el) || el === root) continue;
      const text = index.textOf(el);
      // A "follow us on Google News" prompt needs no link: its box often has none (the badge is CSS).
      const starts = startsWithPromo(text) || asksToFollowOnNews(text);
      if (!starts && !mentionsNewsletter(text)) continue;
      // Only whole blocks: the element must not be a fragment of a longer sentence.
      const parent = el.parentElement;
      if (/^(?:a|span)$/.test(el.localName) && parent && index.len(parent) !== index.len(el)) continue;
      // A newsletter named anywhere in a short block with a link to sign up is a promo too.
      if (starts) removed.push(removeEl(this.id, callBox(soleWrapper(el, root, index), root, index)));
      else if (index.linkDensity(el) >= 0.25 && hasLink(el)) removed.push(removeEl(this.id, soleWrapper(el, root, index)));
    }
    return removed;
  },
};
