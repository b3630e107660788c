import { useEffect, useRef } from 'preact/hooks';
import type { ExtractResult } from '@/utils/types';
import { t, uiLangForArticle } from '@/utils/i18n';
import { Reader } from './Reader';
import { ReaderMessage } from './ReaderMessage';

interface Props {
  /** The extraction result, or the error that stopped extraction. */
  result: ExtractResult | { ok: false; reason: 'error'; error: string; lang: string; dir: 'ltr' | 'rtl'; title: string };
  onClose: () => void;
  toFragment: (html: string) => DocumentFragment;
}

/** The overlay's whole UI: a toolbar with Close, then the article or a clear message. */
export function ReaderApp({ result, onClose, toFragment }: Props) {
  const uiLang = uiLangForArticle(result.ok ? result.article.lang : result.lang);
  const closeBtn = useRef<HTMLButtonElement>(null);
  useEffect(() => closeBtn.current?.focus({ preventScroll: true }), []);

  return (
    <div class="saaf-root" lang={uiLang} dir={uiLang === 'ur' ? 'rtl' : 'ltr'}>
      <div class="saaf-toolbar" role="toolbar" aria-label={t(uiLang, 'readerLabel')}>
        <button ref={closeBtn} type="button" class="saaf-close" onClick={onClose} aria-keyshortcuts="Escape" title={`${t(uiLang, 'close')} (Esc)`}>
          <span aria-hidden="true">×</span>
          <span class="saaf-close-label">{t(uiLang, 'close')}</span>
        </button>
      </div>
      <main class="saaf-main">
        {result.ok ? (
          <Reader article={result.article} uiLang={uiLang} toFragment={toFragment} />
        ) : result.reason === 'error' ? (
          <ReaderMessage uiLang={uiLang} title={t(uiLang, 'errorTitle')} body={t(uiLang, 'errorBody')} />
        ) : (
          <ReaderMessage uiLang={uiLang} title={t(uiLang, 'noArticleTitle')} body={t(uiLang, 'noArticleBody')} />
        )}
      </main>
    </div>
  );
}
