import type { Embed } from '../types';
import { isRtlLang } from '../text/script';
import { EMBED_DETECTORS } from './detectors';

/** Attribute that marks where an embed stood; the reader swaps it for a card. */
export const EMBED_ATTR = 'data-saaf-embed';

/**
 * Finds embeds (tweets, Instagram/Facebook posts, YouTube players) before Readability deletes
 * them, and replaces each with a placeholder `<blockquote data-saaf-embed="N">` at the same
 * position. The placeholder carries the embed's text, so Readability scores it as content,
 * exports read well without the extension, and nothing depends on a third-party script.
 *
 * Mutates `doc` (run it on a clone of a live page). Returns the embeds in page order.
 */
export function rescueEmbeds(doc: Document, pageUrl: string | null, articleLang: string): Embed[] {
  const claimed = new Set<Element>();
  const found: { el: Element; embed: Embed }[] = [];
  // One selector pass for every detector; each candidate goes to the first detector it matches.
  const union = EMBED_DETECTORS.map((d) => d.selector).join(', ');
  const candidates = [...doc.querySelectorAll(union)];
  for (const detector of EMBED_DETECTORS) {
    for (const el of candidates) {
      if (!el.matches(detector.selector) || [...claimed].some((c) => c.contains(el) || el.contains(c))) continue;
      let embed: Embed | null = null;
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
  found.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
  found.forEach(({ el, embed }, i) => el.replaceWith(placeholder(doc, embed, i, articleLang)));
  return found.map((f) => f.embed);
}

function placeholder(doc: Document, embed: Embed, index: number, articleLang: string): Element {
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
