import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsServices } from '@/components/Options';
import { registerFonts, registerLocalFonts } from '@/utils/fonts-service';
import { detectionService } from '@/utils/settings/detection-service';
import { loadPrefs, loadTheme, loadUiLang, savePrefs, themeItem, uiLangItem } from '@/utils/settings/storage';
import { translationOptionsService } from '@/utils/translate/options-service';
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
    section: location.hash.slice(1),
  };
  render(<Options services={services} />, app);
}

void main();
