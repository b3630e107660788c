import { t, type UiLang } from '@/utils/i18n';
import type { FontId, ReaderPrefs, ScriptKey } from '@/utils/settings/prefs';
import type { Theme } from '@/utils/settings/themes';
import { PrefsControls, ThemeControl } from './PrefsControls';

interface Props {
  script: ScriptKey;
  prefs: ReaderPrefs;
  theme: Theme;
  uiLang: UiLang;
  localFonts: readonly FontId[];
  onPrefs: (p: ReaderPrefs) => void;
  onTheme: (t: Theme) => void;
}

/** The reader's settings panel, under the toolbar: changes apply at once and are saved per script. */
export function SettingsPanel({ script, prefs, theme, uiLang, localFonts, onPrefs, onTheme }: Props) {
  return (
    <section id="saaf-settings" class="saaf-panel" aria-labelledby="saaf-settings-title">
      <h2 id="saaf-settings-title" class="saaf-panel-title">
        {t(uiLang, 'settings')} <span class="saaf-panel-script">({t(uiLang, `script.${script}`)})</span>
      </h2>
      <PrefsControls script={script} prefs={prefs} uiLang={uiLang} onChange={onPrefs} localFonts={localFonts} idPrefix="saaf" />
      <ThemeControl theme={theme} uiLang={uiLang} onChange={onTheme} idPrefix="saaf" />
      <p class="saaf-hint">{t(uiLang, 'keysHint')}</p>
    </section>
  );
}
