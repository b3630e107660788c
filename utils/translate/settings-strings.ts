/**
 * Options-page strings for translation, Urdu and English. What is sent where is spelled out here
 * in full: the page shows these sentences next to each switch.
 */
import type { UiLang } from '../i18n';
import type { ServiceId } from './types';

const EN = {
  heading: 'Translation',
  intro:
    'Saaf can translate embedded posts and quotes (often English tweets) into the article’s language. Nothing leaves your computer until you switch on an online service below; the browser’s own translator works on your computer.',
  order: 'Services, tried from top to bottom',
  moveUp: 'Move up',
  moveDown: 'Move down',
  enabled: 'On',
  browserName: 'Browser’s built-in translator (on your computer)',
  browserSends: 'Nothing is sent anywhere. Chrome 138+ only, and it has no Urdu or Persian: it helps with Arabic pages.',
  libretranslateName: 'LibreTranslate (your own or a public server)',
  microsoftName: 'Microsoft Translator (your Azure key)',
  googleName: 'Google Translate — unofficial web endpoint',
  googleWarn: 'Unofficial: not a Google product for extensions, no key, may stop working or be rate-limited at any time.',
  sends: 'When on, only the text of a post or quote you ask to translate, with its two language codes, is sent to {host}. No page address, no cookies, nothing else.',
  sendsKey: 'Your key is sent to {host} with each request and is stored only in this browser (storage.local), never synced.',
  url: 'Server address',
  key: 'API key',
  keyOptional: 'API key (optional)',
  region: 'Region (for regional Azure resources)',
  endpoint: 'Endpoint (advanced)',
  needsUrl: 'Enter the server address first.',
  needsKey: 'Enter your key first.',
  changedOff: 'The address changed, so this service was switched off. Switch it on again to allow the new address.',
  denied: 'The browser did not allow access to {host}; the service stays off.',
  test: 'Test: translate “Hello”',
  testing: 'Testing…',
  testOk: 'Works: “{text}”',
  target: 'Translate into',
  targetArticle: 'The article’s language',
  cache: 'Saved translations are kept in this browser so re-opening an article costs nothing.',
  clearCache: 'Clear saved translations',
  cleared: 'Cleared.',
};

const UR: typeof EN = {
  heading: 'ترجمہ',
  intro:
    'صاف مضمون میں شامل پوسٹس اور اقتباسات (اکثر انگریزی ٹویٹس) کا مضمون کی زبان میں ترجمہ کر سکتا ہے۔ جب تک آپ نیچے کوئی آن لائن سروس آن نہ کریں، کچھ بھی آپ کے کمپیوٹر سے باہر نہیں جاتا؛ براؤزر کا اپنا مترجم آپ کے کمپیوٹر پر ہی کام کرتا ہے۔',
  order: 'سروسز، اوپر سے نیچے آزمائی جاتی ہیں',
  moveUp: 'اوپر',
  moveDown: 'نیچے',
  enabled: 'آن',
  browserName: 'براؤزر کا اپنا مترجم (آپ کے کمپیوٹر پر)',
  browserSends: 'کچھ بھی کہیں نہیں بھیجا جاتا۔ صرف کروم 138 اور بعد کے؛ اس میں اردو یا فارسی نہیں، عربی صفحات کے لیے مفید ہے۔',
  libretranslateName: 'لبرے ٹرانسلیٹ (اپنا یا عوامی سرور)',
  microsoftName: 'مائیکروسافٹ ٹرانسلیٹر (آپ کی Azure کلید)',
  googleName: 'گوگل ٹرانسلیٹ — غیر سرکاری ویب اینڈ پوائنٹ',
  googleWarn: 'غیر سرکاری: ایکسٹینشنز کے لیے گوگل کی کوئی سروس نہیں، کوئی کلید نہیں؛ کسی بھی وقت بند یا محدود ہو سکتی ہے۔',
  sends: 'آن ہونے پر صرف اس پوسٹ یا اقتباس کا متن، جس کا ترجمہ آپ مانگیں، دونوں زبانوں کے کوڈ کے ساتھ {host} کو بھیجا جاتا ہے۔ صفحے کا پتا، کوکیز یا کچھ اور نہیں۔',
  sendsKey: 'آپ کی کلید ہر درخواست کے ساتھ {host} کو جاتی ہے اور صرف اسی براؤزر (storage.local) میں محفوظ ہے، کہیں سنک نہیں ہوتی۔',
  url: 'سرور کا پتا',
  key: 'API کلید',
  keyOptional: 'API کلید (اختیاری)',
  region: 'ریجن (علاقائی Azure وسائل کے لیے)',
  endpoint: 'اینڈ پوائنٹ (ماہرین کے لیے)',
  needsUrl: 'پہلے سرور کا پتا لکھیں۔',
  needsKey: 'پہلے اپنی کلید لکھیں۔',
  changedOff: 'پتا بدل گیا، اس لیے یہ سروس بند کر دی گئی۔ نئے پتے کی اجازت دینے کے لیے اسے دوبارہ آن کریں۔',
  denied: 'براؤزر نے {host} تک رسائی کی اجازت نہیں دی؛ سروس بند رہے گی۔',
  test: 'آزمائیں: “Hello” کا ترجمہ',
  testing: 'آزمایا جا رہا ہے…',
  testOk: 'کام کر رہی ہے: “{text}”',
  target: 'ترجمہ اس زبان میں',
  targetArticle: 'مضمون کی زبان',
  cache: 'محفوظ ترجمے اسی براؤزر میں رکھے جاتے ہیں تاکہ مضمون دوبارہ کھولنے پر کوئی درخواست نہ جائے۔',
  clearCache: 'محفوظ ترجمے مٹائیں',
  cleared: 'مٹا دیے گئے۔',
};

export type SettingsStringKey = keyof typeof EN;

/** An options-page string with `{name}` placeholders filled. */
export function st(lang: UiLang, key: SettingsStringKey, vars: Record<string, string> = {}): string {
  return (lang === 'ur' ? UR : EN)[key].replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** The display name of a service in the options page. */
export function serviceName(lang: UiLang, id: ServiceId): string {
  return st(lang, `${id}Name` as SettingsStringKey);
}

/** Targets offered in the options page (the article's language is the default). */
export const TARGET_LANGUAGES = ['ur', 'ar', 'fa', 'ps', 'sd', 'en', 'hi', 'bn', 'tr', 'fr', 'de', 'es', 'zh'] as const;
