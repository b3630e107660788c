import type { Removal } from '../../types';
import type { CleanRule } from '../types';
import { runMarked } from '../runner';
import { linkDensity, textOf } from '../dom';
import { hasTag } from '../../text/dom-query';
import { textStart } from '../element-text';
import { mentionsNewsletter } from '../patterns';

/**
 * Elements that never reach the reader: Readability drops them itself (scripts, styles, hidden
 * nodes, iframes, objects, inputs) and DOMPurify forbids the rest (svg, math, template).
 * Removing them before Readability means it scores, caches (`innerHTML`) and walks a much
 * smaller page. `noscript` holding an image stays: Readability swaps it in for a lazy placeholder.
 * `meta` stays: Readability reads author metas anywhere in the page, and without one it takes a
 * dateline ("CAIRO —", wapo-1) for the byline and cuts it from the story.
 */
const SILENT = new Set([
  'script',
  'style',
  'template',
  'link',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'map',
  'source',
  'track',
  'cloudflare-app',
]);

/** Readability's UNLIKELY_ROLES (Readability.js 0.6), removed there on its first pass. */
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Widgets and controls: never story text. */
const CONTROLS = new Set(['button', 'select', 'textarea', 'input', 'dialog']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Classes that leave an element out of the printed page: the site's own word that it is not the
 * story. Bootstrap 3 `hidden-print` (TownNews BLOX marks ads, share bars, paywall notices and
 * promo regions with it), Bootstrap 4/5 `d-print-none`, Foundation `hide-for-print`, `no-print` /
 * `noprint` / `u-no-print` (alyaum.com's header and footer, Folha's rails and comments).
 */
const NO_PRINT = /(?:^|\s)(?:hidden-print|d-print-none|hide-for-print|(?:u-)?no-?print)(?:\s|$)/;

type Verdict = 'silent' | 'hidden' | 'chrome' | 'form' | null;

/** Readability's `_isProbablyVisible`, read from attributes (no style parsing), and the rest. */
function verdict(el: Element): Verdict {
  const name = el.localName;
  if (SILENT.has(name)) return 'silent';
  if (name === 'noscript') return /<img|<picture/i.test(el.innerHTML) ? null : 'silent';
  // Most elements carry no attribute at all: their tag alone decides.
  const attrs = el.hasAttributes();
  if (attrs) {
    if (el.hasAttribute('hidden')) return 'hidden';
    if (el.getAttribute('aria-hidden') === 'true' && !el.classList.contains('fallback-image')) return 'hidden';
    const style = el.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return 'hidden';
  }
  if (name === 'form') return 'form';
  if (name === 'nav' || CONTROLS.has(name)) return 'chrome';
  if (attrs && (UNLIKELY_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true')) return 'chrome';
  if (attrs && NO_PRINT.test(el.getAttribute('class') ?? '')) return 'chrome';
  return null;
}

/** Inputs a reader types into: a sign-up, comment or search box (hidden fields and checkboxes are not). */
const TYPED = /^(?:|text|email|search|tel|url|name)$/i;
/** A box of fields and its prompts is a few lines, not a paragraph of the story. */
const MAX_FORM_BOX = 400;

/**
 * "Forms" without a <form> (sign-up boxes whose script posts the field, "get our briefing" in the
 * story's container): the largest box around a typed field, outside any <form>, that stays small
 * and holds no paragraph of prose: the prompts and the privacy line go with the field.
 */
function formlessBoxes(root: Element, skip: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  // Inputs share ancestors: each box's text is measured once.
  const lengths = new Map<Element, number>();
  const len = (el: Element) => lengths.get(el) ?? lengths.set(el, textOf(el).length).get(el)!;
  for (const input of root.getElementsByTagName('input')) {
    if (!TYPED.test(input.getAttribute('type') ?? '') || input.closest('form')) continue;
    let box: Element | null = null;
    for (let cur = input.parentElement; cur && cur !== root; cur = cur.parentElement) {
      if (/^(?:body|main|article|p|li|td)$/.test(cur.localName) || skip.has(cur)) break;
      if (len(cur) > MAX_FORM_BOX || [...cur.getElementsByTagName('p')].some((p) => len(p) >= 200)) break;
      box = cur;
    }
    if (box && !out.some((b) => b.contains(box))) out.push(box);
  }
  // A small <form> (a newsletter or comment box) takes its heading and call to action along: the
  // largest box around it with a few short lines outside the form and no sentence of prose
  // ("النشرة البريدية / اشترك ليصلك ملخص ... / [email] [اشترك]", Brightspot's and Drupal's blocks).
  for (const form of root.getElementsByTagName('form')) {
    if (skip.has(form) || len(form) > MAX_FORM_BOX || !hasTag(form, 'input', 'textarea')) continue;
    // A sign-up form (an email field, no message box) under its own heading may have one sentence
    // of call to action beside it ("خبرنامه هفتگی کتاب / تازه‌های نشر را هر پنجشنبه در ایمیل خود
    // بخوانید / [email]", a Prismic newsletter slice); a story paragraph beside a form has no heading.
    const signUp = !!form.querySelector('input[type="email" i]') && !hasTag(form, 'textarea');
    let box: Element | null = null;
    for (let cur = form.parentElement; cur && cur !== root; cur = cur.parentElement) {
      if (/^(?:body|main|article|p|li|td)$/.test(cur.localName) || skip.has(cur) || cur.getElementsByTagName('form').length > 1) break;
      const outside = len(cur) - len(form);
      // A sentence that asks to join the newsletter is the form's call to action, not the story's.
      const sentences = [...cur.getElementsByTagName('p')].filter(
        (p) => !form.contains(p) && isSentence(textOf(p)) && !mentionsNewsletter(textOf(p)),
      );
      const headed = signUp && sentences.length === 1 && /^h[2-6]$/.test(cur.firstElementChild?.localName ?? '');
      if (outside > MAX_FORM_PROMPT || (sentences.length > 0 && !headed)) break;
      box = cur;
    }
    if (box && !out.some((b) => b.contains(box))) out.push(box);
  }
  return out;
}

/** Text outside a form that may go with it: a heading and a line or two of call to action. */
const MAX_FORM_PROMPT = 160;
/** A paragraph of the story: a sentence of some length, ended with its punctuation. */
const isSentence = (t: string) => t.length >= 60 && /[.!?۔؟।]["'”»)]*\s*$/u.test(t);

export const prune: CleanRule & { mark: NonNullable<CleanRule['mark']> } = {
  id: 'prune',
  // Removes scripts, styles, hidden nodes, menus, frames, form controls and small boxes of fields
  // before Readability
  phase: 'pre',
  reindex: true,
  run(root, ctx) {
    return runMarked(this, root, ctx);
  },
  mark(root, _ctx, skip) {
    const counts = new Map<string, number>();
    const drop: Element[] = [];
    const removed: Removal[] = [];
    // `start`: the element's text as far as a check before already read it (`textStart` with a
    // larger limit begins with the same 120 characters, and is all of the text when it is shorter).
    const report = (el: Element, start?: string) => {
      const text = start ?? textStart(el, 120);
      if (text) removed.push({ rule: this.id, text: text.length > 120 ? `${text.slice(0, 120)}…` : text });
    };
    const formless = new Set(formlessBoxes(root, skip));
    // One walk over the tree; a dropped element's subtree is skipped.
    let el: Element | null = root.firstElementChild;
    while (el) {
      // An embed placeholder is ours: kept whole, not descended into.
      const placeholder = el.hasAttribute('data-saaf-embed');
      const v = placeholder || skip.has(el) ? null : formless.has(el) ? 'form' : verdict(el);
      let dropIt = v === 'silent' || v === 'hidden';
      if (v === 'form' && el.localName !== 'form') {
        dropIt = true;
        report(el);
      } else if (v === 'form') {
        // Forms hold comment boxes, search and sign-ups; but an ASP.NET page wraps the whole
        // body in one <form> (aryanews.com): only a small form with fields goes.
        const start = hasTag(el, 'input', 'textarea', 'select') ? textStart(el, 400) : null;
        dropIt = start !== null && start.length <= 400;
        if (dropIt) report(el, start!);
      } else if (v === 'chrome') {
        // A `role=complementary` box or `nav` holding prose is mislabelled: keep.
        const start = textStart(el, 600);
        dropIt = !(start.length > 600 && linkDensity(el) < 0.5);
        if (dropIt) report(el, start);
      } else if (dropIt) {
        const label = v === 'hidden' ? 'hidden' : el.localName;
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      if (dropIt) drop.push(el);
      let next: Element | null = dropIt || placeholder || skip.has(el) ? null : el.firstElementChild;
      for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
      el = next;
    }
    if (counts.size > 0) removed.unshift({ rule: this.id, text: [...counts].map(([k, n]) => `${k} ×${n}`).join(', ') });
    return { drop, removed };
  },
};
