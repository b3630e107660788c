import { useEffect, useState } from 'preact/hooks';
import { resolveUiLang, t, uiDir } from '@/utils/i18n';
import type { DetectionService } from '@/utils/settings/detection-service';
import type { FontId } from '@/utils/settings/prefs';
import type { UiLangPref } from '@/utils/settings/storage';
import type { Theme } from '@/utils/settings/themes';
import type { TranslationOptionsService } from '@/utils/translate/options-service';
import { ThemeControl } from './PrefsControls';
import { ScriptDefaults, type PrefsStore } from './options/ScriptDefaults';
import { DetectionToggle } from './options/DetectionToggle';
import { TranslationSettings } from './options/TranslationSettings';
import { SiteRules } from './options/SiteRules';
import type { SiteRulesService } from '@/utils/site-rules/site-rules-service';

/** What the settings page reads and writes, built from the glue by the options entrypoint. */
export interface OptionsServices {
  /** The browser's UI language (for the "auto" UI language). */
  browserLang: string;
  /** Firefox and Chrome keep their shortcut settings in different places. */
  isFirefox: boolean;
  /** Installed fonts the reader may use. */
  localFonts: readonly FontId[];
  loadUiLang(): Promise<UiLangPref>;
  saveUiLang(pref: UiLangPref): Promise<void>;
  loadTheme(): Promise<Theme>;
  saveTheme(theme: Theme): Promise<void>;
  prefs: PrefsStore;
  detection: DetectionService;
  translation: TranslationOptionsService;
  siteRules: SiteRulesService;
  /** Offers `text` to the user as a file named `filename` (an `<a download>` link). */
  saveFile: (text: string, filename: string) => void;
  /** The section the page was opened at (its address's `#hash`, e.g. from the reader's translation error). */
  section?: string;
}

/** The settings page: UI language, theme, reader defaults per script, detection, translation, site rules. */
export function Options({ services }: { services: OptionsServices }) {
  const [pref, setPref] = useState<UiLangPref>('auto');
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    void services.loadUiLang().then(setPref);
    void services.loadTheme().then(setTheme);
  }, [services]);
  const uiLang = resolveUiLang(pref, services.browserLang);
  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.documentElement.dir = uiDir(uiLang);
    document.title = t(uiLang, 'optionsTitle');
  }, [uiLang]);

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
            void services.saveUiLang(v);
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
            void services.saveTheme(th);
          }}
        />
      </section>
      <ScriptDefaults uiLang={uiLang} localFonts={services.localFonts} store={services.prefs} />
      <DetectionToggle uiLang={uiLang} detection={services.detection} />
      <TranslationSettings uiLang={uiLang} service={services.translation} focus={services.section === 'translation'} />
      <SiteRules uiLang={uiLang} service={services.siteRules} saveFile={services.saveFile} />
      <p>
        {t(uiLang, 'shortcutWhere', {
          where: services.isFirefox ? 'about:addons → ⚙ → Manage Extension Shortcuts' : 'chrome://extensions/shortcuts',
        })}
      </p>
    </main>
  );
}
