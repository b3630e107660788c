import { anyOf } from '../../text/fold';
import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { SHARE_HREF, isShareCount, isShareLabel } from '../patterns';
import { soleWrapper, textOf, type TextIndex } from '../dom';
import { indexOf, removeEl } from '../runner';
import { closestTag, closestWhere, linksIn } from '../../text/dom-query';

/** A button, link or list item, or a box whose class or id says share / social. */
const isControl = (e: Element) =>
  /^(?:a|button|li)$/.test(e.localName) ||
  /share|social|soc-/i.test(e.getAttribute('class') ?? '') ||
  /share/i.test(e.getAttribute('id') ?? '');

const isShareLink = (a: Element) => SHARE_HREF.test(a.getAttribute('href') ?? '') || isShareLabel(textOf(a));

/** Text of `box` outside its share links: must be share words and counts only (a bar of icons has none). */
function looseText(box: Element): string {
  let out = '';
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const link = closestTag(n.parentElement ?? null, 'a');
    if (!link || !box.contains(link) || !isShareLink(link)) out += ` ${n.nodeValue ?? ''}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const isShareWords = (t: string) =>
  t === '' ||
  t.split(/\s*[|·•/]\s*|\s{2,}/).every((part) => part === '' || isShareLabel(part) || isShareCount(part) || /^[\d\s.,kmKM]+$/.test(part)) ||
  isShareLabel(t);

/** The largest ancestor of `el` below `root` that is all share buttons, prompts and counts. */
function shareBox(el: Element, root: Element, index: TextIndex): Element {
  let box = el;
  for (let cur = el.parentElement; cur && cur !== root && !/^(?:body|main|article)$/.test(cur.localName); cur = cur.parentElement) {
    if (index.len(cur) > 200) break;
    if (!linksIn(cur).every(isShareLink) || !isShareWords(looseText(cur))) break;
    box = cur;
  }
  return box;
}

/** A label inside a sentence ("posted to <a>Facebook</a> started a backlash") is a word of the story. */
function inProse(el: Element): boolean {
  const words = (n: Node | null) => n?.nodeType === 3 && /\p{L}{2,}/u.test(n.nodeValue ?? '');
  return words(el.previousSibling) || words(el.nextSibling);
}

/** Share bars: groups of links to share endpoints, share prompts ("شیئر کریں", "شارك", "انسخ الرابط") and counts. */
export const shareBars: CleanRule = {
  id: 'share-bars',
  // Removes share buttons, share prompts and share counts
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    const push = (el: Element) => {
      const r = removeEl(this.id, el);
      removed.push(r);
    };
    for (const a of index.tag('a').filter((a) => a.hasAttribute('href'))) {
      if (index.alive(a) && SHARE_HREF.test(a.getAttribute('href') ?? '')) push(shareBox(a, root, index));
    }
    for (const leaf of index.labels(anyOf(isShareLabel, isShareCount), 40)) {
      if (!index.alive(leaf) || closestTag(leaf, 'td', 'th', 'figcaption', 'blockquote', 'h1')) continue;
      // "Facebook" or "print" in running text is a word, not a button: only controls and their boxes.
      const control = closestWhere(leaf, isControl);
      const isCount = isShareCount(textOf(leaf));
      const multiWordPrompt = textOf(leaf).includes(' ') || /[\u0600-\u06FF\u0590-\u05FF]/.test(textOf(leaf));
      const box = shareBox(soleWrapper(leaf, root, index), root, index);
      if ((control || isCount || multiWordPrompt) && !inProse(box)) push(box);
    }
    // A short link of this page printed bare ("nabd-alkhaleej.example.ae/n/2817" in a <code>), once
    // its "short link:" label went: the whole text one URL of this site, no sentence around it.
    const host = ctx.url ? new URL(ctx.url).host.replace(/^www\./, '') : '';
    const ownUrl = (t: string) => !!host && !/\s/.test(t) && t.replace(/^https?:\/\/(?:www\.)?/, '').startsWith(`${host}/`);
    for (const el of host ? index.labels(ownUrl, 120) : []) if (index.alive(el)) push(soleWrapper(el, root, index));
    return removed;
  },
};
