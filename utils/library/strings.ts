/** The library page's UI strings in Urdu and English (the reader's own strings live in utils/i18n.ts). */
import type { UiLang } from '../i18n';

const en = {
  library: 'Saaf library',
  search: 'Search saved articles',
  searchPlaceholder: 'Search titles, authors and text…',
  allSites: 'All sites',
  allLangs: 'All languages',
  allTags: 'All tags',
  empty: 'Nothing saved yet. Open an article in Saaf and press Save (Alt+Shift+S).',
  noResults: 'No saved article matches.',
  storage: 'Storage used: {size} in {n} articles',
  minutes: '{n} min read',
  read: 'Read',
  unread: 'Unread',
  markRead: 'Mark as read',
  markUnread: 'Mark as unread',
  delete: 'Delete',
  deleted: 'Deleted “{title}”.',
  undo: 'Undo',
  tags: 'Tags',
  tagsHint: 'Tags, separated by commas',
  exportHtml: 'HTML',
  exportMd: 'Markdown',
  exportEpub: 'EPUB',
  exportSelected: 'Export selected as EPUB',
  select: 'Select for EPUB',
  backup: 'Back up library',
  import: 'Import backup',
  imported: 'Imported: {added} added, {updated} updated, {skipped} skipped.',
  'import.not-json': 'This file is not a Saaf backup (it is not JSON). Nothing was changed.',
  'import.foreign': 'This file is not a Saaf library backup. Nothing was changed.',
  'import.newer-version': 'This backup comes from a newer version of Saaf. Update Saaf and try again. Nothing was changed.',
  'import.broken-article': 'Article {detail} in this backup is damaged, so the file was refused. Nothing was changed.',
  failed: 'Something went wrong: {error}',
  back: 'Library',
  notFound: 'This article is not in the library (it may have been deleted).',
  open: 'Open',
  more: 'Show more ({n} left)',
  indexing: 'Still indexing: these results cover the newest {indexed} of {total} articles.',
  saved: 'Saved',
  save: 'Save',
  saving: 'Saving…',
  savedToLibrary: 'Saved to the library',
  saveFailed: 'Could not save this page',
  downloadDenied: 'Saaf was not allowed to download; the file was offered by the page instead.',
} as const;

export type LibraryStringKey = keyof typeof en;

const ur: Record<LibraryStringKey, string> = {
  library: 'صاف لائبریری',
  search: 'محفوظ مضامین میں تلاش',
  searchPlaceholder: 'سرخی، مصنف اور متن میں تلاش کریں…',
  allSites: 'تمام ویب سائٹیں',
  allLangs: 'تمام زبانیں',
  allTags: 'تمام ٹیگ',
  empty: 'ابھی کچھ محفوظ نہیں۔ کوئی مضمون صاف میں کھولیں اور محفوظ کریں (Alt+Shift+S) دبائیں۔',
  noResults: 'کوئی محفوظ مضمون نہیں ملا۔',
  storage: 'استعمال شدہ جگہ: {n} مضامین میں {size}',
  minutes: '{n} منٹ کی پڑھائی',
  read: 'پڑھا ہوا',
  unread: 'نہیں پڑھا',
  markRead: 'پڑھا ہوا نشان زد کریں',
  markUnread: 'نہ پڑھا نشان زد کریں',
  delete: 'حذف کریں',
  deleted: '“{title}” حذف کر دیا گیا۔',
  undo: 'واپس لائیں',
  tags: 'ٹیگ',
  tagsHint: 'ٹیگ، کوما سے الگ',
  exportHtml: 'HTML',
  exportMd: 'Markdown',
  exportEpub: 'EPUB',
  exportSelected: 'منتخب مضامین EPUB میں',
  select: 'EPUB کے لیے منتخب کریں',
  backup: 'لائبریری کا بیک اپ',
  import: 'بیک اپ درآمد کریں',
  imported: 'درآمد مکمل: {added} نئے، {updated} تازہ، {skipped} چھوڑ دیے۔',
  'import.not-json': 'یہ فائل صاف کا بیک اپ نہیں (JSON نہیں)۔ کچھ نہیں بدلا۔',
  'import.foreign': 'یہ فائل صاف لائبریری کا بیک اپ نہیں۔ کچھ نہیں بدلا۔',
  'import.newer-version': 'یہ بیک اپ صاف کے نئے ورژن کا ہے۔ صاف کو اپ ڈیٹ کر کے دوبارہ کوشش کریں۔ کچھ نہیں بدلا۔',
  'import.broken-article': 'اس بیک اپ کا مضمون {detail} خراب ہے، اس لیے فائل رد کر دی گئی۔ کچھ نہیں بدلا۔',
  failed: 'کچھ غلط ہو گیا: {error}',
  back: 'لائبریری',
  notFound: 'یہ مضمون لائبریری میں نہیں (شاید حذف ہو چکا ہے)۔',
  open: 'کھولیں',
  more: 'مزید دکھائیں ({n} باقی)',
  indexing: 'فہرست سازی جاری ہے: یہ نتائج {total} میں سے تازہ ترین {indexed} مضامین کے ہیں۔',
  saved: 'محفوظ',
  save: 'محفوظ کریں',
  saving: 'محفوظ ہو رہا ہے…',
  savedToLibrary: 'لائبریری میں محفوظ ہو گیا',
  saveFailed: 'یہ صفحہ محفوظ نہیں ہو سکا',
  downloadDenied: 'صاف کو ڈاؤن لوڈ کی اجازت نہیں ملی؛ فائل صفحے سے دی گئی۔',
};

/** A library UI string with `{name}` placeholders filled. */
export function lt(lang: UiLang, key: LibraryStringKey, vars: Record<string, string | number> = {}): string {
  const s: string = lang === 'ur' ? ur[key] : en[key];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Bytes as a short human size ("3.2 MB"), with the UI's digits. */
export function formatBytes(bytes: number, lang: UiLang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  const n = new Intl.NumberFormat(lang === 'ur' ? 'ur-PK' : 'en', { maximumFractionDigits: v < 10 && i > 0 ? 1 : 0 }).format(v);
  return `${n} ${units[i]}`;
}
