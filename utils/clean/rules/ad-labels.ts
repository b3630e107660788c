import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { isAdLabel } from '../patterns';
import { hasProse, soleWrapper, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';

/** Ad slots whose markup names them (AdSense, Google Publisher Tag, WordPress ad inserters). */
const AD_SELECTOR =
  'ins.adsbygoogle, .adsbygoogle, .ad-slot, .ad-label, .advertisement, .ad-container, .ad-wrapper, amp-ad, amp-embed, amp-sticky-ad';
/** Google Publisher Tag and AdSense slot ids. */
const AD_ID = /^(?:div-gpt-ad|google_ads_)/;

/** Is `a` a link off the page's site (an ad server's click URL, an advertiser's site)? */
function offSite(a: Element | null, url: string | null): boolean {
  const href = a?.getAttribute('href');
  if (!href || !url) return false;
  try {
    const host = (u: string) => new URL(u, url).hostname.replace(/^www\./, '');
    return host(href) !== host(url);
  } catch {
    return false;
  }
}

/**
 * The label's box holds nothing else to read, and its images all link off the site: the ad's
 * creative (Bridge's `.qode-advertising` "آگهی" + `<a href="https://ads…"><img></a>`, Voice's
 * `.vce-ad` "إعلان" + a banner). A story photo links to itself or to nothing.
 */
function isCreativeBox(box: Element, label: Element, index: TextIndex, url: string | null): boolean {
  const imgs = [...box.getElementsByTagName('img')];
  return index.len(box) === index.len(label) && imgs.length > 0 && imgs.every((img) => offSite(img.closest('a'), url));
}

/**
 * Ad labels ("اشتہار", "إعلان", "تبلیغات", "פרסומת", "Advertisement") with the wrapper that holds
 * only them, and the ad slots they announce. Readability's ad-word list has none of the RTL words.
 */
export const adLabels: CleanRule = {
  id: 'ad-labels',
  // Removes ad labels in Urdu, Arabic, Persian, Hebrew and English, and marked ad slots
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const leaf of index.labels(isAdLabel, 45)) {
      if (!index.alive(leaf)) continue;
      const label = soleWrapper(leaf, root, index);
      // The ad's box goes whole: its label, its slot and the short note beside them (SmartMag's
      // `a-wrap`: "إعلان" + `.adsbygoogle` + "تابع القراءة أسفل الإعلان").
      const box = label.parentElement;
      const inBox = box && box !== root && root.contains(box) && index.len(box) <= 80;
      const whole = inBox && (box.querySelector(AD_SELECTOR) !== null || isCreativeBox(box, label, index, ctx.url)) ? box : label;
      removed.push(removeEl(this.id, whole));
    }
    for (const slot of [...index.select(AD_SELECTOR), ...index.withId(AD_ID)]) {
      // An ad box never holds story paragraphs; one that does is mislabelled (keep).
      if (!index.alive(slot) || slot === root || hasProse(slot, index, 80)) continue;
      const r = removeEl(this.id, slot);
      if (r.text) removed.push(r);
    }
    return removed;
  },
};
