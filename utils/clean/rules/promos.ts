import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { PATRON_HOST, PROMO_HREF, SOCIAL_PROFILE_HREF, SUPPORT_PATH, endsWithFollow } from '../patterns/navigation';
import { isSupportCall, startsWithPromo } from '../patterns';
import { soleWrapper, type TextIndex } from '../dom';
import { letterCount } from '../element-text';
import { indexOf, removeEl } from '../runner';

/** A promo is a line or a badge row. */
const MAX_PROMO = 200;

const isPromoLink = (a: Element) => PROMO_HREF.test(a.getAttribute('href') ?? '');

/** An appeal is a few sentences, not a paragraph of the story. */
const MAX_APPEAL = 260;

/** A link alone in its block, as buttons sit: not a link that ends a sentence. */
const isButton = (a: Element) => a.parentElement?.closest('p, div, li, section, aside')?.textContent?.trim() === a.textContent?.trim();

/** The path of `a`'s link ('' when it has none that parses). */
function pathOf(a: Element): string {
  try {
    return new URL(a.getAttribute('href') ?? '', 'http://page.invalid/').pathname;
  } catch {
    return '';
  }
}

/** Is `a` a link to where the site asks for money: its own support page, or a patronage platform? */
function isSupportLink(a: Element, url: string | null): boolean {
  const href = a.getAttribute('href');
  if (!href) return false;
  try {
    const u = new URL(href, url ?? 'http://page.invalid/');
    if (PATRON_HOST.test(u.hostname)) return true;
    const page = url ? new URL(url) : null;
    const sameSite = !page || u.hostname.replace(/^www\./, '') === page.hostname.replace(/^www\./, '');
    return sameSite && (SUPPORT_PATH.test(u.pathname) || (isSupportCall(a.textContent ?? '') && isButton(a)));
  } catch {
    return false;
  }
}

/**
 * The block a support appeal ends: a short block (a few sentences at most) whose last text is
 * the link to the support page, a short call ("مدد کریں ←", "Support us", "ادعمنا"). A story
 * sentence that links a charity's page mid-sentence, or a long paragraph, is not one.
 */
function appealBlock(a: Element, root: Element, index: TextIndex): Element | null {
  if (index.len(a) === 0 || index.len(a) > 30) return null;
  const link = index.textOf(a);
  // Nothing but punctuation or arrows after the link.
  const endsWithLink = (el: Element) => {
    const text = index.textOf(el);
    const at = text.lastIndexOf(link);
    return at >= 0 && /^[\s\p{P}\p{S}]*$/u.test(text.slice(at + link.length));
  };
  const fits = (el: Element | null | undefined): el is Element =>
    !!el && el !== root && root.contains(el) && !/^(?:body|main|article)$/.test(el.localName) && index.len(el) <= MAX_APPEAL;
  let block = a.parentElement?.closest('p, div, li, section, aside');
  if (!fits(block) || !endsWithLink(block)) return null;
  // A button in its own box: the appeal is the box around it, heading and sentence with it
  // (Concrete CMS's feature-link block: `<h4>` + `<p>` + the button's `<div>`).
  while (fits(block.parentElement) && endsWithLink(block.parentElement)) block = block.parentElement;
  return block;
}

/**
 * An appeal printed as its own section right before the support button's box: a heading whose
 * whole text is the call ("زموږ ملاتړ وکړئ", "Support us") and its few sentences, the button in
 * the next block (a Mailchimp issue's mcnTextBlock, then its mcnButtonBlock). Returns the heading
 * and its siblings after it, when they are all the text between the heading and the button and no
 * longer than an appeal; a story section under such a heading is longer, and one with no support
 * button after it is never looked at.
 */
function appealSection(button: Element, root: Element, index: TextIndex): Element[] | null {
  const box = soleWrapper(button, root, index);
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  walker.currentNode = box;
  for (let el = walker.previousNode() as Element | null; el && el !== root; el = walker.previousNode() as Element | null) {
    if (el.contains(box)) continue;
    if (!/^h[2-6]$/.test(el.localName)) continue;
    if (!isSupportCall(index.textOf(el))) return null;
    const section: Element[] = [el];
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) section.push(sib);
    const between = section.slice(1).reduce((n, e) => n + index.len(e), 0);
    // Nothing else to read between the section's end and the button.
    const range = root.ownerDocument.createRange();
    range.setStartAfter(el);
    range.setEndBefore(box);
    if (letterCount(range.toString()) !== between || between === 0 || between > MAX_APPEAL) return null;
    return [...section, box];
  }
  return null;
}

/** The largest box around a promo link that holds only promo links and a short call to action. */
function promoBox(a: Element, root: Element, index: TextIndex): Element | null {
  // A store link inside a sentence of the story is a citation, not a promo.
  const p = a.closest('p');
  if (p && root.contains(p) && index.len(p) > index.len(a) + 40) return null;
  let box = a;
  for (let cur = a.parentElement; cur && cur !== root && !/^(?:body|main|article)$/.test(cur.localName); cur = cur.parentElement) {
    if (index.len(cur) > MAX_PROMO || index.longestParagraph(cur) >= 80) break;
    if (![...cur.getElementsByTagName('a')].every((x) => isPromoLink(x) || !x.hasAttribute('href'))) break;
    box = cur;
  }
  return box;
}

/**
 * App-store and channel promos: "download our app" badges (Google Play, App Store, AppGallery),
 * "follow our WhatsApp / Telegram channel", "subscribe to our YouTube channel", "follow us on X and
 * Facebook", and support appeals ending with a link to the site's support page — found by where
 * they link, in any language, and removed with their short call to action.
 */
export const promos: CleanRule = {
  id: 'promos',
  // Removes app-store badges and "follow / subscribe to our channel" promos
  phase: 'both',
  run(root, ctx) {
    const index = indexOf(root, ctx);
    const removed: Removal[] = [];
    for (const a of index.tag('a')) {
      if (!index.alive(a) || !isPromoLink(a)) continue;
      const box = promoBox(a, root, index);
      if (!box) continue;
      // The call to action just before a badge row ("حمّل تطبيق ...") goes with it.
      const prev = box.previousElementSibling;
      if (prev && index.len(prev) <= 80 && startsWithPromo(index.textOf(prev))) removed.push(removeEl(this.id, prev));
      removed.push(removeEl(this.id, box));
    }
    // "Follow us on X and Facebook": a short line ending with its verb whose links all go to the
    // site's social profiles. Found by the profile link; a story sentence citing an account links
    // no profile this way and does not end with the call.
    for (const a of index.tag('a')) {
      if (!index.alive(a) || !SOCIAL_PROFILE_HREF.test(a.getAttribute('href') ?? '')) continue;
      const line = a.parentElement?.closest('p, div, li, section, aside');
      if (!line || line === root || !root.contains(line) || !index.alive(line) || index.len(line) > MAX_PROMO) continue;
      const links = [...line.getElementsByTagName('a')];
      if (
        links.every((x) => SOCIAL_PROFILE_HREF.test(x.getAttribute('href') ?? '') || isPromoLink(x)) &&
        endsWithFollow(index.textOf(line))
      )
        removed.push(removeEl(this.id, line));
    }
    // Support appeals: a short block ending with the link to the site's support page.
    for (const a of index.tag('a')) {
      if (!index.alive(a)) continue;
      const own = isSupportLink(a, ctx.url);
      // A newsletter archive is hosted by the mailer (Mailchimp's campaign-archive), so its
      // publisher's support page is on another host: a button saying so in words AND path.
      const alone = () => index.textOf(a.parentElement?.closest('p, div, li, section, aside, td') ?? a) === index.textOf(a);
      if (!own && !(isSupportCall(index.textOf(a)) && SUPPORT_PATH.test(pathOf(a)) && alone())) continue;
      const block = own ? appealBlock(a, root, index) : null;
      if (block && index.alive(block)) removed.push(removeEl(this.id, block));
      else if (!block) for (const el of appealSection(a, root, index) ?? []) if (index.alive(el)) removed.push(removeEl(this.id, el));
    }
    return removed;
  },
};
