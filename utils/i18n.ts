/**
 * UI strings of the reader and the options page in Urdu and English. The language is picked from
 * the browser's UI language (an Urdu article also gets the Urdu UI) and can be overridden in the
 * settings. `_locales/` carries the manifest's strings (name, menu, shortcut) for the browser.
 */
export type UiLang = 'ur' | 'en';

const en = {
  close: 'Close reader',
  closeHint: 'Esc',
  readerLabel: 'Saaf reader',
  by: 'By',
  published: 'Published',
  noArticleTitle: 'No article found on this page',
  noArticleBody:
    'This looks like a home, list or search page. Open a single news story and try again — the page itself is unchanged.',
  errorTitle: 'Saaf could not read this page',
  errorBody: 'Something on this page stopped the reader. The page itself is unchanged.',
  tweet: 'Post on X (Twitter)',
  openOriginal: 'Open the original',
  embedLink: 'Open',
  source: 'Source',
  // Toolbar and settings
  settings: 'Reading settings',
  settingsHint: 'Text and page settings',
  font: 'Font',
  fontSize: 'Text size',
  smaller: 'Smaller text',
  larger: 'Larger text',
  lineHeight: 'Line spacing',
  width: 'Column width',
  theme: 'Theme',
  themeKey: 'Change theme (T)',
  'theme.light': 'Light',
  'theme.sepia': 'Sepia',
  'theme.dark': 'Dark',
  'theme.system': 'Follow system',
  align: 'Alignment',
  'align.start': 'Ragged (start)',
  'align.justify': 'Justified',
  images: 'Show images',
  'font.nastaliq': 'Noto Nastaliq Urdu',
  'font.jameel': 'Jameel Noori Nastaleeq (installed)',
  'font.naskh': 'Noto Naskh Arabic',
  'font.vazirmatn': 'Vazirmatn',
  'font.serif': 'Source Serif (serif)',
  'font.sans': 'System sans-serif',
  readingTime: '{n} min read',
  progress: 'Reading progress',
  listen: 'Listen',
  stopListening: 'Stop',
  noVoice: 'This device has no {lang} voice, so Saaf cannot read this article aloud. (A voice for another language would mispronounce it.)',
  reading: 'Reading aloud…',
  keysHint: 'Keys: + and − text size, T theme, Esc close',
  // Options page
  optionsTitle: 'Saaf Reader settings',
  optionsIntro: 'Open the reader on a news page with the toolbar button, Alt+Shift+R or the page menu (“Read in Saaf”). Esc returns to the page.',
  uiLanguage: 'Language of Saaf',
  'uiLang.auto': 'Same as the browser',
  'uiLang.ur': 'اردو',
  'uiLang.en': 'English',
  defaultsTitle: 'Reader defaults for each script',
  'script.ur': 'Urdu',
  'script.ar': 'Arabic, Pashto, Sindhi',
  'script.fa': 'Persian',
  'script.latin': 'English and other Latin-script pages',
  sample: 'Sample',
  detectTitle: 'Notice articles (optional)',
  detectBody:
    'With your permission Saaf looks at the pages you open, notices news articles in Arabic script (Urdu, Arabic, Persian…) and marks its toolbar button. Without it, Saaf runs only when you ask it to.',
  detectOn: 'Notice articles on pages I visit',
  detectDenied: 'The browser did not give permission, so detection stays off.',
  shortcutWhere: 'Change the shortcut in {where}.',
  saved: 'Saved',
} as const;

export type StringKey = keyof typeof en;

const ur: Record<StringKey, string> = {
  close: 'ریڈر بند کریں',
  closeHint: 'Esc',
  readerLabel: 'صاف ریڈر',
  by: 'از',
  published: 'شائع',
  noArticleTitle: 'اس صفحے پر کوئی مضمون نہیں ملا',
  noArticleBody:
    'یہ صفحہ سرورق، فہرست یا تلاش کا صفحہ لگتا ہے۔ کوئی ایک خبر کھولیں اور دوبارہ کوشش کریں — اصل صفحہ جوں کا توں ہے۔',
  errorTitle: 'صاف یہ صفحہ نہیں پڑھ سکا',
  errorBody: 'اس صفحے کی کسی چیز نے ریڈر کو روک دیا۔ اصل صفحہ جوں کا توں ہے۔',
  tweet: 'ایکس (ٹوئٹر) پوسٹ',
  openOriginal: 'اصل دیکھیں',
  embedLink: 'کھولیں',
  source: 'ماخذ',
  settings: 'پڑھنے کی ترتیبات',
  settingsHint: 'متن اور صفحے کی ترتیبات',
  font: 'خط',
  fontSize: 'متن کا سائز',
  smaller: 'متن چھوٹا کریں',
  larger: 'متن بڑا کریں',
  lineHeight: 'سطروں کا فاصلہ',
  width: 'کالم کی چوڑائی',
  theme: 'رنگ',
  themeKey: 'رنگ بدلیں (T)',
  'theme.light': 'روشن',
  'theme.sepia': 'کاغذی',
  'theme.dark': 'گہرا',
  'theme.system': 'سسٹم کے مطابق',
  align: 'سطروں کی ترتیب',
  'align.start': 'دائیں سے (سیدھا کنارہ)',
  'align.justify': 'دونوں کنارے برابر',
  images: 'تصویریں دکھائیں',
  'font.nastaliq': 'نوٹو نستعلیق اردو',
  'font.jameel': 'جمیل نوری نستعلیق (انسٹال شدہ)',
  'font.naskh': 'نوٹو نسخ عربی',
  'font.vazirmatn': 'وزیرمتن',
  'font.serif': 'سورس سیرف (انگریزی)',
  'font.sans': 'سسٹم سینز سیرف',
  readingTime: '{n} منٹ کا مطالعہ',
  progress: 'پڑھنے میں پیش رفت',
  listen: 'سنیں',
  stopListening: 'روکیں',
  noVoice: 'اس آلے پر {lang} آواز موجود نہیں، اس لیے صاف یہ مضمون پڑھ کر نہیں سنا سکتا۔ (کسی اور زبان کی آواز اسے غلط پڑھے گی۔)',
  reading: 'پڑھ کر سنایا جا رہا ہے…',
  keysHint: 'کنجیاں: + اور − متن کا سائز، T رنگ، Esc بند',
  optionsTitle: 'صاف ریڈر کی ترتیبات',
  optionsIntro: 'خبر کے صفحے پر ٹول بار کے بٹن، Alt+Shift+R یا صفحے کے مینو („صاف ریڈر میں پڑھیں“) سے ریڈر کھولیں۔ Esc سے صفحے پر واپس آئیں۔',
  uiLanguage: 'صاف کی زبان',
  'uiLang.auto': 'براؤزر کے مطابق',
  'uiLang.ur': 'اردو',
  'uiLang.en': 'English',
  defaultsTitle: 'ہر رسم الخط کے لیے ریڈر کی ترتیبات',
  'script.ur': 'اردو',
  'script.ar': 'عربی، پشتو، سندھی',
  'script.fa': 'فارسی',
  'script.latin': 'انگریزی اور دوسرے لاطینی رسم الخط کے صفحات',
  sample: 'نمونہ',
  detectTitle: 'مضامین کی نشاندہی (اختیاری)',
  detectBody:
    'آپ کی اجازت سے صاف آپ کے کھولے ہوئے صفحات دیکھ کر عربی رسم الخط (اردو، عربی، فارسی…) کی خبروں کو پہچانتا ہے اور اپنے ٹول بار بٹن پر نشان لگاتا ہے۔ اجازت کے بغیر صاف صرف آپ کے کہنے پر چلتا ہے۔',
  detectOn: 'میرے کھولے ہوئے صفحات پر مضامین پہچانیں',
  detectDenied: 'براؤزر نے اجازت نہیں دی، اس لیے نشاندہی بند رہے گی۔',
  shortcutWhere: 'شارٹ کٹ {where} میں بدلیں۔',
  saved: 'محفوظ ہو گیا',
};

const STRINGS: Record<UiLang, Record<StringKey, string>> = { en, ur };

/** A UI string; `{name}` placeholders are filled from `vars` (as text, never HTML). */
export function t(lang: UiLang, key: StringKey, vars?: Record<string, string>): string {
  const s = STRINGS[lang][key];
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m) : s;
}

/** UI language for an article when nothing else is known: Urdu for Urdu articles, English otherwise. */
export function uiLangForArticle(articleLang: string): UiLang {
  return articleLang.split('-')[0] === 'ur' ? 'ur' : 'en';
}

/**
 * The UI language: the user's choice, else Urdu when the browser's UI language is Urdu or the
 * article is Urdu, else English.
 */
export function resolveUiLang(pref: 'auto' | UiLang, browserLang: string, articleLang?: string): UiLang {
  if (pref !== 'auto') return pref;
  if (browserLang.toLowerCase().startsWith('ur')) return 'ur';
  return articleLang ? uiLangForArticle(articleLang) : 'en';
}

/** `dir` for a UI language. */
export function uiDir(lang: UiLang): 'rtl' | 'ltr' {
  return lang === 'ur' ? 'rtl' : 'ltr';
}
