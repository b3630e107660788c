import { normalizeLangTag, primaryLang } from '../text/script';
import { squash, type EmbedDetector } from './types';

/**
 * A plain `<blockquote lang="en">` quoted in an Urdu story: a quote in another language than the
 * article's, which the reader shows as a card it can translate. Quotes in the article's own
 * language (or without `lang`) stay ordinary blockquotes.
 */
export const foreignQuote: EmbedDetector = {
  kind: 'quote',
  accepts: (el) => el.localName === 'blockquote' && el.hasAttribute('lang'),
  read(el, _pageUrl, articleLang) {
    const lang = normalizeLangTag(el.getAttribute('lang'));
    if (!lang || !articleLang || primaryLang(lang) === primaryLang(articleLang)) return null;
    const text = squash(el.querySelector('p')?.textContent ?? el.textContent);
    if (!text) return null;
    const cite = el.querySelector('cite, footer');
    return {
      kind: 'quote',
      lang,
      text,
      author: squash(cite?.textContent).replace(/^[—–-]\s*/, '') || null,
      handle: null,
      url: null,
      date: null,
    };
  },
};
