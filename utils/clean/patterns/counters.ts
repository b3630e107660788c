/**
 * Counters (views, comments, shares, likes) and news ids, in every script and notation pages print
 * them: Western, Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits (folded to ASCII by
 * `fold`), the Arabic decimal and thousands marks (٫ ٬), and K/M/B, هزار/ہزار/ألف/آلاف,
 * ملیون/مليون/ملین, لاکھ/کروڑ suffixes. Every pattern is anchored to the WHOLE text of a label:
 * "اس ویڈیو کو 12 ہزار بار دیکھا گیا" in a paragraph is a story sentence, never a counter.
 */
import { fold, foldedMatcher } from '../../text/fold';

/** A number as counters print it: "12", "12.3", "1,204", "۱۲٫۳" (folded to "12٫3"), "2.1K", "3 هزار". */
const NUM = '[0-9]+(?:[.,٫٬][0-9]+)*';
/** Magnitude suffixes: Latin (K, M, B; "12.3K", "2 M"), Persian/Urdu/Arabic words. */
const SUFFIX = fold('k|m|b|mn|هزار|ہزار|الف|ألف|آلاف|الاف|ملیون|مليون|ملين|ملیارد|لاکھ|لاكھ|کروڑ|زره|لک');
const COUNT = `${NUM}\\s*(?:(?:${SUFFIX})(?![\\p{L}]))?\\+?`;

/**
 * Counter nouns, per language, singular and plural as printed beside the number. Sources: theme
 * meta lines seen on Urdu (Jang-style "41 تبصرے", "2.1K شیئرز", "12K ویوز"), Persian (YJC, Tasnim,
 * Khabaronline: "۱۲٫۳K بازدید", "۴۱ دیدگاه", "۳ نظر"), Arabic (Youm7, Elbalad, WordPress themes:
 * "١٢ ألف مشاهدة", "41 تعليق", "قراءة"), Pashto (Pangea / RFE-RL services: "۱۲.۳ زره کتنې"), Sindhi
 * (Drupal statistics counters: "1,204 ڀيرا پڙهيو ويو", "تبصرا") and English themes ("1.2K views", "0 comments").
 */
const NOUNS = fold(
  [
    // views / reads
    // "ڏٺو ويو: 1,204 ڀيرا" (Sindhi dailies' CMSs), "دیکھا گیا: 1,204 بار": the participle as the label.
    // Arabic article tool rows print the passive verb: "قرئ 2,318 مرة", "شوهد 12 ألف مرة".
    'قرئ|شوهد|ڏٺو ويو|پڙهيو ويو|دیکھا گیا|پڑھا گیا|بازدید|بار دیده شده|نمایش|مشاهده|ویوز|ویو|مرتبہ دیکھا گیا|بار دیکھا گیا|بار پڑھا گیا|مرتبہ پڑھا گیا|مشاہدات|مشاهدة|مشاهدات|قراءة|قراءات|زيارة|زيارات|کتنې|کتنه|لیدنې|ځله لوستل شوی|ڀيرا پڙهيو ويو|ڀيرا ڏٺو ويو|دفعا پڙهيو ويو|پڙهندڙ|views?|reads?|hits?|visits?',
    // comments
    'دیدگاه|دیدگاه ها|نظر|نظرات|تبصرے|تبصرہ|کمنٹس|کمنٹ|تعليق|تعليقات|تعلیق|تبصرې|نظرونه|تبصرا|تبصرو|راءِ|comments?|responses?|replies',
    // shares
    'شیئرز|شیئر|شئیرز|اشتراک|اشتراک گذاری|مشاركة|مشاركات|شریکول|شيئر|shares?',
    // likes
    'لایک|لایک ها|پسند|پسندیدگی|لائکس|لائک|إعجاب|اعجاب|إعجابات|likes?|reactions?',
  ].join('|'),
);

/** "times" after a labelled count: "مشاہدات 4512 مرتبہ", "ڏٺو ويو: 1,204 ڀيرا", "قراءة 30 مرة". */
const TIMES = fold('بار|مرتبہ|دفعہ|ڀيرا|دفعا|ځله|مرة|مرات|times');

/** "12.3K بازدید", "41 دیدگاه", "بازدید: ۱۲۳", "مشاهدات 1,204", "ڏٺو ويو: 1,204 ڀيرا", "2.1K shares", "0 comments". */
const COUNTER_RE = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${COUNT}\\s*(?:${NOUNS})|(?:${NOUNS})\\s*[:：]?\\s*\\(?${COUNT}\\)?(?:\\s*(?:${TIMES}))?)[\\s\\p{P}\\p{S}]*$`,
  'iu',
);

/** A bare count: "0", "12", "۱۲٫۳K", "2.1 هزار" (only a counter where the markup says so). */
const BARE_RE = new RegExp(`^[\\s(]*${COUNT}[\\s)]*$`, 'iu');

/**
 * Labelled news ids, printed beside the headline: "کد خبر: ۸۲۳۴۵۶۷" (Persian agencies),
 * "شناسه خبر", "رقم الخبر: 12345", "خبر نمبر", "News ID: 12345", "ID: 4411".
 */
const NEWS_ID_RE = new RegExp(
  `^[\\s\\p{P}]*(?:${fold('کد خبر|کد مطلب|شناسه خبر|شماره خبر|رقم الخبر|رقم المقال|رقم الموضوع|خبر نمبر|خبر کوڈ|news id|news code|story id|article id|id')})\\s*[:：#]?\\s*[0-9]{3,12}[\\s\\p{P}]*$`,
  'iu',
);

/**
 * Every pattern here needs a digit (folded to ASCII): a text without one is answered without
 * running the long patterns (most labels of a page hold no digit).
 */
const DIGIT = /[0-9]/;

/** True when the whole text is a counter with its noun ("12.3K بازدید", "تعليقات 41"). */
export const isCounter = foldedMatcher((f, text) => text.length <= 60 && DIGIT.test(f) && COUNTER_RE.test(f));

/** True when the whole text is a number, optionally with a K/M/هزار suffix ("0", "۱۲٫۳K"). */
export const isBareCount = foldedMatcher((f, text) => text.length <= 24 && DIGIT.test(f) && BARE_RE.test(f));

/** True when the whole text is a labelled news id ("کد خبر: ۸۲۳۴۵۶۷", "رقم الخبر: 12345"). */
export const isNewsId = foldedMatcher((f, text) => text.length <= 60 && DIGIT.test(f) && NEWS_ID_RE.test(f));

/** A bare id as CMSs print it near the headline: 5 to 12 digits, nothing else. */
export const isBareId = foldedMatcher((f) => /^\s*[0-9]{5,12}\s*$/.test(f));

/**
 * Class, id, title and aria words of counter markup (theme code: `.post-views`, `.views-count`,
 * `.comments-link`, `.jeg_meta_comment`, `.td-post-views`, `.entry-meta .likes`, `.hit`, Persian
 * `.bazdid`, icon fonts `fa-eye` / `fa-comment` / `icon-views`).
 */
export const COUNTER_ATTR =
  /(?:^|[\s_-])(?:views?|view-count|viewcount|count(?:er)?s?|comments?|comment-count|shares?|share-count|likes?|hits?|visits?|reads?|stats?|eye|bazdid|seen|post-views|pageviews?)(?:$|[\s_-])/i;

/**
 * A slide counter of a gallery or carousel, as the whole text of an element: "1 / 12", "۳ از ۱۲"
 * (Persian galleries), "٣ من ١٢" (Arabic), "2 of 8", with the picture word some galleries put
 * first: "Photo 1 of 4" (django CMS blog galleries), "تصویر 2 از 5", "صورة ٣ من ١٢".
 */
const SLIDE_RE = new RegExp(
  `^\\s*(?:(?:${fold('photo|image|picture|slide|تصویر|عکس|صورة|انځور|تصوير')})\\s*)?[0-9]{1,3}\\s*(?:/|${fold('از|من|of')})\\s*[0-9]{1,3}\\s*$`,
  'iu',
);
export const isSlideCount = foldedMatcher((f, text) => text.length <= 24 && SLIDE_RE.test(f));

/** A media player's clock before it plays: "00:00", "0:00" (the "listen to this article" widget). */
export const isPlayerClock = foldedMatcher((f) => /^\s*0?0:00\s*$/.test(f));

/**
 * A meta line's separators: "اپلوڊ ٿيل: 03-12-2026 10:42 AM | ڏٺو ويو: 1,204 ڀيرا | پرنٽ ڪريو"
 * (a Sindhi daily's CMS), "28 نومبر 2026 • 1.2K views", "5 min read · 3 comments".
 */
export const META_SEPARATOR = /\s*[|•·]\s*/;

/**
 * One segment of a meta line that is a date or time stamp, labelled or not: "اپلوڊ ٿيل: 03-12-2026
 * 10:42 AM", "28 نومبر 2026", "Updated Nov 30, 2026". Short, at most three words, and with a date
 * (03-12-2026, 3/12/26), a clock time (10:42) or a year (1990-2099).
 */
const STAMP_RE = /\b[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4}\b|\b[0-9]{1,2}:[0-9]{2}\b|(?<![0-9])(?:19[9][0-9]|20[0-9]{2})(?![0-9])/;
export const isStamp = (text: string): boolean =>
  text.length <= 40 && (text.match(/\p{L}+/gu) ?? []).length <= 3 && STAMP_RE.test(fold(text));

/**
 * A date line's whole text: a date (03-12-2026, a year 1990-2099, or day, month and a solar year
 * "۱۱ آذر ۱۴۰۵"), with at most three words beside it (a month, a place, "p.m."): "December 3, 2026,
 * 1:10 p.m." (django CMS), "۱۲ آذر ۱۴۰۵ - ۰۹:۴۰" (Persian agencies), "| ڪراچي، 2 ڊسمبر 2026 | |"
 * (an ExpressionEngine meta line once its byline and counters went). A clock alone is not one (a live
 * blog's entry times are its story).
 */
const DATE_RE =
  /\b[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4}\b|(?<![0-9])(?:199[0-9]|20[0-9]{2})(?![0-9])|\b[0-9]{1,2}\s+\p{L}+\s+1[34][0-9]{2}\b/u;
export const isDateLine = foldedMatcher((f, text) => text.length <= 40 && (f.match(/\p{L}+/gu) ?? []).length <= 3 && DATE_RE.test(f));

/** Minutes, as reading times print them. */
const RT_UNIT = fold('min|mins|minute|minutes|دقيقة|دقائق|دقيقتان|دقيقتين|دقیقه|منٹ|منٹس|دقیقې|دقيقې');
/** The "read" word beside the minutes: "6 min read", "٣ دقائق قراءة", "۶ دقیقه مطالعه", "3 منٹ میں پڑھیں". */
const RT_WORD = fold('read|reading|قراءة|للقراءة|مطالعه|خواندن|پڑھیں|پڑھنے|لوستل');
/** Labels before the minutes: "مدة القراءة ٧ دقائق", "زمان مطالعه: ۴ دقیقه", "Reading time: 5 min". */
const RT_LABEL = fold(
  'مدة القراءة|وقت القراءة|زمن القراءة|مدة قراءة|زمان مطالعه|مدت مطالعه|زمان خواندن|زمان تقریبی مطالعه|پڑھنے کا وقت|reading time|read time|time to read|estimated reading time',
);
const RT_EDGE = '[\\s\\p{P}\\p{S}]*';
const RT_COUNT = '(?:[0-9]+(?:\\s*[-–]\\s*[0-9]+)?|<\\s*1|یک|واحدة|one)';
/**
 * A reading time, as the whole text of a label: "6 min read" (Medium, Webflow, Ghost), "5 minute
 * read", "3 دقائق قراءة" / "قراءة 3 دقائق" / "مدة القراءة ٧ دقائق" (Arabic themes, Kirby), "۶ دقیقه
 * مطالعه" / "زمان مطالعه: ۴ دقیقه" (Persian agencies, Wagtail), "پڑھنے کا وقت: 3 منٹ" (Urdu).
 * Anchored: "30 دقيقة قراءة يومياً تغير حياتك" (a headline) is not one.
 */
const READING_TIME_RE = new RegExp(
  `^${RT_EDGE}(?:` +
    [
      `(?:${RT_LABEL})\\s*[:：]?\\s*${RT_COUNT}\\s*(?:${RT_UNIT})(?:\\s*(?:${RT_WORD}))?`,
      `${RT_COUNT}\\s*(?:${RT_UNIT})\\s*(?:میں\\s*)?(?:${RT_WORD})(?:\\s*time)?`,
      `(?:${RT_WORD})\\s*[:：]?\\s*(?:في\\s*)?${RT_COUNT}\\s*(?:${RT_UNIT})`,
    ].join('|') +
    `)${RT_EDGE}$`,
  'iu',
);
export const isReadingTime = foldedMatcher((f, text) => text.length <= 50 && READING_TIME_RE.test(f));

/** Minutes alone ("⏱ ۵ دقیقه", "4 min"): a reading time only where the markup says so. */
const MINUTES_RE = new RegExp(`^${RT_EDGE}${RT_COUNT}\\s*(?:${RT_UNIT})${RT_EDGE}$`, 'iu');
export const isMinutes = foldedMatcher((f, text) => text.length <= 20 && MINUTES_RE.test(f));
/** Class, id and test ids of reading-time labels (`.reading-time`, `article-module--readTime--0Lk2m`, `storyReadTime`). */
export const READING_TIME_ATTR = /read(?:ing)?[-_]?time|time[-_]?to[-_]?read|min[-_]?read/i;

/**
 * "Updated" and "published" labels with their date, as the whole text of a label: "آخرین
 * به‌روزرسانی: ۱۱ آذر ۱۴۰۵" (Gatsby, Persian themes), "آخر تحديث: 2 ديسمبر 2026", "تاریخ انتشار:
 * ۱۳ آذر ۱۴۰۵ - ۰۹:۱۵", "منتشرشده: ۱۱ آذر ۱۴۰۵ - ۲۳:۱۵" / "به‌روزشده: …" (an Escenic Persian
 * broadcaster's article-meta), "ارسال شده در ۹:۱۰" (the Persian translation of WordPress Bridge's
 * "Posted at 10:22h" in .post_info), "Updated Dec 3, 2026", "Last updated: 03/12/2026". The date is short (at
 * most four words) and has a number; "Updated: the council votes next week" is not one.
 */
const DATED_LABEL = fold(
  'آخری اپ ڈیٹ|اپ ڈیٹ|آخر تحديث|آخر تحديث للصفحة|تم التحديث|تاريخ التحديث|تاريخ النشر|نشر بتاريخ|آخرین به‌روزرسانی|آخرین بروزرسانی|به‌روزرسانی|بروزرسانی|تاریخ به‌روزرسانی|تاریخ انتشار|زمان انتشار|منتشر شده در|منتشرشده|منتشر شده|ارسال شده در|به‌روزشده|به‌روز شده|شائع ہوا|اشاعت|last updated|last modified|updated|updated on|published|published on|posted on|posted at',
);
const DATED_LABEL_RE = new RegExp(`^${RT_EDGE}(?:${DATED_LABEL})\\s*[:：]?\\s*(.{1,40}?)${RT_EDGE}$`, 'iu');
export const isDatedLabel = foldedMatcher((f, text) => {
  if (text.length > 60 || !DIGIT.test(f)) return false;
  const m = DATED_LABEL_RE.exec(f);
  return !!m && /[0-9]/.test(m[1]!) && (m[1]!.match(/\p{L}+/gu) ?? []).length <= 4;
});
