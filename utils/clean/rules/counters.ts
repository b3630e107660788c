import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import {
  COUNTER_ATTR,
  META_SEPARATOR,
  isBareCount,
  READING_TIME_ATTR,
  isBareId,
  isCounter,
  isDatedLabel,
  isDateLine,
  isMinutes,
  isNewsId,
  isPlayerClock,
  isReadingTime,
  isSlideCount,
  isStamp,
} from '../patterns/counters';
import { SHARE_HREF, isListenLabel, isRelativeTime, isShareLabel } from '../patterns';
import { isDuration } from '../patterns/navigation';
import { precedes, secondProse, soleWrapper, textOf, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { closestTag, hasTag } from '../../text/dom-query';
import { anyOf } from '../../text/fold';

/** Words of an element's markup that can say "counter": class, id, title, aria-label, itemprop. */
const markup = (el: Element) =>
  ['class', 'id', 'title', 'aria-label', 'itemprop', 'data-type'].map((a) => el.getAttribute(a) ?? '').join(' ');

/** An element with no text of its own: an icon (`<i class="fa fa-eye">`, `<span class="icon-views">`). */
const isIcon = (el: Element | null, index: TextIndex) =>
  !!el && index.len(el) === 0 && !/^(?:img|picture|video|figure)$/.test(el.localName);

/**
 * Does the markup around a bare number say it is a counter? Its own box or a small ancestor is
 * named for views / comments / shares / likes, an icon so named stands beside it, or it is a link
 * to the comments (`#comments`, `#respond`).
 */
function markedAsCounter(el: Element, root: Element, index: TextIndex): boolean {
  for (
    let cur: Element | null = el, depth = 0;
    cur && cur !== root && depth < 4 && index.len(cur) <= 40;
    cur = cur.parentElement, depth++
  ) {
    if (COUNTER_ATTR.test(markup(cur))) return true;
    if (cur.localName === 'a' && /#(?:comments?|respond|disqus)/i.test(cur.getAttribute('href') ?? '')) return true;
    for (const sib of [cur.previousElementSibling, cur.nextElementSibling])
      if (isIcon(sib, index) && COUNTER_ATTR.test(markup(sib!))) return true;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) if (isIcon(c, index) && COUNTER_ATTR.test(markup(c))) return true;
  }
  return false;
}

/**
 * Does the markup say `el` is the page's date? A `<time>` or `datetime` in it or around it, or a
 * box named date / time / meta / published within three levels ("span.date", "ul.post-detail-meta").
 */
function markedAsDate(el: Element, root: Element): boolean {
  if (el.querySelector('time, [datetime]')) return true;
  for (let cur: Element | null = el, depth = 0; cur && cur !== root && depth < 4; cur = cur.parentElement, depth++) {
    if (cur.localName === 'time' || cur.hasAttribute('datetime') || /date|time|meta|publish|posted/i.test(markup(cur))) return true;
  }
  return false;
}

/** A tool link of a meta line: share, print, "send to a friend" by e-mail. */
const isToolLink = (a: Element) =>
  SHARE_HREF.test(a.getAttribute('href') ?? '') || /print|^mailto:/i.test(a.getAttribute('href') ?? '') || isShareLabel(textOf(a));

/** The segments of a meta line, its tool links left out. */
function metaSegments(el: Element): string[] {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const link = closestTag(n.parentElement, 'a');
    if (!link || !el.contains(link) || !isToolLink(link)) out += n.nodeValue ?? '';
  }
  return out
    .split(META_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first paragraph of prose under `root`: what "near the headline" is measured against. */
function firstProse(root: Element, index: TextIndex): Element | null {
  for (const p of index.tag('p')) if (index.len(p) >= 80 && index.linkDensity(p) < 0.5) return p;
  return null;
}

/**
 * View, comment, share and like counters in every script and notation ("12.3K بازدید", "41 دیدگاه",
 * "2.1K شیئرز", "١٢ ألف مشاهدة", a lone "0" in a comments link), and news ids near the headline
 * ("کد خبر: ۸۲۳۴۵۶۷", a bare "4411827" above the story), and video duration badges ("3min", "۰۳:۱۲")
 * on thumbnails, gallery slide counters ("1 / 12", "۳ از ۱۲") and a media player's "00:00" clock with its label, and animated number widgets. Only elements whose whole text is the
 * counter; a bare number only where the markup names it a counter; cells of a story table never.
 */
export const counters: CleanRule = {
  id: 'counters',
  // Removes view / comment / share / like counters, news ids, reading times, dated labels, listen
  // players and video duration badges
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const take = (el: Element) => {
      if (index.alive(el)) removed.push(removeEl(this.id, soleWrapper(el, root, index)));
    };
    const inTable = (el: Element) => !!closestTag(el, 'td', 'th', 'blockquote', 'pre', 'code');
    // Reading times ("6 min read", "۶ دقیقه مطالعه") and dated "updated / published" labels are
    // meta of the same kind as a counter: the whole label goes, never a sentence that holds one.
    for (const el of index.labels(anyOf(isCounter, isNewsId, isReadingTime, isDatedLabel), 60)) if (!inTable(el)) take(el);
    // Minutes alone ("⏱ ۵ دقیقه") where the markup names them a reading time.
    for (const el of index.labels(isMinutes, 20)) {
      if (!index.alive(el) || inTable(el)) continue;
      for (let cur: Element | null = el, depth = 0; cur && cur !== root && depth < 3; cur = cur.parentElement, depth++) {
        if (READING_TIME_ATTR.test(markup(cur)) || READING_TIME_ATTR.test(cur.getAttribute('data-testid') ?? '')) {
          take(el);
          break;
        }
      }
    }
    const lead = firstProse(root, index);
    for (const el of index.labels(anyOf(isBareCount, isBareId), 24)) {
      if (!index.alive(el) || inTable(el)) continue;
      const text = index.textOf(el);
      if (isBareCount(text) && markedAsCounter(el, root, index)) take(el);
      // A bare id above the first paragraph of the story (headline area).
      else if (isBareId(text) && lead && precedes(el, lead) && !closestTag(el, 'p', 'li', 'h1', 'h2')) take(el);
    }
    // A meta line: "اپلوڊ ٿيل: 03-12-2026 10:42 AM | ڏٺو ويو: 1,204 ڀيرا | پرنٽ ڪريو" — segments split
    // by "|", "•" or "·", at least one a counter, the others counters, stamps or relative times.
    // Above the story's first paragraph, a stamp with the section's link is one too: UIkit's
    // `uk-article-meta` "3 ديسمبر 2026 - 09:02 · محليات" once its byline is taken.
    for (const tag of ['div', 'p', 'li', 'span', 'small']) {
      for (const el of index.tag(tag)) {
        if (!index.alive(el) || index.len(el) > 120 || inTable(el) || !/[|•·]/.test(index.textOf(el))) continue;
        const parts = metaSegments(el);
        if (parts.length < 2) continue;
        const links = lead && precedes(el, lead) ? new Set([...el.getElementsByTagName('a')].map(textOf)) : new Set<string>();
        const meta = (p: string) => isCounter(p) || isRelativeTime(p) || isStamp(p);
        if (parts.some((p) => isCounter(p) || (links.size > 0 && isStamp(p))) && parts.every((p) => meta(p) || links.has(p))) take(el);
      }
    }
    // A date line alone in the headline area (above the second paragraph of prose: the first may be
    // the dek): the page's own date, which the reader prints in its header. Never a paragraph that
    // goes on past the date, nor a heading or a table cell.
    const second = secondProse(index);
    // Its line goes with it when the rest is separators, stamps, counters and links ("· · محليات").
    const metaRest = (el: Element) => {
      const links = new Set([...el.getElementsByTagName('a')].map(textOf));
      return metaSegments(el).every(
        (p) => isStamp(p) || isDateLine(p) || isCounter(p) || isRelativeTime(p) || links.has(p) || !/[\p{L}\p{N}]/u.test(p),
      );
    };
    for (const el of second ? index.labels(isDateLine, 40) : []) {
      if (!index.alive(el) || !precedes(el, second!) || inTable(el) || closestTag(el, 'h1', 'h2', 'h3', 'figcaption')) continue;
      if (!markedAsDate(el, root)) continue;
      let box = el;
      for (let cur = el.parentElement; cur && cur !== root && !/^(?:body|main|article)$/.test(cur.localName); cur = cur.parentElement) {
        if (index.len(cur) > 120 || !metaRest(cur)) break;
        box = cur;
      }
      // A date in a meta line that still holds more (a byline the pipeline takes later) is left to
      // the meta-line rule above, which takes the line whole once the rest is gone.
      const line = box.parentElement;
      if (line && line !== root && index.len(line) <= 120 && /[|•·]/.test(index.textOf(line))) continue;
      take(box);
    }
    // Video duration badges ("3min", "۰۳:۱۲") on a thumbnail or inside a teaser link.
    for (const el of index.labels(isDuration, 16)) {
      if (!index.alive(el) || inTable(el)) continue;
      const parent = el.parentElement;
      const onMedia = !!parent && parent !== root && hasTag(parent, 'img', 'picture', 'amp-img', 'video');
      if (onMedia || closestTag(el, 'a') || /duration|length|runtime|badge|video-time/i.test(markup(el))) take(el);
    }
    // Slide counters ("1 / 12", "۳ از ۱۲") in a gallery's figure or beside its pictures.
    for (const el of index.labels(isSlideCount, 24)) {
      if (!index.alive(el) || inTable(el)) continue;
      const parent = el.parentElement;
      const onMedia = !!parent && parent !== root && hasTag(parent, 'img', 'picture', 'amp-img', 'video');
      if (onMedia || closestTag(el, 'figure', 'figcaption') || /slide|gallery|counter|count|pager/i.test(markup(el))) take(el);
    }
    // An animated number widget (Divi's `.et_pb_number_counter[data-number-value]`, Elementor's
    // `.elementor-counter-number[data-to-value]`): script draws the number, so the page holds only
    // its title and a "+". The largest small box named a counter around it goes, never prose.
    for (const el of index.select('[data-number-value], [data-to-value]')) {
      if (!index.alive(el) || inTable(el)) continue;
      let box: Element | null = null;
      for (let cur: Element | null = el, depth = 0; cur && cur !== root && depth < 5; cur = cur.parentElement, depth++) {
        if (index.len(cur) > 120 || index.longestParagraph(cur) >= 80) break;
        if (/counter/i.test(markup(cur))) box = cur;
      }
      if (box) take(box);
    }
    // A text-to-speech player, found by its label ("استمع إلى هذا المقال", "این مطلب را بشنوید"): the
    // box of a few words around it (button, duration "٤:١٢ دقيقة") goes with it.
    for (const el of index.labels(isListenLabel, 40)) {
      if (!index.alive(el) || inTable(el) || closestTag(el, 'p', 'li', 'h1', 'h2', 'h3', 'blockquote')) continue;
      take(playerBox(el, root, index));
    }
    // A player's "00:00" clock: the player goes with its label and duration ("اس خبر کو سنیں 00:00 / 03:12").
    for (const el of index.labels(isPlayerClock, 8)) {
      if (!index.alive(el) || inTable(el)) continue;
      take(playerBox(el, root, index));
    }
    return removed;
  },
};

/**
 * A player's control row around its label or clock: the largest ancestor of at most 60 letters
 * with no paragraph of 40 (button, duration, speed), never past a paragraph, list item or the article.
 */
function playerBox(el: Element, root: Element, index: TextIndex): Element {
  let box = el;
  for (let cur = el.parentElement; cur && cur !== root && !/^(?:body|main|article|p|li)$/.test(cur.localName); cur = cur.parentElement) {
    if (index.len(cur) > 60 || index.longestParagraph(cur) >= 40) break;
    box = cur;
  }
  return box;
}
