import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp } from '@/components/LibraryApp';
import { resolveUiLang, uiDir } from '@/utils/i18n';
import { registerFonts } from '@/utils/fonts-service';
import { loadUiLang } from '@/utils/settings/storage';
import '@/components/library/library.css';
import { showSavedArticle } from './article-view';
import { backupLibrary, exportArticles, importBackup } from './exports';

/**
 * The library page (`library.html`) and, with `?id=N`, one saved article read from the database
 * with no network. The UI language follows the user's setting (Urdu or English).
 */
async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  registerFonts(document);
  const uiLang = resolveUiLang(await loadUiLang().catch(() => 'auto' as const), browser.i18n.getUILanguage());
  document.documentElement.lang = uiLang;
  document.documentElement.dir = uiDir(uiLang);
  const id = Number(new URLSearchParams(location.search).get('id'));
  if (Number.isInteger(id) && id > 0) await showSavedArticle(app, id, uiLang);
  else render(<LibraryApp uiLang={uiLang} files={{ exportArticles, backupLibrary, importBackup }} />, app);
}

void main();
