import { uiDir, type UiLang } from '@/utils/i18n';

interface Props {
  uiLang: UiLang;
  title: string;
  body: string;
}

/** A clear, calm message in place of an article (no article found, or an error). */
export function ReaderMessage({ uiLang, title, body }: Props) {
  return (
    <section class="saaf-message" role="alert" lang={uiLang} dir={uiDir(uiLang)}>
      <h1>{title}</h1>
      <p>{body}</p>
    </section>
  );
}
