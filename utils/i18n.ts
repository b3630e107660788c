/**
 * UI strings of the reader in Urdu and English. The reader picks the article's language when it
 * has strings for it (an Urdu page gets an Urdu UI), else English. `_locales/` carries the
 * manifest's strings (name, menu, shortcut) for the browser.
 */
export type UiLang = 'ur' | 'en';

const STRINGS = {
  en: {
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
  },
  ur: {
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
  },
} as const satisfies Record<UiLang, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)['en'];

export function t(lang: UiLang, key: StringKey): string {
  return STRINGS[lang][key];
}

/** UI language for an article: Urdu for Urdu articles, English otherwise. */
export function uiLangForArticle(articleLang: string): UiLang {
  return articleLang.split('-')[0] === 'ur' ? 'ur' : 'en';
}
