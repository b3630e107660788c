import type { Embed } from '@/utils/types';
import { t, type UiLang } from '@/utils/i18n';
import { isRtlLang } from '@/utils/text/script';
import type { TranslationLog } from '@/utils/library/translations';
import { TranslateControls } from './TranslateControls';

interface Props {
  embed: Embed;
  uiLang: UiLang;
  /** Where this embed's translation is kept (`embed:<index>` in the reader's log). */
  translations?: { log: TranslationLog; key: string };
}

/**
 * A tweet, post or video as a quiet card. English tweets are laid out LTR inside the RTL article
 * (`dir` from the embed's language, `auto` when unknown); handles are isolated with <bdi>.
 * Never loads a third-party script or frame: the original is one link away.
 */
export function EmbedCard({ embed, uiLang, translations }: Props) {
  const dir = embed.lang ? (isRtlLang(embed.lang) ? 'rtl' : 'ltr') : 'auto';
  // Every kind has its label in the UI language (an Urdu quote card once said "quote").
  const label = t(uiLang, `embed.${embed.kind}`);
  return (
    <figure class={`saaf-embed saaf-embed-${embed.kind}`} data-kind={embed.kind}>
      <figcaption class="saaf-embed-head">
        <span class="saaf-embed-kind">{label}</span>
        {embed.author && <bdi class="saaf-embed-author">{embed.author}</bdi>}
        {embed.handle && (
          <bdi class="saaf-embed-handle" dir="ltr">
            @{embed.handle}
          </bdi>
        )}
      </figcaption>
      {embed.text && (
        <blockquote class="saaf-embed-text" lang={embed.lang ?? undefined} dir={dir}>
          {embed.text}
        </blockquote>
      )}
      {embed.text && (
        <TranslateControls
          embed={embed}
          uiLang={uiLang}
          stored={translations?.log.get(translations.key, embed.text)}
          onTranslated={translations && ((r) => translations.log.set(translations.key, embed.text, r))}
        />
      )}
      {embed.url && (
        <a class="saaf-embed-link" href={embed.url} target="_blank" rel="noopener noreferrer">
          {embed.date ? <bdi dir="ltr">{embed.date}</bdi> : t(uiLang, 'embedLink')}
        </a>
      )}
    </figure>
  );
}
