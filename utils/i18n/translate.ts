/** Reader strings for translation (`tr.*`): the controls, the note under a translation, failures. */
import type { Message, Messages } from './types';

export const en = {
  'tr.translate': 'Translate',
  'tr.translateAll': 'Translate all',
  'tr.translating': 'Translating…',
  'tr.translatingAll': {
    one: 'Translating {n} quote or post; its translation appears under the original.',
    other: 'Translating {n} quotes and posts; each translation appears under its original.',
  },
  'tr.downloading': 'Downloading the on-device translator… {p}',
  'tr.retry': 'Try again',
  'tr.openSettings': 'Open the translation settings',
  'tr.choices':
    'Your choices there: the browser’s own translator sends nothing anywhere; LibreTranslate sends the text to the server you name; Microsoft and Google send it to Microsoft (with your key) or Google.',
  'tr.show': 'Show',
  'tr.original': 'Original',
  'tr.translation': 'Translation',
  'tr.both': 'Both',
  'tr.note': 'Machine translation from {from} by {service}',
  'tr.noteCached': '(saved copy)',
  'tr.unknownLang': 'another language',
  // Translation failures, one per TranslateErrorKind (utils/translate/errors.ts).
  'tr.error.offline': 'No connection to the translation service.',
  'tr.error.timeout': 'The translation service did not answer in time.',
  'tr.error.quota': 'The translation service’s limit is used up. Try again later.',
  'tr.error.auth': 'The translation service rejected the key. Check it in Saaf’s settings.',
  'tr.error.server': 'The translation service had an error.',
  'tr.error.malformed': 'The translation service gave an answer that makes no sense.',
  'tr.error.unsupported': 'None of your translation services can translate this language.',
  'tr.error.not-configured': 'No translation service is set up. Choose one in Saaf’s settings; nothing is sent anywhere until you do.',
  'tr.error.needs-click': 'The on-device translator must be downloaded first. Click Translate again.',
  'tr.error.permission': 'Saaf may not contact this translation service. Turn it on again in the settings.',
  'tr.error.aborted': 'Translation cancelled.',
} as const satisfies Messages;

export const ur: Record<keyof typeof en, Message> = {
  'tr.translate': 'ترجمہ کریں',
  'tr.translateAll': 'سب کا ترجمہ کریں',
  'tr.translating': 'ترجمہ ہو رہا ہے…',
  'tr.translatingAll': {
    one: '{n} اقتباس یا پوسٹ کا ترجمہ ہو رہا ہے؛ ترجمہ اصل کے نیچے آئے گا۔',
    other: '{n} اقتباسات اور پوسٹس کا ترجمہ ہو رہا ہے؛ ہر ترجمہ اپنی اصل کے نیچے آئے گا۔',
  },
  'tr.downloading': 'آلے پر ترجمے کا ماڈل ڈاؤن لوڈ ہو رہا ہے… {p}',
  'tr.retry': 'دوبارہ کوشش کریں',
  'tr.openSettings': 'ترجمے کی ترتیبات کھولیں',
  'tr.choices':
    'وہاں آپ کے اختیارات: براؤزر کا اپنا مترجم کچھ بھی کہیں نہیں بھیجتا؛ LibreTranslate متن آپ کے بتائے ہوئے سرور کو بھیجتا ہے؛ Microsoft اور Google متن Microsoft (آپ کی کلید کے ساتھ) یا Google کو بھیجتے ہیں۔',
  'tr.show': 'دکھائیں',
  'tr.original': 'اصل',
  'tr.translation': 'ترجمہ',
  'tr.both': 'دونوں',
  'tr.note': '{from} سے مشینی ترجمہ: {service}',
  'tr.noteCached': '(محفوظ شدہ)',
  'tr.unknownLang': 'دوسری زبان',
  'tr.error.offline': 'ترجمے کی سروس سے رابطہ نہیں ہو سکا۔',
  'tr.error.timeout': 'ترجمے کی سروس نے وقت پر جواب نہیں دیا۔',
  'tr.error.quota': 'ترجمے کی سروس کی حد پوری ہو گئی ہے۔ کچھ دیر بعد کوشش کریں۔',
  'tr.error.auth': 'ترجمے کی سروس نے کلید قبول نہیں کی۔ صاف کی ترتیبات میں اسے دیکھیں۔',
  'tr.error.server': 'ترجمے کی سروس میں خرابی ہوئی۔',
  'tr.error.malformed': 'ترجمے کی سروس کا جواب بے معنی تھا۔',
  'tr.error.unsupported': 'آپ کی کوئی بھی ترجمہ سروس یہ زبان ترجمہ نہیں کر سکتی۔',
  'tr.error.not-configured': 'ترجمے کی کوئی سروس منتخب نہیں۔ صاف کی ترتیبات میں منتخب کریں؛ تب تک کچھ بھی کہیں نہیں بھیجا جاتا۔',
  'tr.error.needs-click': 'پہلے آلے پر ترجمے کا ماڈل ڈاؤن لوڈ ہونا ہے۔ دوبارہ ترجمہ کریں پر کلک کریں۔',
  'tr.error.permission': 'صاف کو اس سروس سے رابطے کی اجازت نہیں۔ ترتیبات میں اسے دوبارہ آن کریں۔',
  'tr.error.aborted': 'ترجمہ منسوخ ہو گیا۔',
};
