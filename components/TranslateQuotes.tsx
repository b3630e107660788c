import { render } from 'preact';
import type { UiLang } from '@/utils/i18n';
import { quotesOf, type TranslationLog } from '@/utils/library/translations';
import { TranslateControls } from './TranslateControls';

/** Marks the hosts this module inserted, so a second call does not add a second set. */
const HOST_CLASS = 'saaf-tr-host';

/**
 * Adds Translate controls after every `blockquote[lang]` quote in the article body whose language
 * differs from the article's (embed placeholders are EmbedCard's business and are skipped).
 * Call it after the body is inserted; returns a cleanup that unmounts what it added.
 */
export function mountQuoteTranslations(body: Element, articleLang: string, uiLang: UiLang, log?: TranslationLog): () => void {
  const hosts: Element[] = [];
  for (const { el: q, key } of quotesOf(body)) {
    if (q.nextElementSibling?.classList.contains(HOST_CLASS)) continue;
    const host = q.ownerDocument.createElement('div');
    host.className = HOST_CLASS;
    q.after(host);
    // The quote's text as text: the controls never see or render its HTML.
    const text = q.textContent ?? '';
    render(
      <TranslateControls
        embed={{ lang: q.getAttribute('lang'), text }}
        articleLang={articleLang}
        uiLang={uiLang}
        stored={log?.get(key, text)}
        onTranslated={log && ((r) => log.set(key, text, r))}
      />,
      host,
    );
    hosts.push(host);
  }
  return () => {
    for (const h of hosts) {
      render(null, h);
      h.remove();
    }
  };
}
