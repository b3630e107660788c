/**
 * The article body for exports: the stored HTML sanitized again (it came out of a hostile page
 * and out of storage), embed placeholders turned into static quotes, images pointed at what the
 * export carries. After the sanitize, only values Saaf builds itself are written into the DOM
 * (text via textContent, image sources from stored bytes or fixed file names), so nothing from
 * the page is parsed as markup again.
 */
import { t, uiLangForArticle } from '../i18n';
import { languageName } from '../i18n/format';
import { embedKey, quotesOf, storedFor } from '../library/translations';
import type { StoredTranslation } from '../library/types';
import { sanitizeHtml } from '../sanitize/sanitize';
import { EMBED_ATTR, ORIGIN_ATTR, type Article, type Embed } from '../types';
import { isRtlLang } from '../text/script';
import { httpUrl } from '../text/url';

export interface BodyOptions {
  win: Window;
  /** The document to build in (an XHTML document for EPUB); defaults to `win.document`. */
  doc?: Document;
  /** The source an image gets, given its stored URL; null drops the image (no network in exports). */
  imageSrc: (url: string) => string | null;
  /** Translations saved with the article: each is written after its original, which stays. */
  translations?: Readonly<Record<string, StoredTranslation>>;
}

/** XML 1.0 forbids these characters; an EPUB with one is not well-formed. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_NOT_XML = new RegExp(NOT_XML.source);

/** Text safe for XML and HTML alike. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

function embedQuote(doc: Document, embed: Embed): HTMLElement {
  const q = doc.createElementNS('http://www.w3.org/1999/xhtml', 'blockquote');
  q.setAttribute('class', 'saaf-embed');
  // Tweets are often English inside an Urdu page: let the quote take its own direction.
  q.setAttribute('dir', 'auto');
  if (embed.lang) q.setAttribute('lang', embed.lang);
  if (embed.text) {
    const p = doc.createElementNS('http://www.w3.org/1999/xhtml', 'p');
    p.textContent = xmlSafe(embed.text);
    q.append(p);
  }
  const who = [embed.author, embed.handle].filter(Boolean).join(' ');
  // The original is one link away, as in the reader: a card without text (a rendered tweet, a
  // Telegram or YouTube frame) is nothing but that link. Only an http(s) URL is written.
  const url = httpUrl(embed.url);
  if (who || embed.date || url) {
    const cite = doc.createElementNS('http://www.w3.org/1999/xhtml', 'p');
    cite.setAttribute('class', 'saaf-embed-source');
    const line = xmlSafe(who || embed.date ? `— ${[who, embed.date].filter(Boolean).join(', ')}` : url!);
    if (url) {
      const a = doc.createElementNS('http://www.w3.org/1999/xhtml', 'a');
      a.setAttribute('href', url);
      a.setAttribute('rel', 'noopener noreferrer');
      a.textContent = line;
      cite.append(a);
    } else cite.textContent = line;
    q.append(cite);
  }
  return q;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/** A saved translation as a block: its text in its own language and direction, and a note naming the service. */
function translationBlock(doc: Document, tr: StoredTranslation, articleLang: string): Element {
  const box = doc.createElementNS(XHTML, 'div');
  box.setAttribute('class', 'saaf-translation');
  box.setAttribute('lang', tr.target);
  box.setAttribute('dir', isRtlLang(tr.target) ? 'rtl' : 'ltr');
  const p = doc.createElementNS(XHTML, 'p');
  p.textContent = xmlSafe(tr.text);
  const ui = uiLangForArticle(articleLang);
  const note = doc.createElementNS(XHTML, 'p');
  note.setAttribute('class', 'saaf-translation-note');
  note.textContent = xmlSafe(t(ui, 'tr.note', { from: languageName(tr.source ?? 'auto', ui), service: tr.label ?? tr.service }));
  box.append(p, note);
  return box;
}

/** The export body as an element (a `div`) of `opts.doc`, lead image first when the body lacks it. */
export function exportBody(article: Article, opts: BodyOptions): Element {
  const doc = opts.doc ?? opts.win.document;
  const holder = opts.win.document.createElement('div');
  holder.innerHTML = sanitizeHtml(article.contentHtml, opts.win, article.url);
  // Origin ids only mean something while the page they came from is open.
  for (const el of [...holder.querySelectorAll(`[${ORIGIN_ATTR}]`)]) el.removeAttribute(ORIGIN_ATTR);
  const wdoc = opts.win.document;
  for (const ph of [...holder.querySelectorAll(`[${EMBED_ATTR}]`)]) {
    const index = Number(ph.getAttribute(EMBED_ATTR));
    const embed = article.embeds[index];
    if (!embed) {
      ph.removeAttribute(EMBED_ATTR);
      continue;
    }
    const quote = embedQuote(wdoc, embed);
    const tr = storedFor(opts.translations, embedKey(index), embed.text);
    if (tr) quote.append(translationBlock(wdoc, tr, article.lang));
    ph.replaceWith(quote);
  }
  // Quotes in another language keep the translation made in the reader, right after the quote.
  for (const { el, key } of quotesOf(holder)) {
    const tr = storedFor(opts.translations, key, el.textContent ?? '');
    if (tr) el.after(translationBlock(wdoc, tr, article.lang));
  }
  const inBody = new Set<string>();
  for (const img of [...holder.querySelectorAll('img')]) {
    const url = img.getAttribute('src') ?? '';
    const src = url ? opts.imageSrc(url) : null;
    inBody.add(url);
    if (src) img.setAttribute('src', src);
    else img.remove();
  }
  const lead = article.leadImage && !inBody.has(article.leadImage) ? opts.imageSrc(article.leadImage) : null;
  if (lead) {
    const fig = opts.win.document.createElement('figure');
    const img = opts.win.document.createElement('img');
    img.setAttribute('src', lead);
    img.setAttribute('alt', '');
    fig.append(img);
    holder.prepend(fig);
  }
  const walker = opts.win.document.createTreeWalker(holder, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (HAS_NOT_XML.test(n.nodeValue ?? '')) n.nodeValue = xmlSafe(n.nodeValue ?? '');
  for (const el of holder.querySelectorAll('*'))
    for (const a of [...el.attributes]) if (HAS_NOT_XML.test(a.value)) el.setAttribute(a.name, xmlSafe(a.value));
  const out = doc.importNode(holder, true) as Element;
  out.setAttribute('class', 'saaf-body');
  return out;
}
