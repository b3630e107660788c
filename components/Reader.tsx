import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { EMBED_ATTR, type Article } from '@/utils/types';
import { t, type UiLang } from '@/utils/i18n';
import { fontStack } from '@/utils/fonts';
import { collapseFailedImages } from '@/utils/reader/images';
import { applyBidi } from '@/utils/rtl/bidi';
import type { DigitStyle } from '@/utils/rtl/digits';
import type { ReaderPrefs } from '@/utils/settings/prefs';
import { embedKey, type TranslationLog } from '@/utils/library/translations';
import { EmbedCard } from './EmbedCard';
import { BidiText } from './BidiText';
import { mountQuoteTranslations } from './TranslateQuotes';

interface Props {
  article: Article;
  uiLang: UiLang;
  /** Turns sanitized HTML into a fragment (sanitizes again: the insert is a transformation too). */
  toFragment: (html: string) => DocumentFragment;
  prefs: ReaderPrefs;
  /** The digits the page writes numbers in (Urdu pages often use ۰-۹). */
  digits: DigitStyle;
  /** Told the body element each time it is filled (remove mode hides removed blocks again). */
  onBody?: (body: HTMLElement | null) => void;
  /** Translations kept with the article (a saved copy) and made while reading (kept by Save). */
  translations?: TranslationLog;
}

/** Formats an ISO date for the article's language (Urdu month names for Urdu) in the page's digits. */
function formatDate(iso: string, lang: string, digits: DigitStyle): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
      numberingSystem: digits,
    }).format(d);
  } catch {
    return iso;
  }
}

/**
 * The published date, written in just after the story's first frame. The first use of Intl in a
 * page loads its locale data, 20-35 ms that delayed the reader's first paint by as much when the
 * date was formatted during it. The element is there from the start (its `datetime` at once).
 */
function PublishedDate({ iso, lang, digits }: { iso: string; lang: string; digits: DigitStyle }) {
  const [text, setText] = useState('');
  useEffect(() => afterNextFrame(() => setText(formatDate(iso, lang, digits))), [iso, lang, digits]);
  return (
    <time class="saaf-date" dateTime={iso}>
      {text}
    </time>
  );
}

/**
 * Runs `fn` in a task after the next frame (a frame's animation callback, then a timer); returns
 * its cancel. Not an effect alone: Preact runs a component's pending effects inside its next
 * render, and the reader may render again before its first frame (its state set meanwhile).
 */
function afterNextFrame(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(fn, 0))) : undefined;
  if (raf === undefined) timer = setTimeout(fn, 0);
  return () => {
    if (raf !== undefined) cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}

/**
 * The article itself: header (site, date, title, byline), lead image, body with embed cards.
 * Typography comes from the per-script settings; the body gets the bidi pass (English runs
 * isolated, mostly-English blocks LTR) before it is inserted.
 */
export function Reader({ article, uiLang, toFragment, prefs, digits, onBody, translations }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);

  // Filled before the browser paints: Preact runs a plain effect after the next frame, so the
  // reader's first frame showed the toolbar and the title with an empty body.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const frag = toFragment(article.contentHtml);
    applyBidi(frag, article.dir);
    el.replaceChildren(frag);
    const cards: Element[] = [];
    for (const ph of el.querySelectorAll(`[${EMBED_ATTR}]`)) {
      const index = Number(ph.getAttribute(EMBED_ATTR));
      const embed = article.embeds[index];
      if (!embed) continue;
      const host = el.ownerDocument.createElement('div');
      host.className = 'saaf-embed-host';
      ph.replaceWith(host);
      cards.push(host);
      render(<EmbedCard embed={embed} uiLang={uiLang} translations={translations && { log: translations, key: embedKey(index) }} />, host);
    }
    const stopQuotes = mountQuoteTranslations(el, article.lang, uiLang, translations);
    // Failed, placeholder and tracking images collapse (the lead image too) instead of leaving frames.
    const stopImages = collapseFailedImages(root.current ?? el);
    onBody?.(el);
    return () => {
      stopImages();
      stopQuotes();
      // The cards are Preact trees of their own: unmounted with the body they belong to, or their
      // translate controls stay registered with "Translate all" after the body is filled again.
      for (const card of cards) render(null, card);
    };
  }, [article, uiLang, toFragment, onBody, translations]);

  const leadInBody = article.leadImage ? article.contentHtml.includes(new URL(article.leadImage).pathname) : true;
  const style = {
    fontFamily: fontStack(prefs.font),
    fontSize: `${prefs.fontSize}px`,
    lineHeight: String(prefs.lineHeight),
    textAlign: prefs.align,
    '--saaf-width': `${prefs.width}px`,
  };

  return (
    <article
      ref={root}
      class="saaf-article"
      lang={article.lang}
      dir={article.dir}
      style={style}
      data-images={prefs.images ? 'on' : 'off'}
      data-font={prefs.font}
      aria-labelledby="saaf-title"
    >
      <header class="saaf-head">
        <p class="saaf-meta">
          {article.siteName && (
            <span class="saaf-site">
              <BidiText text={article.siteName} dir={article.dir} />
            </span>
          )}
          {article.publishedTime && <PublishedDate iso={article.publishedTime} lang={article.lang} digits={digits} />}
        </p>
        <h1 id="saaf-title" class="saaf-title">
          <BidiText text={article.title} dir={article.dir} />
        </h1>
        {article.byline && (
          <p class="saaf-byline">
            <BidiText text={article.byline} dir={article.dir} />
          </p>
        )}
      </header>
      {!leadInBody && article.leadImage && (
        <figure class="saaf-lead">
          <img src={article.leadImage} alt="" />
        </figure>
      )}
      <div class="saaf-body" ref={body} />
      {article.url && (
        <footer class="saaf-foot">
          <a href={article.url} target="_blank" rel="noopener noreferrer" dir="ltr">
            {t(uiLang, 'source')}: <bdi>{new URL(article.url).hostname}</bdi>
          </a>
        </footer>
      )}
    </article>
  );
}
