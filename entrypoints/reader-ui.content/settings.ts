import { browser } from 'wxt/browser';
import { resolveUiLang } from '@/utils/i18n';
import type { ReaderSettings } from '@/components/ReaderApp';
import { loadPrefs, loadTheme, loadUiLang, savePrefs, themeItem, watchSettings } from '@/utils/settings/storage';
import type { EarlySettings } from '@/utils/settings/prefetch-service';
import type { ReaderPrefs, ScriptKey } from '@/utils/settings/prefs';
import type { Theme } from '@/utils/settings/themes';
import { registerLocalFonts } from '@/utils/fonts-service';

/**
 * The overlay's settings store: loads the article script's settings, saves changes (per script),
 * and follows changes made elsewhere (the options page, another tab) and the OS colour scheme.
 */
export interface SettingsStore {
  current: ReaderSettings;
  setPrefs: (p: ReaderPrefs) => void;
  setTheme: (t: Theme) => void;
  dispose: () => void;
}

export async function openSettings(script: ScriptKey, articleLang: string, onChange: () => void, early?: EarlySettings): Promise<SettingsStore> {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
  let first = early;
  const read = async (): Promise<ReaderSettings> => {
    const e = first;
    first = undefined; // later reads (changes made elsewhere) go to storage again
    const [prefs, theme, uiPref, localFonts] = await Promise.all([
      e?.prefs[script] ?? loadPrefs(script),
      e?.theme ?? loadTheme(),
      e?.uiLang ?? loadUiLang(),
      e?.localFonts ?? registerLocalFonts(document),
    ]);
    return {
      prefs,
      theme,
      uiLang: resolveUiLang(uiPref, browser.i18n.getUILanguage(), articleLang),
      localFonts,
      prefersDark: dark?.matches ?? false,
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
