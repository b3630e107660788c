import { useEffect, useRef, useState } from 'preact/hooks';
import type { Embed } from '@/utils/types';
import { t, uiDir, type UiLang } from '@/utils/i18n';
import { languageName } from '@/utils/i18n/format';
import { fontStackFor, lineHeightFor } from '@/utils/fonts';
import { isRtlLang, primaryLang } from '@/utils/text/script';
import { sourceLanguageFor, type FallbackDetector } from '@/utils/translate/source-lang';
import { detectInBackground } from '@/utils/translate/detect-service';
import { toTranslateError, type TranslateErrorKind } from '@/utils/translate/errors';
import { SERVICE_IDS, type ProgressFn, type ServiceId, type TranslationResult } from '@/utils/translate/types';
import type { StoredTranslation } from '@/utils/library/types';
import { translateForArticle } from '@/utils/translate/client-service';
import { send } from '@/utils/messaging/send';
import { registerTranslatable } from './TranslateAll';
import { TRANSLATE_CSS } from './TranslateStyles';

/** Translates `text` from `source` for an article in `articleLang` (the real one asks settings). */
export type TranslateFn = (
  text: string,
  source: string,
  articleLang: string,
  opts: { signal: AbortSignal; onProgress: ProgressFn },
) => Promise<TranslationResult>;

interface Props {
  /** The tweet, post or quote; only `lang` and `text` are read. */
  embed: Pick<Embed, 'lang' | 'text'>;
  /** The article's language; read from the nearest `[lang]` ancestor when not given. */
  articleLang?: string;
  uiLang: UiLang;
  /** Injected in tests; defaults to the user's configured services. */
  translate?: TranslateFn;
  /** The detector of last resort; defaults to franc-min in the background. */
  detect?: FallbackDetector;
  /** A translation kept with the saved article: shown at once, as done. */
  stored?: StoredTranslation | null;
  /** Told of every finished translation (the reader keeps them for Save). */
  onTranslated?: (result: TranslationResult) => void;
  /** Opens Saaf's settings at the translation section; defaults to asking the background. */
  openSettings?: () => void;
}

/** Failures the user fixes in the settings: the error offers to open them. */
const FIX_IN_SETTINGS: readonly TranslateErrorKind[] = ['not-configured', 'auth', 'permission', 'unsupported'];
/** Opens the options page at its translation section, through the background (content scripts cannot open it). */
const openTranslationSettings = () => void send({ type: 'open-settings', section: 'translation' }).catch(() => undefined);

type View = 'both' | 'original' | 'translation';
type State =
  | { s: 'idle' }
  | { s: 'working'; progress: number | null }
  | { s: 'done'; result: TranslationResult }
  | { s: 'error'; kind: TranslateErrorKind };

/**
 * "ترجمہ کریں / Translate" for one embed or quote in another language than the article. Renders
 * right after the original: the translation (as text, in the article's font and direction), a
 * note naming the service, an original / translation / both toggle, progress, and an inline
 * error with retry. The original is never removed, only hidden in "translation" view.
 */
export function TranslateControls({
  embed,
  articleLang,
  uiLang,
  translate = translateForArticle,
  detect = detectInBackground,
  stored,
  onTranslated,
  openSettings = openTranslationSettings,
}: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [domLang, setDomLang] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>(stored?.source ?? null);
  const [state, setState] = useState<State>(() => (stored ? { s: 'done', result: fromStored(stored) } : { s: 'idle' }));
  const [view, setView] = useState<View>('both');
  const ctrl = useRef<AbortController | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const lang = articleLang ?? domLang;

  useEffect(() => {
    if (!articleLang) setDomLang(root.current?.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null);
  }, [articleLang]);

  useEffect(() => {
    let live = true;
    if (lang)
      void sourceLanguageFor(embed, lang, undefined, detect).then(
        (s) => live && setSource(s),
        () => live && setSource(null),
      );
    return () => void (live = false);
  }, [embed.lang, embed.text, lang]);

  const run = () => {
    if (!source || !lang) return;
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setState({ s: 'working', progress: null });
    translate(embed.text, source, lang, {
      signal: c.signal,
      onProgress: (p) => !c.signal.aborted && setState({ s: 'working', progress: p }),
    }).then(
      (result) => {
        if (c.signal.aborted) return;
        setState({ s: 'done', result });
        onTranslated?.(result);
      },
      (err: unknown) => !c.signal.aborted && setState({ s: 'error', kind: toTranslateError(err).kind }),
    );
  };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    if (!source) return;
    const unregister = registerTranslatable(() => {
      const s = stateRef.current.s;
      if (s === 'idle' || s === 'error') runRef.current();
    });
    return () => {
      unregister();
      ctrl.current?.abort();
    };
  }, [source]);

  // "Translation" view hides the original (the element just before this one); it is kept in the DOM.
  useEffect(() => {
    const el = root.current;
    const original = (el?.previousElementSibling ?? el?.parentElement?.previousElementSibling) as HTMLElement | null | undefined;
    if (!original) return;
    original.style.display = state.s === 'done' && view === 'translation' ? 'none' : '';
    return () => void (original.style.display = '');
  }, [view, state.s]);

  if ((!source || !lang) && state.s !== 'done') return <div ref={root} class="saaf-tr" hidden />;
  return (
    <div ref={root} class="saaf-tr" lang={uiLang} dir={uiDir(uiLang)} data-state={state.s}>
      <style>{TRANSLATE_CSS}</style>
      {state.s === 'idle' && (
        <button type="button" class="saaf-tr-btn" onClick={run}>
          {t(uiLang, 'tr.translate')}
        </button>
      )}
      {state.s === 'working' && (
        <p class="saaf-tr-status" role="status">
          {state.progress === null
            ? t(uiLang, 'tr.translating')
            : t(uiLang, 'tr.downloading', { p: `${Math.round(state.progress * 100)}%` })}
        </p>
      )}
      {state.s === 'error' && (
        <div class="saaf-tr-error" role="alert">
          <p>{t(uiLang, `tr.error.${state.kind}`)}</p>
          {/* Nothing is set up: say in one line what each choice in the settings would send where. */}
          {state.kind === 'not-configured' && <p class="saaf-tr-choices">{t(uiLang, 'tr.choices')}</p>}
          {FIX_IN_SETTINGS.includes(state.kind) && (
            <button type="button" class="saaf-tr-settings" onClick={openSettings}>
              {t(uiLang, 'tr.openSettings')}
            </button>
          )}
          {/* Trying again changes nothing until a service is set up (Translate all still retries later). */}
          {state.kind !== 'not-configured' && (
            <button type="button" class="saaf-tr-retry" onClick={run}>
              {t(uiLang, 'tr.retry')}
            </button>
          )}
        </div>
      )}
      {state.s === 'done' && (
        <Translation result={state.result} articleLang={lang ?? state.result.target} uiLang={uiLang} view={view} setView={setView} />
      )}
    </div>
  );
}

/** A saved translation as the controls show it ("saved copy" in the note). */
function fromStored(t: StoredTranslation): TranslationResult {
  const service = (SERVICE_IDS as readonly string[]).includes(t.service) ? (t.service as ServiceId) : 'browser';
  return { text: t.text, service, label: t.label ?? t.service, source: t.source ?? 'auto', target: t.target, fromCache: true };
}

function Translation({
  result,
  articleLang,
  uiLang,
  view,
  setView,
}: {
  result: TranslationResult;
  articleLang: string;
  uiLang: UiLang;
  view: View;
  setView: (v: View) => void;
}) {
  // Same language as the article: inherit the reader's chosen font; otherwise the target's own.
  const own = primaryLang(result.target) === primaryLang(articleLang);
  const style = own ? undefined : { fontFamily: fontStackFor(result.target), lineHeight: String(lineHeightFor(result.target)) };
  const note = t(uiLang, 'tr.note', { from: languageName(result.source, uiLang), service: result.label });
  return (
    <>
      {view !== 'original' && (
        <div class="saaf-tr-out" lang={result.target} dir={isRtlLang(result.target) ? 'rtl' : 'ltr'} style={style}>
          {result.text}
        </div>
      )}
      <p class="saaf-tr-note">
        {note} {result.fromCache && t(uiLang, 'tr.noteCached')}
      </p>
      <div class="saaf-tr-view" role="group" aria-label={t(uiLang, 'tr.show')}>
        {(['original', 'translation', 'both'] as const).map((v) => (
          <button type="button" key={v} data-view={v} aria-pressed={view === v} onClick={() => setView(v)}>
            {t(uiLang, `tr.${v}`)}
          </button>
        ))}
      </div>
    </>
  );
}
