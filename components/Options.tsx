import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveUiLang, t, uiDir, type UiLang } from '@/utils/i18n';
import type { FontId } from '@/utils/settings/prefs';
import { loadTheme, loadUiLang, themeItem, uiLangItem, type UiLangPref } from '@/utils/settings/storage';
import type { Theme } from '@/utils/settings/themes';
import { ThemeControl } from './PrefsControls';
import { ScriptDefaults } from './options/ScriptDefaults';
import { DetectionToggle } from './options/DetectionToggle';

/**
 * Other features' settings sections, mounted when their file exists (the translation engineer's
 * `settings/TranslationSettings.tsx` renders `<section id="translation">`). A glob, so this page
 * builds with or without them.
 */
const EXTRA_SECTIONS = Object.values(import.meta.glob<Record<string, unknown>>('./settings/*Settings.tsx', { eager: true }))
  .flatMap((mod) => Object.entries(mod).filter(([name, v]) => /Settings$/.test(name) && typeof v === 'function'))
  .map(([, v]) => v as ComponentType<{ uiLang: UiLang }>);

/** The settings page: UI language, theme, reader defaults per script, detection, other features. */
export function Options({ localFonts = [] }: { localFonts?: readonly FontId[] }) {
  const [pref, setPref] = useState<UiLangPref>('auto');
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    void loadUiLang().then(setPref);
    void loadTheme().then(setTheme);
  }, []);
  const uiLang = resolveUiLang(pref, browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.documentElement.dir = uiDir(uiLang);
    document.title = t(uiLang, 'optionsTitle');
  }, [uiLang]);
  const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');

  return (
    <main class="opt" lang={uiLang} dir={uiDir(uiLang)}>
      <h1>{t(uiLang, 'optionsTitle')}</h1>
      <p>{t(uiLang, 'optionsIntro')}</p>
      <section aria-labelledby="lang-title" id="language">
        <h2 id="lang-title">{t(uiLang, 'uiLanguage')}</h2>
        <select
          aria-labelledby="lang-title"
          data-control="ui-lang"
          value={pref}
          onChange={(e) => {
            const v = e.currentTarget.value as UiLangPref;
            setPref(v);
            void uiLangItem().setValue(v);
          }}
        >
          {(['auto', 'ur', 'en'] as const).map((v) => (
            <option value={v} key={v} lang={v === 'ur' ? 'ur' : v === 'en' ? 'en' : undefined}>
              {t(uiLang, `uiLang.${v}`)}
            </option>
          ))}
        </select>
      </section>
      <section aria-label={t(uiLang, 'theme')} id="theme">
        <ThemeControl
          theme={theme}
          uiLang={uiLang}
          idPrefix="opt"
          onChange={(th) => {
            setTheme(th);
            void themeItem().setValue(th);
          }}
        />
      </section>
      <ScriptDefaults uiLang={uiLang} localFonts={localFonts} />
      <DetectionToggle uiLang={uiLang} />
      {EXTRA_SECTIONS.map((Section, i) => (
        <Section key={i} uiLang={uiLang} />
      ))}
      <p>
        {t(uiLang, 'shortcutWhere', { where: isFirefox ? 'about:addons → ⚙ → Manage Extension Shortcuts' : 'chrome://extensions/shortcuts' })}
      </p>
    </main>
  );
}
