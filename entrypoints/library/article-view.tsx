import { render } from 'preact';
import { ReaderApp } from '@/components/ReaderApp';
import { mountShadow } from '@/components/shadow-mount';
import css from '@/components/reader.css?inline';
import { send } from '@/utils/messaging/send';
import { t, type UiLang } from '@/utils/i18n';
import { base64ToBlob } from '@/utils/library/codec';
import { TranslationLog } from '@/utils/library/translations';
import { sanitizeToFragment } from '@/utils/sanitize/sanitize';
import { scriptKeyFor } from '@/utils/settings/prefs';
import { openReaderStore, type SettingsStore } from '@/utils/settings/reader-store';
import type { Article } from '@/utils/types';

/**
 * A saved article in the live reader's own component and settings (ReaderApp, in a shadow root
 * like the overlay), from the database only: images are object URLs of the stored blobs, and an
 * image that was not stored is removed rather than fetched, so opening it never touches the network.
 */
export async function showSavedArticle(app: HTMLElement, id: number, uiLang: UiLang): Promise<void> {
  const res = await send({ type: 'library-get', id });
  if (!res.ok || !res.article) {
    const p = document.createElement('p');
    p.className = 'lib-empty';
    p.textContent = t(uiLang, 'lib.notFound');
    const a = document.createElement('a');
    a.href = 'library.html';
    a.textContent = t(uiLang, 'lib.back');
    app.replaceChildren(p, a);
    return;
  }
  const wire = res.article;
  const urls = new Map(wire.images.map((i) => [i.url, URL.createObjectURL(base64ToBlob(i.data, i.type))]));
  addEventListener('pagehide', () => urls.forEach((u) => URL.revokeObjectURL(u)));
  const stored: Article = wire.article;
  const leadInBody = stored.leadImage !== null && stored.contentHtml.includes(new URL(stored.leadImage).pathname);
  const article: Article = { ...stored, leadImage: !leadInBody && stored.leadImage ? (urls.get(stored.leadImage) ?? null) : null };
  document.title = article.title;
  void send({ type: 'library-set-read', id, read: true });

  // Sanitize again on render (the stored HTML came from a hostile page), then point images at blobs.
  const toFragment = (html: string) => {
    const frag = sanitizeToFragment(html, window, article.url);
    for (const img of frag.querySelectorAll('img')) {
      const src = img.getAttribute('src') ?? '';
      const blobUrl = urls.get(src);
      // data: images are inline already (the sanitizer let only raster data URIs through).
      if (blobUrl) img.setAttribute('src', blobUrl);
      else if (!src.startsWith('data:image/')) img.remove();
    }
    return frag;
  };

  const host = document.createElement('div');
  host.className = 'lib-reader-host';
  // Open: an extension page runs no page scripts (the overlay on web pages is closed).
  const { mount } = mountShadow(host, 'open', css);
  app.replaceChildren(host);
  const back = () => location.assign('library.html');
  const result = { ok: true as const, article };
  // Translations saved with the article show beside their originals.
  const translations = new TranslationLog(wire.translations);
  // Where the reader stopped: restored on open, written back as they read (throttled in the component).
  const position = {
    start: wire.readPosition ?? 0,
    onChange: (p: number) => void send({ type: 'library-set-position', id, position: p }).catch(() => undefined),
  };
  let store: SettingsStore | null = null;
  const draw = () =>
    render(
      <ReaderApp
        result={result}
        onClose={back}
        toFragment={toFragment}
        settings={store?.current}
        onPrefs={store?.setPrefs}
        onTheme={store?.setTheme}
        translations={translations}
        position={position}
        onLangOffer={store?.answerLangOffer}
      />,
      mount,
    );
  store = await openReaderStore(scriptKeyFor(article.lang), article.lang, () => draw()).catch(() => null);
  draw();
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape') back();
  });
}
