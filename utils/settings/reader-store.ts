/**
 * Glue: the reader's settings store, shared by the reader UI (content script) and the library's
 * article view (an extension page). Loads the article script's settings, saves changes (per
 * script), and follows changes made elsewhere (the options page, another tab) and the OS colour
 * scheme.
 */
import { browser } from 'wxt/browser';
import { resolveUiLang, uiLangOffer, type UiLang } from '@/utils/i18n';
import { registerLocalFonts } from '@/utils/fonts-service';
import type { EarlySettings } from './prefetch-service';
import type { FontId, ReaderPrefs, ScriptKey } from './prefs';
import { loadPrefs, loadTheme, loadUiLang, savePrefs, themeItem, uiLangAskedItem, uiLangItem, watchSettings } from './storage';
import { prefsCurrent, prefsKey, readPrefs, readTheme, readUiLang, THEME_KEY, UI_LANG_KEY } from './stored';
import type { Theme } from './themes';

/** The settings the reader shows an article with (kept current when storage changes). */
export interface ReaderSettings {
  prefs: ReaderPrefs;
  theme: Theme;
  uiLang: UiLang;
  localFonts: readonly FontId[];
  prefersDark: boolean;
  /** The UI language to offer once on this page (the first-run choice), or none. */
  langOffer?: UiLang | null;
}

export interface SettingsStore {
  current: ReaderSettings;
  setPrefs: (p: ReaderPrefs) => void;
  setTheme: (t: Theme) => void;
  /** Answers the first-run language offer: `true` switches the UI to it at once; either way it is not asked again. */
  answerLangOffer: (accept: boolean) => void;
  dispose: () => void;
}

/** Opens the store for an article's script and language; `onChange` is called after every change. */
export async function openReaderStore(
  script: ScriptKey,
  articleLang: string,
  onChange: () => void,
  early?: EarlySettings,
): Promise<SettingsStore> {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
  let first = early;
  const read = async (): Promise<ReaderSettings> => {
    const e = first;
    first = undefined; // later reads (changes made elsewhere) go to storage again
    // The shell's raw read, if it worked; a record in an older version goes through its item (migrated).
    const raw = e && (await e.stored.catch(() => undefined));
    const [prefs, theme, uiPref, localFonts, asked] = await Promise.all([
      raw && prefsCurrent(raw, script) ? readPrefs(raw[prefsKey(script)], script) : loadPrefs(script),
      raw ? readTheme(raw[THEME_KEY]) : loadTheme(),
      raw ? readUiLang(raw[UI_LANG_KEY]) : loadUiLang(),
      e?.localFonts ?? registerLocalFonts(document),
      uiLangAskedItem()
        .getValue()
        .catch(() => true),
    ]);
    const browserLang = browser.i18n.getUILanguage();
    return {
      prefs,
      theme,
      uiLang: resolveUiLang(uiPref, browserLang),
      localFonts,
      prefersDark: dark?.matches ?? false,
      langOffer: uiLangOffer(uiPref, browserLang, articleLang, asked === true),
    };
  };
  // Bumped by every local change: a storage read that started before it is stale and dropped.
  let gen = 0;
  const store: SettingsStore = {
    current: await read(),
    setPrefs(p) {
      gen++;
      // Apply at once, save in the background; the watcher brings back the repaired value.
      store.current = { ...store.current, prefs: p };
      onChange();
      void savePrefs(script, p).then((clean) => {
        if (store.current.prefs !== p) return; // a newer change is on its way
        store.current = { ...store.current, prefs: clean };
        onChange();
      });
    },
    setTheme(theme) {
      gen++;
      store.current = { ...store.current, theme };
      onChange();
      void themeItem().setValue(theme);
    },
    answerLangOffer(accept) {
      const lang = store.current.langOffer;
      if (!lang) return;
      gen++;
      store.current = { ...store.current, langOffer: null, ...(accept ? { uiLang: lang } : {}) };
      onChange();
      // Asked is written first: the setting's change makes every open reader read both again.
      void uiLangAskedItem()
        .setValue(true)
        .then(() => (accept ? uiLangItem().setValue(lang) : undefined));
    },
    dispose: () => undefined,
  };
  const refresh = () => {
    const started = gen;
    void read().then((s) => {
      if (gen !== started) return;
      store.current = s;
      onChange();
    });
  };
  const unwatch = watchSettings(refresh);
  dark?.addEventListener?.('change', refresh);
  store.dispose = () => {
    unwatch();
    dark?.removeEventListener?.('change', refresh);
  };
  return store;
}
