import type { Direction } from '../types';
import { guessArabicScriptLang, isRtlLang, normalizeLangTag, rtlShare } from '../text/script';
import { allElements } from '../text/walk';

export interface LangDir {
  lang: string;
  dir: Direction;
}

/**
 * Elements whose direction speaks for the article, most specific first. Looked up by tag and
 * class name (live collections), not selectors: jsdom makes a full pass per selector.
 */
const CONTENT_ELEMENTS: ((els: Element[], doc: Document) => Element | null | undefined)[] = [
  (els) => els.find((e) => e.localName === 'article'),
  (els) => els.find((e) => e.localName === 'main'),
  (els) => els.find((e) => /(?:^|\s)entry-content(?:\s|$)/.test(e.getAttribute('class') ?? '')),
  (els) => els.find((e) => /(?:^|\s)post-content(?:\s|$)/.test(e.getAttribute('class') ?? '')),
  (_els, d) => d.body,
];

/**
 * Captures the page's language and direction. Must run BEFORE Readability: Readability reads `dir`
 * only from attributes on its top candidate's ancestors and strips `style`, so a site that sets
 * `direction: rtl` in CSS comes out with no direction at all.
 *
 * Order of evidence: the text's script decides whether the article is RTL (attributes are often
 * missing or wrong); the declared `lang` names the language when it agrees with the script;
 * otherwise letters peculiar to Urdu, Persian, Arabic, Pashto or Sindhi name it.
 *
 * @param getComputedDirection optional: the live page's computed `direction` of an element
 *   (the content script passes `el => getComputedStyle(el).direction`; Node has no layout).
 */
export function captureLangDir(
  doc: Document,
  getComputedDirection?: (el: Element) => string | null,
  els: Element[] = allElements(doc.body),
): LangDir {
  const sample = sampleText(doc, els);
  const share = rtlShare(sample);
  const declaredLang =
    normalizeLangTag(doc.documentElement.getAttribute('lang')) ??
    normalizeLangTag(doc.documentElement.getAttribute('xml:lang')) ??
    normalizeLangTag(metaContent(doc, 'http-equiv', 'content-language')) ??
    normalizeLangTag(metaContent(doc, 'property', 'og:locale'));

  // Mostly RTL letters: an RTL article whatever the markup claims.
  if (share >= 0.5) {
    if (declaredLang && isRtlLang(declaredLang)) {
      return { lang: declaredLang, dir: 'rtl' };
    }
    const counts = sample.match(/[\p{Script=Hebrew}]/gu)?.length ?? 0;
    if (counts > sample.length / 4) return { lang: 'he', dir: 'rtl' };
    return { lang: guessArabicScriptLang(sample), dir: 'rtl' };
  }
  // Mostly Latin (or no text): keep the declared language; RTL only if the page insists and the
  // language is an RTL one (Readability's synthetic rtl-* pages declare dir without lang).
  // Only here is the declared direction read (in a browser, a computed style: a style recalculation).
  const lang = declaredLang ?? 'en';
  const declaredDir = declaredDirection(doc, els, getComputedDirection);
  const dir: Direction = declaredDir === 'rtl' && (!declaredLang || isRtlLang(lang)) ? 'rtl' : 'ltr';
  return { lang, dir };
}

/** Content of the first `<meta key=value>` (value compared case-insensitively). */
function metaContent(doc: Document, key: string, value: string): string | null {
  for (const m of doc.getElementsByTagName('meta')) if (m.getAttribute(key)?.toLowerCase() === value) return m.getAttribute('content');
  return null;
}

function declaredDirection(doc: Document, els: Element[], getComputedDirection?: (el: Element) => string | null): Direction | null {
  for (const find of CONTENT_ELEMENTS) {
    const el = find(els, doc);
    if (!el) continue;
    const computed = getComputedDirection?.(el);
    if (computed === 'rtl' || computed === 'ltr') return computed;
    let withDir: Element | null = el;
    while (withDir && !withDir.hasAttribute('dir')) withDir = withDir.parentElement;
    const attr = withDir?.getAttribute('dir')?.toLowerCase();
    if (attr === 'rtl' || attr === 'ltr') return attr;
  }
  const htmlDir = doc.documentElement.getAttribute('dir')?.toLowerCase();
  return htmlDir === 'rtl' || htmlDir === 'ltr' ? htmlDir : null;
}

/** Text of the paragraphs (falls back to the body), without scripts and styles. */
function sampleText(doc: Document, els: Element[]): string {
  let text = '';
  for (const el of els) {
    if (el.localName !== 'p' && el.localName !== 'h1' && el.localName !== 'h2') continue;
    text += (el.textContent ?? '') + ' ';
    if (text.length > 8_000) break;
  }
  if (text.trim().length < 200) {
    const title = doc.title ?? '';
    text = title + ' ' + bodyTextWithoutScripts(doc);
  }
  return text;
}

function bodyTextWithoutScripts(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < 20_000; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    text += n.nodeValue + ' ';
  }
  return text;
}
