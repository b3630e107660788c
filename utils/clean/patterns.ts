/**
 * Named patterns for clutter in Urdu, Arabic, Persian and English, in the three digit sets
 * (Western 0-9, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹). Sources:
 * ../shared/notes/clutter-and-embeds.md and the pages in ../shared/corpus.
 */

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+';
const URDU_UNITS = 'سیکنڈ|منٹ|منٹوں|گھنٹہ|گھنٹے|گھنٹوں|دن|دنوں|ہفتہ|ہفتے|ہفتوں|مہینہ|مہینے|مہینوں|ماہ|سال|برس';
const ARABIC_UNITS =
  'ثانية|ثوان|ثواني|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|يوما|يومًا|أيام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهور|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين';
const PERSIAN_UNITS = 'ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال';
const ENGLISH_UNITS = 'sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years|yr|yrs';

/**
 * A whole string that is only a relative time: "1 سال ago" (WordPress translated the unit, not
 * the theme's "%s ago"), "2 گھنٹے پہلے", "۵ گھنٹے قبل", "منذ ساعتين", "قبل 12 دقيقة",
 * "۱۵ دقیقه قبل", "3 hours ago", "ابھی ابھی". Anchored: a headline that CONTAINS "منذ 169 يوما"
 * is not a time stamp (elbaladtv.net trap).
 */
export const RELATIVE_TIME = new RegExp(
  '^(?:' +
    [
      `(?:${D}\\s*)?(?:${URDU_UNITS}|${ENGLISH_UNITS}|${PERSIAN_UNITS}|${ARABIC_UNITS})\\s*(?:ago|پہلے|قبل|پیش)`,
      `(?:منذ|قبل)\\s*(?:${D}\\s*)?(?:${ARABIC_UNITS})`,
      `(?:a|an|one)\\s+(?:${ENGLISH_UNITS})\\s+ago`,
      'ابھی ابھی|just now|الآن|لحظاتی پیش|همین الان',
    ].join('|') +
    ')$',
  'iu',
);

/** Ad labels shown above ad slots. */
export const AD_LABEL = /^(?:اشتہار|اشتہارات|إعلان|اعلان|إعلانات|تبلیغات|تبليغات|advertisement|advertisements|advertising|sponsored|ad)$/iu;

/** Share prompts and counts. */
export const SHARE_LABEL =
  /^(?:شیئر کریں|شیئر|شئیر کریں|(?:فیس ?بک|ٹوئٹر|ٹویٹر|واٹس ?ایپ) پر شیئر کریں|ٹویٹ کریں|واٹس ایپ|مشاركة|شارك|انشر|اشتراک(?: گذاری)?|share|share this|share on (?:facebook|twitter|whatsapp|x)|tweet|whatsapp|facebook|twitter|email|print|[0-9]+\s*shares?)$/iu;

/** Hosts and schemes of share buttons. */
export const SHARE_HREF =
  /(?:facebook\.com\/sharer|facebook\.com\/share\.php|twitter\.com\/(?:share|intent\/tweet)|x\.com\/(?:share|intent)|^whatsapp:|api\.whatsapp\.com\/send|wa\.me\/\?|t\.me\/share|telegram\.me\/share|linkedin\.com\/(?:share|shareArticle)|pinterest\.com\/pin\/create|reddit\.com\/submit|^mailto:\?)/i;

/** Comment section headings and form labels. */
export const COMMENT_LABEL = /^(?:تبصرے|تبصرہ|تبصرہ کریں|اپنی رائے دیں|جواب دیں|التعليقات|تعليقات|أضف تعليق|اترك تعليقا|نظرات|ارسال نظر|دیدگاه|comments?|leave a (?:reply|comment)|post a comment)$/iu;

/** "Back to top" links. */
export const BACK_TO_TOP = /^(?:back to top(?: button)?|اوپر جائیں|واپس اوپر|العودة للأعلى|العودة إلى الأعلى|بازگشت به بالا)$/iu;

/** Headings of tag lists. */
export const TAGS_LABEL = /^(?:ٹیگز|ٹیگ|متعلقہ موضوعات|الوسوم|كلمات دالة|كلمات مفتاحية|برچسب ها|برچسب‌ها|tags|topics)\s*:?$/iu;
