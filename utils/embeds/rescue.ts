import { EMBED_ATTR, type Embed } from '../types';
import { isRtlLang } from '../text/script';
import { EMBED_DETECTORS } from './detectors';
import { allElements } from '../text/walk';

/** An embed found in the page and the element it was found in. */
export interface FoundEmbed {
  el: Element;
  embed: Embed;
}

/**
 * Finds embeds (tweets, Instagram/Facebook/Telegram posts, YouTube players, foreign-language quotes)
 * before Readability can destroy them, in page order, without touching the page.
 */
export function findEmbeds(
  doc: Document,
  pageUrl: string | null,
  articleLang: string,
  els: Element[] = allElements(doc.body),
): FoundEmbed[] {
  const claimed = new Set<Element>();
  const found: FoundEmbed[] = [];
  // Candidates from one walk; each goes to the first detector that accepts it.
  const candidates = embedCandidates(els);
  for (const detector of EMBED_DETECTORS) {
    for (const el of candidates) {
      if (claimed.has(el) || !detector.accepts(el) || [...claimed].some((c) => c.contains(el) || el.contains(c))) continue;
      let embed: Embed | null;
      try {
        embed = detector.read(el, pageUrl, articleLang);
      } catch {
        embed = null; // a malformed embed is left to Readability rather than losing the page
      }
      if (!embed) continue;
      claimed.add(el);
      found.push({ el, embed });
    }
  }
  return found.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
}

/**
 * Tags embeds come in; divs only when they carry an embed's attributes, scripts only Telegram's
 * widget (`data-telegram-post`), paragraphs only when they hold a single link (a post's bare URL).
 */
const EMBED_TAGS = new Set(['blockquote', 'iframe', 'amp-twitter', 'twitter-widget', 'amp-youtube', 'lite-youtube']);

/**
 * Candidates in document order, from one tree walk (iterating jsdom's live HTMLCollections is
 * slow; the browser does not care either way).
 */
function embedCandidates(els: Element[]): Element[] {
  return els.filter(
    (el) =>
      EMBED_TAGS.has(el.localName) ||
      (el.localName === 'script' && el.hasAttribute('data-telegram-post')) ||
      (el.localName === 'p' && el.childElementCount === 1 && el.firstElementChild!.localName === 'a') ||
      (el.localName === 'div' &&
        (el.hasAttribute('data-tweet-id') || (el.hasAttribute('data-href') && /\bfb-(?:post|video)\b/.test(el.className)))),
  );
}

/**
 * The placeholder `<blockquote data-saaf-embed="N">` that stands where embed number `index` stood,
 * in `doc`. It carries the embed's text, so Readability scores it as content, exports read well
 * without the extension, and nothing depends on a third-party script.
 */
export function embedPlaceholder(doc: Document, embed: Embed, index: number, articleLang: string): Element {
  const q = doc.createElement('blockquote');
  q.setAttribute(EMBED_ATTR, String(index));
  const lang = embed.lang ?? (embed.kind === 'tweet' ? null : articleLang);
  if (lang) q.setAttribute('lang', lang);
  q.setAttribute('dir', lang && isRtlLang(lang) ? 'rtl' : 'auto');
  if (embed.text) {
    const p = doc.createElement('p');
    p.textContent = embed.text;
    q.append(p);
  }
  const by = [embed.author, embed.handle ? `@${embed.handle}` : null].filter(Boolean).join(' ');
  const cite = doc.createElement('p');
  if (embed.url) {
    const a = doc.createElement('a');
    a.href = embed.url;
    a.textContent = by ? `— ${by}${embed.date ? `, ${embed.date}` : ''}` : embed.url;
    cite.append(a);
  } else if (by) {
    cite.textContent = `— ${by}`;
  }
  if (cite.hasChildNodes()) q.append(cite);
  return q;
}
