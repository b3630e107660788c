import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/types';
import type { ReaderResult } from '@/utils/reader-handoff';
import type { RemovalLike } from '@/utils/reader/removed';
import { t, uiDir, uiLangForArticle } from '@/utils/i18n';
import { MAX_ARTICLE_CHARS } from '@/utils/article-limit';
import { DEFAULT_PREFS, scriptKeyFor, stepFontSize, type ReaderPrefs } from '@/utils/settings/prefs';
import { nextTheme, paletteVars, PALETTES, resolveTheme, type Theme } from '@/utils/settings/themes';
import type { ReaderSettings } from '@/utils/settings/reader-store';
import { readingMinutes } from '@/utils/reading-time';
import { digitStyleOf, formatNumber } from '@/utils/rtl/digits';
import { Reader } from './Reader';
import { ReaderMessage } from './ReaderMessage';
import { SettingsPanel } from './SettingsPanel';
import { ReadAloud } from './ReadAloud';
import { Progress } from './Progress';
import { useReaderKeys } from './useReaderKeys';
import { SaveButton, type SaveFn } from './library/SaveButton';
import { TranslateAllButton } from './TranslateAll';
import { useRemoveMode } from './useRemoveMode';
import { RemovedPanel } from './RemovedPanel';
import { RegionBar, RememberBar } from './RememberBar';
import type { ReaderTools } from './reader-tools';
import type { TranslationLog } from '@/utils/library/translations';
import { StatusLine, useStatus } from './StatusLine';
import { useReadingPosition, type ReadingPositionProps } from './useReadingPosition';
import { LangOffer } from './LangOffer';

interface Props {
  /** The extraction result, or the error that stopped extraction. */
  result: ExtractResult | { ok: false; reason: 'error'; error: string; lang: string; dir: 'ltr' | 'rtl'; title: string };
  onClose: () => void;
  toFragment: (html: string) => DocumentFragment;
  settings?: ReaderSettings;
  /** Called with the new settings; the overlay saves them (per script) and re-renders. */
  onPrefs?: (prefs: ReaderPrefs) => void;
  onTheme?: (theme: Theme) => void;
  /** Saves the article shown (the overlay sends the one it extracted); no Save button without it. */
  onSave?: SaveFn;
  /** The page-side tools (remove mode and its kin); only the overlay on a web page has them. */
  tools?: ReaderTools;
  /** Translations kept with the article and made while reading (Save keeps them). */
  translations?: TranslationLog;
  /** A saved article's reading position: restored on open, reported while reading (the library's saved view). */
  position?: ReadingPositionProps;
  /** Answers the first-run language offer (`settings.langOffer`); without it the offer is not shown. */
  onLangOffer?: (accept: boolean) => void;
}

/**
 * The overlay's whole UI: a toolbar (close, settings, text size, theme, read aloud, reading time,
 * progress) on the reading side, then the article or a clear message.
 */
export function ReaderApp({
  result: given,
  onClose,
  toFragment,
  settings,
  onPrefs,
  onTheme,
  onSave,
  tools,
  translations,
  position,
  onLangOffer,
}: Props) {
  // "This was part of the story" extracts the page again: the reader then shows that result.
  const [again, setAgain] = useState<{ result: ReaderResult; disabled: string[] } | null>(null);
  const result = again?.result ?? given;
  const lang = result.ok ? result.article.lang : result.lang;
  const script = scriptKeyFor(lang);
  const s: ReaderSettings = settings ?? {
    prefs: DEFAULT_PREFS[script],
    theme: 'system',
    uiLang: uiLangForArticle(lang),
    localFonts: [],
    prefersDark: false,
  };
  const { uiLang, prefs } = s;
  const root = useRef<HTMLDivElement>(null);
  const closeBtn = useRef<HTMLButtonElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [removedOpen, setRemovedOpen] = useState(false);
  const status = useStatus();
  useEffect(() => closeBtn.current?.focus({ preventScroll: true }), []);
  const edit = useRemoveMode(uiLang);
  const canEdit = result.ok && tools !== undefined;
  const editRef = useRef(edit);
  editRef.current = edit;
  // Escape leaves remove mode first; the next one closes the reader.
  useEffect(() => {
    if (!tools) return;
    tools.setEscape(() => {
      if (!editRef.current.active) return false;
      editRef.current.setActive(false);
      return true;
    });
    return () => tools.setEscape(undefined);
  }, [tools]);

  const reextract = tools?.reextract;
  const restore = useCallback(
    async (r: RemovalLike): Promise<boolean> => {
      if (!reextract) return false;
      const disabled = [...(again?.disabled ?? []), r.rule];
      const next = reextract(disabled);
      // Put back only when the new extraction no longer removes it (and still finds the article).
      if (!next.ok || next.article.removed.some((x) => x.rule === r.rule && x.text === r.text)) return false;
      editRef.current.reset();
      setAgain({ result: next, disabled });
      return true;
    },
    [reextract, again],
  );
  const lastRemoved = edit.removed[edit.removed.length - 1];
  const siteHost = result.ok ? hostOf(result.article.url) : '';
  const deriveRule = tools?.deriveRule;
  const saveRule = tools?.saveRule;
  const selectStory = tools?.selectStory;
  const pickedRegion = tools?.pickedRegion;
  const selectButton = selectStory && (
    <button
      type="button"
      class="saaf-btn"
      data-control="select-story"
      title={t(uiLang, 'edit.selectHint')}
      onClick={() =>
        selectStory({
          hint: t(uiLang, 'edit.picker.hint'),
          close: t(uiLang, 'edit.picker.close'),
          unusable: t(uiLang, 'edit.picker.unusable'),
          lang: uiLang,
          dir: uiDir(uiLang),
        })
      }
    >
      {t(uiLang, 'edit.select')}
    </button>
  );
  const removedCount = result.ok ? result.article.removed.filter((r) => r.text.trim() !== '').length : 0;

  const setPrefs = useCallback((p: ReaderPrefs) => onPrefs?.(p), [onPrefs]);
  const keys = useMemo(
    () => ({
      bigger: () => setPrefs(stepFontSize(prefs, 1, script)),
      smaller: () => setPrefs(stepFontSize(prefs, -1, script)),
      nextTheme: () => onTheme?.(nextTheme(s.theme)),
      removeMode: canEdit ? () => edit.setActive(!edit.active) : undefined,
    }),
    [prefs, script, s.theme, setPrefs, onTheme, canEdit, edit],
  );
  useReaderKeys(keys);

  const resolved = resolveTheme(s.theme, s.prefersDark);
  const minutes = result.ok ? readingMinutes(result.article.text, lang) : 0;
  const digits = uiLang === 'ur' && result.ok ? digitStyleOf(result.article.text) : 'latn';
  const scroller = useCallback(() => root.current, []);
  useReadingPosition(scroller, result.ok ? position : undefined);
  const readRoots = useCallback(() => [...(root.current?.querySelectorAll('.saaf-title, .saaf-body') ?? [])], []);

  return (
    <div class="saaf-root" ref={root} lang={uiLang} dir={uiDir(uiLang)} data-theme={resolved} style={paletteVars(PALETTES[resolved])}>
      <header class="saaf-bar">
        <div class="saaf-toolbar" role="toolbar" aria-label={t(uiLang, 'readerLabel')}>
          <button
            ref={closeBtn}
            type="button"
            class="saaf-close saaf-btn"
            onClick={onClose}
            aria-keyshortcuts="Escape"
            title={`${t(uiLang, 'close')} (Esc)`}
          >
            <span aria-hidden="true">×</span>
            <span class="saaf-close-label">{t(uiLang, 'close')}</span>
          </button>
          <PanelToggle
            control="settings"
            panel="saaf-settings"
            open={panelOpen}
            onToggle={setPanelOpen}
            title={t(uiLang, 'settingsHint')}
            icon="Aa"
            label={t(uiLang, 'settings')}
          />
          <button
            type="button"
            class="saaf-btn"
            data-control="size-down"
            aria-keyshortcuts="-"
            title={`${t(uiLang, 'smaller')} (−)`}
            onClick={keys.smaller}
          >
            <span aria-hidden="true">A−</span>
            <span class="saaf-sr">{t(uiLang, 'smaller')}</span>
          </button>
          <button
            type="button"
            class="saaf-btn"
            data-control="size-up"
            aria-keyshortcuts="+"
            title={`${t(uiLang, 'larger')} (+)`}
            onClick={keys.bigger}
          >
            <span aria-hidden="true">A+</span>
            <span class="saaf-sr">{t(uiLang, 'larger')}</span>
          </button>
          <button
            type="button"
            class="saaf-btn"
            data-control="theme-next"
            aria-keyshortcuts="T"
            title={t(uiLang, 'themeKey')}
            onClick={keys.nextTheme}
          >
            <span aria-hidden="true">◐</span> <span class="saaf-btn-label saaf-minor">{t(uiLang, `theme.${s.theme}`)}</span>
            <span class="saaf-sr">{t(uiLang, 'themeKey')}</span>
          </button>
          {result.ok && <ReadAloud uiLang={uiLang} lang={lang} getRoots={readRoots} status={status.api} />}
          {/* Slot for other features' toolbar buttons (translation, save to library) goes here. */}
          {result.ok && <TranslateAllButton uiLang={uiLang} status={status.api} />}
          {result.ok && onSave && <SaveButton uiLang={uiLang} save={onSave} status={status.api} />}
          {canEdit && (
            <button
              type="button"
              class="saaf-btn"
              data-control="remove-mode"
              aria-pressed={edit.active}
              aria-keyshortcuts="X"
              title={t(uiLang, 'edit.removeHint')}
              onClick={() => edit.setActive(!edit.active)}
            >
              <span aria-hidden="true">✂</span> <span class="saaf-btn-label saaf-minor">{t(uiLang, 'edit.remove')}</span>
            </button>
          )}
          {canEdit && reextract && (
            <PanelToggle
              control="removed"
              panel="saaf-removed"
              open={removedOpen}
              onToggle={setRemovedOpen}
              title={t(uiLang, 'edit.removedHint')}
              icon="☰"
              label={t(uiLang, 'edit.removedButton', { n: removedCount })}
            />
          )}
          {canEdit && edit.removed.length > 0 && (
            <button
              type="button"
              class="saaf-btn"
              data-control="undo"
              aria-keyshortcuts="Control+Z"
              title={t(uiLang, 'edit.undoHint')}
              onClick={edit.undo}
            >
              <span aria-hidden="true">↶</span> <span class="saaf-btn-label saaf-minor">{t(uiLang, 'edit.undo')}</span>
            </button>
          )}
          {minutes > 0 && (
            <span class="saaf-time" data-control="reading-time">
              {t(uiLang, 'readingTime', { n: formatNumber(minutes, digits) })}
            </span>
          )}
        </div>
        {/* Out of the toolbar's flow (positioned under the bar), so a message never moves a button. */}
        <StatusLine class="saaf-status" uiLang={uiLang} message={status.message} onDismiss={status.dismiss} onHold={status.hold} />
        {s.langOffer && onLangOffer && (
          <LangOffer
            uiLang={uiLang}
            offer={s.langOffer}
            onAnswer={(accept) => {
              const now = accept ? s.langOffer! : uiLang;
              onLangOffer(accept);
              status.api.show({ source: 'lang-offer', text: t(now, 'langOffer.done'), kind: 'info' });
            }}
          />
        )}
        {panelOpen && (
          <SettingsPanel
            script={script}
            prefs={prefs}
            theme={s.theme}
            uiLang={uiLang}
            localFonts={s.localFonts}
            onPrefs={setPrefs}
            onTheme={(th) => onTheme?.(th)}
          />
        )}
        {removedOpen && result.ok && (
          <RemovedPanel
            uiLang={uiLang}
            removed={result.article.removed}
            onRestore={restore}
            onMiss={tools?.recordMiss}
            onExportMisses={tools?.exportMisses}
            onDeleteRule={tools?.deleteRule}
            selectStory={selectButton}
          />
        )}
        {edit.active && (
          <p class="saaf-edit-hint" data-control="remove-hint">
            {t(uiLang, 'edit.modeOn')}
          </p>
        )}
        {lastRemoved && lastRemoved.origin !== null && deriveRule && saveRule && siteHost && (
          <RememberBar
            key={`${edit.removed.length}:${lastRemoved.index}`}
            uiLang={uiLang}
            host={siteHost}
            derive={() => deriveRule(lastRemoved.origin!, edit.shownText())}
            save={saveRule}
          />
        )}
        {result.ok && pickedRegion && saveRule && siteHost && (
          <RegionBar uiLang={uiLang} host={siteHost} rule={pickedRegion} save={saveRule} />
        )}
        <p class="saaf-sr" role="status" aria-live="polite" data-control="announce">
          {edit.announcement}
        </p>
        <Progress scroller={scroller} uiLang={uiLang} />
      </header>
      <main class="saaf-main">
        {result.ok ? (
          <Reader
            article={result.article}
            uiLang={uiLang}
            toFragment={toFragment}
            prefs={prefs}
            digits={digitStyleOf(result.article.text)}
            onBody={canEdit ? edit.attach : undefined}
            translations={translations}
          />
        ) : result.reason === 'error' ? (
          <ReaderMessage uiLang={uiLang} reason="error" title={t(uiLang, 'errorTitle')} body={t(uiLang, 'errorBody')} />
        ) : result.reason === 'too-large' ? (
          <ReaderMessage
            uiLang={uiLang}
            reason={result.reason}
            title={t(uiLang, 'tooLargeTitle')}
            body={t(uiLang, 'tooLargeBody', { n: MAX_ARTICLE_CHARS / 1_000_000 })}
          />
        ) : result.reason === 'not-a-story' ? (
          <ReaderMessage uiLang={uiLang} reason={result.reason} title={t(uiLang, 'notStoryTitle')} body={t(uiLang, 'notStoryBody')}>
            {selectButton}
          </ReaderMessage>
        ) : (
          <ReaderMessage uiLang={uiLang} reason={result.reason} title={t(uiLang, 'noArticleTitle')} body={t(uiLang, 'noArticleBody')}>
            {selectButton}
          </ReaderMessage>
        )}
      </main>
    </div>
  );
}

/** The hostname of an article's page (`www.` left out), or '' when it has none. */
function hostOf(url: string | null | undefined): string {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** A toolbar button that opens and closes one of the reader's panels (settings, removed). */
function PanelToggle(props: {
  control: string;
  panel: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  title: string;
  icon: string;
  label: string;
}) {
  return (
    <button
      type="button"
      class="saaf-btn"
      data-control={props.control}
      aria-expanded={props.open}
      aria-controls={props.panel}
      title={props.title}
      onClick={() => props.onToggle(!props.open)}
    >
      <span aria-hidden="true">{props.icon}</span> <span class="saaf-btn-label saaf-minor">{props.label}</span>
    </button>
  );
}
