import { t, uiDir, type UiLang } from '@/utils/i18n';

/**
 * The first-run choice of Saaf's language, under the toolbar (never in it): shown once, on the
 * first page in a language Saaf speaks that the browser does not, while the setting is still
 * "same as the browser". Two plain buttons (keyboard reachable after the toolbar); the offer to
 * switch is written in the offered language, so a reader of it recognises it.
 */
export function LangOffer({ uiLang, offer, onAnswer }: { uiLang: UiLang; offer: UiLang; onAnswer: (accept: boolean) => void }) {
  const question = t(uiLang, 'langOffer.question', { lang: t(uiLang, `langName.${offer}`) });
  return (
    <div class="saaf-langoffer" role="group" aria-label={question} data-control="lang-offer">
      <p class="saaf-langoffer-text">{question}</p>
      <button
        type="button"
        class="saaf-btn"
        data-control="lang-offer-accept"
        lang={offer}
        dir={uiDir(offer)}
        onClick={() => onAnswer(true)}
      >
        {t(offer, 'langOffer.accept')}
      </button>
      <button type="button" class="saaf-btn" data-control="lang-offer-keep" onClick={() => onAnswer(false)}>
        {t(uiLang, 'langOffer.keep')}
      </button>
    </div>
  );
}
