/**
 * Options-page strings for translation (`trSettings.*`). What is sent where is spelled out here in
 * full: the page shows these sentences next to each switch.
 */
import type { Messages } from './types';

export const en = {
  'trSettings.heading': 'Translation',
  'trSettings.intro':
    'Saaf can translate embedded posts and quotes (often English tweets) into the article’s language. Nothing leaves your computer until you switch on an online service below; the browser’s own translator works on your computer.',
  'trSettings.order': 'Services, tried from top to bottom',
  'trSettings.moveUp': 'Move up',
  'trSettings.moveDown': 'Move down',
  'trSettings.browserName': 'Browser’s built-in translator (on your computer)',
  'trSettings.browserSends': 'Nothing is sent anywhere. Chrome 138+ only, and it has no Urdu or Persian: it helps with Arabic pages.',
  'trSettings.libretranslateName': 'LibreTranslate (your own or a public server)',
  'trSettings.microsoftName': 'Microsoft Translator (your Azure key)',
  'trSettings.googleName': 'Google Translate — unofficial web endpoint',
  'trSettings.googleWarn': 'Unofficial: not a Google product for extensions, no key, may stop working or be rate-limited at any time.',
  'trSettings.sends':
    'When on, only the text of a post or quote you ask to translate, with its two language codes, is sent to {host}. No page address, no cookies, nothing else.',
  'trSettings.sendsKey': 'Your key is sent to {host} with each request and is stored only in this browser (storage.local), never synced.',
  'trSettings.url': 'Server address',
  'trSettings.key': 'API key',
  'trSettings.keyOptional': 'API key (optional)',
  'trSettings.region': 'Region (for regional Azure resources)',
  'trSettings.endpoint': 'Endpoint (advanced)',
  'trSettings.needsUrl': 'Enter the server address first.',
  'trSettings.needsKey': 'Enter your key first.',
  'trSettings.changedOff': 'The address changed, so this service was switched off. Switch it on again to allow the new address.',
  'trSettings.denied': 'The browser did not allow access to {host}; the service stays off.',
  'trSettings.test': 'Test: translate “Hello”',
  'trSettings.testing': 'Testing…',
  'trSettings.testOk': 'Works: “{text}”',
  'trSettings.target': 'Translate into',
  'trSettings.targetArticle': 'The article’s language',
  'trSettings.cache': 'Saved translations are kept in this browser so re-opening an article costs nothing.',
  'trSettings.clearCache': 'Clear saved translations',
  'trSettings.cleared': 'Cleared.',
} as const satisfies Messages;

export const ur: Record<keyof typeof en, string> = {
  'trSettings.heading': 'ترجمہ',
  'trSettings.intro':
    'صاف مضمون میں شامل پوسٹس اور اقتباسات (اکثر انگریزی ٹویٹس) کا مضمون کی زبان میں ترجمہ کر سکتا ہے۔ جب تک آپ نیچے کوئی آن لائن سروس آن نہ کریں، کچھ بھی آپ کے کمپیوٹر سے باہر نہیں جاتا؛ براؤزر کا اپنا مترجم آپ کے کمپیوٹر پر ہی کام کرتا ہے۔',
  'trSettings.order': 'سروسز، اوپر سے نیچے آزمائی جاتی ہیں',
  'trSettings.moveUp': 'اوپر',
  'trSettings.moveDown': 'نیچے',
  'trSettings.browserName': 'براؤزر کا اپنا مترجم (آپ کے کمپیوٹر پر)',
  'trSettings.browserSends': 'کچھ بھی کہیں نہیں بھیجا جاتا۔ صرف کروم 138 اور بعد کے؛ اس میں اردو یا فارسی نہیں، عربی صفحات کے لیے مفید ہے۔',
  'trSettings.libretranslateName': 'لبرے ٹرانسلیٹ (اپنا یا عوامی سرور)',
  'trSettings.microsoftName': 'مائیکروسافٹ ٹرانسلیٹر (آپ کی Azure کلید)',
  'trSettings.googleName': 'گوگل ٹرانسلیٹ — غیر سرکاری ویب اینڈ پوائنٹ',
  'trSettings.googleWarn': 'غیر سرکاری: ایکسٹینشنز کے لیے گوگل کی کوئی سروس نہیں، کوئی کلید نہیں؛ کسی بھی وقت بند یا محدود ہو سکتی ہے۔',
  'trSettings.sends':
    'آن ہونے پر صرف اس پوسٹ یا اقتباس کا متن، جس کا ترجمہ آپ مانگیں، دونوں زبانوں کے کوڈ کے ساتھ {host} کو بھیجا جاتا ہے۔ صفحے کا پتا، کوکیز یا کچھ اور نہیں۔',
  'trSettings.sendsKey':
    'آپ کی کلید ہر درخواست کے ساتھ {host} کو جاتی ہے اور صرف اسی براؤزر (storage.local) میں محفوظ ہے، کہیں سنک نہیں ہوتی۔',
  'trSettings.url': 'سرور کا پتا',
  'trSettings.key': 'API کلید',
  'trSettings.keyOptional': 'API کلید (اختیاری)',
  'trSettings.region': 'ریجن (علاقائی Azure وسائل کے لیے)',
  'trSettings.endpoint': 'اینڈ پوائنٹ (ماہرین کے لیے)',
  'trSettings.needsUrl': 'پہلے سرور کا پتا لکھیں۔',
  'trSettings.needsKey': 'پہلے اپنی کلید لکھیں۔',
  'trSettings.changedOff': 'پتا بدل گیا، اس لیے یہ سروس بند کر دی گئی۔ نئے پتے کی اجازت دینے کے لیے اسے دوبارہ آن کریں۔',
  'trSettings.denied': 'براؤزر نے {host} تک رسائی کی اجازت نہیں دی؛ سروس بند رہے گی۔',
  'trSettings.test': 'آزمائیں: “Hello” کا ترجمہ',
  'trSettings.testing': 'آزمایا جا رہا ہے…',
  'trSettings.testOk': 'کام کر رہی ہے: “{text}”',
  'trSettings.target': 'ترجمہ اس زبان میں',
  'trSettings.targetArticle': 'مضمون کی زبان',
  'trSettings.cache': 'محفوظ ترجمے اسی براؤزر میں رکھے جاتے ہیں تاکہ مضمون دوبارہ کھولنے پر کوئی درخواست نہ جائے۔',
  'trSettings.clearCache': 'محفوظ ترجمے مٹائیں',
  'trSettings.cleared': 'مٹا دیے گئے۔',
};
