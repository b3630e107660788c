import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsServices } from '@/components/Options';
import { registerFonts, registerLocalFonts } from '@/utils/fonts-service';
import { detectionService } from '@/utils/settings/detection-service';
import { loadPrefs, loadTheme, loadUiLang, savePrefs, themeItem, uiLangItem } from '@/utils/settings/storage';
import { translationOptionsService } from '@/utils/translate/options-service';
import { siteRulesService } from '@/utils/site-rules/site-rules-service';
import './options.css';

/** The options page: the components get their storage, permissions and browser facts from here. */
async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  // The same font files the reader uses, so the samples show exactly what the reader will.
  registerFonts(document);
  const services: OptionsServices = {
    browserLang: browser.i18n.getUILanguage(),
    isFirefox: browser.runtime.getURL('/').startsWith('moz-extension:'),
    localFonts: await registerLocalFonts(document),
    loadUiLang,
    saveUiLang: (pref) => uiLangItem().setValue(pref),
    loadTheme,
    saveTheme: (theme) => themeItem().setValue(theme),
    prefs: { load: loadPrefs, save: savePrefs },
    detection: detectionService(),
    translation: translationOptionsService(),
    siteRules: siteRulesService(),
    saveFile,
    section: location.hash.slice(1),
  };
  render(<Options services={services} />, app);
}

/** Offers a text file through an `<a download>` link: no downloads permission needed. */
function saveFile(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

void main();
