import type { ComponentChildren } from 'preact';
import { uiDir, type UiLang } from '@/utils/i18n';

interface Props {
  uiLang: UiLang;
  title: string;
  body: string;
  /** Why there is no article (`not-a-story`, `too-short`, `error` ...), for styling and tests. */
  reason?: string;
  /** What the reader can do about it (a button), under the text. */
  children?: ComponentChildren;
}

/** A clear, calm message in place of an article (no article found, or an error). */
export function ReaderMessage({ uiLang, title, body, reason, children }: Props) {
  return (
    <section class="saaf-message" role="alert" data-reason={reason} lang={uiLang} dir={uiDir(uiLang)}>
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </section>
  );
}
