/**
 * Named patterns for clutter in Urdu, Arabic, Persian, Hebrew and English, in the three digit sets
 * (Western 0-9, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹). Sources:
 * ../shared/notes/clutter-and-embeds.md and the pages in ../shared/corpus. Phrase lists are
 * matched on folded text (utils/text/fold.ts), so each phrase is written once.
 */
import { fold, foldedMatcher, phraseMatcher } from '../text/fold';

const D = '[0-9]+';
// Unit lists are written as pages print them and folded once, like the text they are matched to.
const URDU_UNITS = fold('سیکنڈ|منٹ|منٹوں|گھنٹہ|گھنٹے|گھنٹوں|دن|دنوں|ہفتہ|ہفتے|ہفتوں|مہینہ|مہینے|مہینوں|ماہ|سال|برس');
const ARABIC_UNITS = fold(
  'ثانية|ثوان|ثواني|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|يوما|يومًا|أيام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهور|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين',
);
const PERSIAN_UNITS = fold('ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال');
// Pashto (Pangea, Afghan news sites: "۵ ساعته وړاندې", "۳ ورځې مخکې") and Sindhi ("3 ڪلاڪ اڳ", "2 ڏينهن اڳ").
const PASHTO_UNITS = fold('ثانیې|ثانیه|دقیقې|دقیقه|ساعت|ساعته|ساعتونه|ورځ|ورځې|ورځو|اونۍ|اوونۍ|میاشت|میاشتې|کال|کاله');
const SINDHI_UNITS = fold('سيڪنڊ|منٽ|منٽن|ڪلاڪ|ڪلاڪن|ڏينهن|هفتو|هفتا|هفتي|مهينو|مهينا|سال|سالن');
const HEBREW_UNITS = 'שנייה|שניות|דקה|דקות|שעה|שעות|שעתיים|יום|ימים|יומיים|שבוע|שבועות|חודש|חודשים|שנה|שנים';
const ENGLISH_UNITS =
  'sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years|yr|yrs';
const AGO = fold('ago|پہلے|قبل|پیش|وړاندې|مخکې|مخکي|دمخه|اڳ');
/**
 * "Updated" labels before a relative time on live pages and theme meta lines: "آخری اپ ڈیٹ: 10 منٹ
 * قبل", "آخر تحديث: منذ ساعتين", "آخرین به‌روزرسانی: ۵ دقیقه پیش", "Last updated 5 mins ago".
 */
const UPDATED = fold(
  'آخری اپ ڈیٹ|اپ ڈیٹ|اپڈیٹ|آخر تحديث|تم التحديث|محدث|تحديث|آخرین به‌روزرسانی|آخرین بروزرسانی|به‌روزرسانی|بروزرسانی|وروستی تازه|تازه ڪاري|last updated|updated',
);
const JUST_NOW = fold('ابھی ابھی|just now|الآن|لحظاتی پیش|همین الان|دقایقی پیش|منذ لحظات');

/**
 * A whole string that is only a relative time: "1 سال ago" (WordPress translated the unit, not
 * the theme's "%s ago"), "2 گھنٹے پہلے", "۵ گھنٹے قبل", "منذ ساعتين", "قبل 12 دقيقة",
 * "۱۵ دقیقه قبل", "לפני 3 שעות", "3 hours ago", "ابھی ابھی". Anchored: a headline that CONTAINS
 * "منذ 169 يوما" is not a time stamp (the elbaladtv.net trap).
 */
const RELATIVE_TIME_RE = new RegExp(
  `^[\\s\\p{P}]*(?:(?:${UPDATED})\\s*[:：]?\\s*)?(?:` +
    [
      `(?:${D}\\s*)?(?:${URDU_UNITS}|${ENGLISH_UNITS}|${PERSIAN_UNITS}|${ARABIC_UNITS}|${PASHTO_UNITS}|${SINDHI_UNITS})\\s*(?:${AGO})`,
      `(?:منذ|قبل)\\s*(?:${D}\\s*)?(?:${ARABIC_UNITS})`,
      `לפני\\s*(?:${D}\\s*)?(?:${HEBREW_UNITS})`,
      `(?:a|an|one)\\s+(?:${ENGLISH_UNITS})\\s+ago`,
      JUST_NOW,
    ].join('|') +
    ')[\\s\\p{P}]*$',
  'u',
);

/** True when the whole text is a relative time stamp. */
export const isRelativeTime = foldedMatcher((f) => RELATIVE_TIME_RE.test(f));

/**
 * The "live" badge of a live page, as the whole text of a label: "براہ راست" / "لائیو" (Urdu
 * live blogs), "مباشر" / "بث مباشر" / "تغطية مباشرة" (Arabic), "زنده" / "پخش زنده" (Persian),
 * "ژوندۍ" / "ژوندی" (Pashto), "سڌو" (Sindhi), "live", "live updates". Like a relative time, it
 * says what the page is now, not what the story says.
 */
export const isLiveBadge = phraseMatcher(
  [
    'براہ راست',
    'لائیو',
    'لائیو اپ ڈیٹس',
    'مباشر',
    'بث مباشر',
    'تغطية مباشرة',
    'مباشر الآن',
    'زنده',
    'پخش زنده',
    'ژوندۍ',
    'ژوندی',
    'سڌو',
    'سڌي نشر',
    'live',
    'live now',
    'live updates',
    'live blog',
  ],
  'whole',
);

/** Ad labels shown above ad slots (Readability's ad-word list has none of the RTL words), and the slot's close / skip / report controls. */
export const isAdLabel = phraseMatcher(
  [
    'اشتہار',
    'اشتہارات',
    'إعلان',
    'إعلانات',
    'اعلان تجاري',
    'تبلیغات',
    'آگهی',
    'פרסומת',
    'advertisement',
    'advertisements',
    'advertising',
    // Sindhi and Urdu "sponsored" over an in-article banner (ExpressionEngine / Urdu WordPress dailies).
    'اسپانسر ٿيل',
    'اسپانسرڈ',
    'sponsored',
    'sponsored content',
    'ad',
    'ads',
    'story continues below advertisement',
    'advertisement - continue reading below',
    'continue reading below',
    // The controls printed beside an ad slot: "close / skip / report this ad" (an Angular Urdu
    // business site's in-article slot: "اشتہار بند کریں ✕"; video pre-rolls: "Skip ad").
    'اشتہار بند کریں',
    'اشتہار چھوڑیں',
    'اشتہار کی شکایت کریں',
    'اشتهار بند ڪريو',
    'إغلاق الإعلان',
    'تخطي الإعلان',
    'بستن تبلیغ',
    'بستن آگهی',
    'close ad',
    'close advertisement',
    'skip ad',
    'report this ad',
    'report ad',
  ],
  'whole',
);

/** Share prompts, share buttons' words and "copy link". */
export const isShareLabel = phraseMatcher(
  [
    'شیئر کریں',
    'شئیر کریں',
    'شیئر',
    'شئیر',
    'شیئر کیجیے',
    // "Share this story" boxes of Urdu pages (a Tilda share block's title, theme share boxes).
    'اس کہانی کو شیئر کریں',
    'اس خبر کو شیئر کریں',
    'یہ خبر شیئر کریں',
    'فیس بک پر شیئر کریں',
    'ٹوئٹر پر شیئر کریں',
    'واٹس ایپ پر شیئر کریں',
    'ٹویٹ کریں',
    'ٹویٹ',
    'لنک کاپی کریں',
    'ایکس',
    'واٹس ایپ',
    'فیس بک',
    'ٹوئٹر',
    'ٹویٹر',
    'ای میل',
    'پرنٹ',
    'مشاركة',
    'شارك',
    'شارك الخبر',
    'شارك المقال',
    'شارك على فيسبوك',
    'شارك على تويتر',
    'انشر',
    'إكس',
    'اكس',
    'انسخ الرابط',
    'نسخ الرابط',
    'تم نسخ الرابط',
    'فيسبوك',
    'تويتر',
    'واتساب',
    'طباعة',
    'البريد الإلكتروني',
    'اشتراک',
    'اشتراک گذاری',
    'اشتراک‌گذاری',
    'کپی لینک',
    'لینک کوتاه',
    // A story's short-link box: "رابط مختصر: site/n/2817" (Arabic dailies), "short link".
    'رابط مختصر',
    'الرابط المختصر',
    'short link',
    'چاپ',
    // Pashto (Pangea's share box: "شریکول", "برېښنالیک") and Sindhi (AddToAny: "شيئر ڪريو").
    'شریکول',
    'شریک یې کړئ',
    'برېښنالیک',
    'فیسبوک',
    'شيئر ڪريو',
    'شيئر',
    // Print links of article tool rows: Urdu and Sindhi dailies ("پرنٹ کریں", "پرنٽ ڪريو").
    'پرنٹ کریں',
    'پرنٽ ڪريو',
    'لنڪ ڪاپي ڪريو',
    'ارسال به دوستان',
    'שתפו',
    'שתף',
    'שיתוף',
    'share',
    'share this',
    'share this article',
    'share this story',
    'share on facebook',
    'share on twitter',
    'share on whatsapp',
    'share on x',
    'tweet',
    'whatsapp',
    'facebook',
    'twitter',
    'telegram',
    'linkedin',
    'pinterest',
    'reddit',
    'messenger',
    'email',
    'e-mail',
    'print',
    'copy link',
    'copy url',
    'shares',
  ],
  'whole',
);

/** A share count: "12 shares", "٣ مشاركة". */
export const isShareCount = foldedMatcher((f) => /^[0-9.,]+\s*[km]?\s*(?:shares?|مشارکة|مشارکات|شیئرز)$/u.test(f));

/** Hosts and schemes of share buttons; `?action=share` is Substack's in-post "Share <newsletter>" button. */
export const SHARE_HREF =
  /(?:[?&]action=share(?:&|$)|facebook\.com\/(?:sharer|share\.php|dialog\/share)|twitter\.com\/(?:share|intent\/tweet)|x\.com\/(?:share|intent)|^whatsapp:|api\.whatsapp\.com\/send|web\.whatsapp\.com\/send|wa\.me\/\?|t\.me\/share|telegram\.me\/share|linkedin\.com\/(?:share|shareArticle|cws\/share)|pinterest\.com\/pin\/create|reddit\.com\/submit|tumblr\.com\/share|vk\.com\/share|^mailto:\?|^sms:|addtoany\.com\/share)/i;

/** Comment section headings and form labels. */
export const isCommentLabel = phraseMatcher(
  [
    'تبصرے',
    'تبصرہ',
    'تبصرہ کریں',
    'اپنی رائے دیں',
    'اپنا تبصرہ بھیجیں',
    'جواب دیں',
    'جواب چھوڑیں',
    'التعليقات',
    'تعليقات',
    'أضف تعليق',
    'أضف تعليقك',
    'اترك تعليقا',
    'اترك تعليقاً',
    'اترك رد',
    'اترك رداً',
    'التعليق',
    'نظرات',
    'ارسال نظر',
    'دیدگاه',
    'دیدگاهتان را بنویسید',
    'نظر شما',
    'نظرات کاربران',
    'تگوבות',
    'תגובות',
    'comments',
    'comment',
    'leave a reply',
    'leave a comment',
    'post a comment',
    'add a comment',
    'join the conversation',
  ],
  'whole',
);

/**
 * "Back to top" links, and their opposite: the "scroll down" hint of a long-read's cover (a Tilda
 * zero block's "نیچے اسکرول کریں ↓" atom, "Scroll down", "مرر للأسفل", "به پایین اسکرول کنید").
 */
export const isBackToTop = phraseMatcher(
  [
    'scroll down',
    'scroll to read',
    'نیچے اسکرول کریں',
    'مرر للأسفل',
    'به پایین اسکرول کنید',
    'back to top',
    'back to top button',
    'go to top',
    'scroll to top',
    'top of page',
    'skip to main content',
    'skip to content',
    'مرکزی مواد پر جائیں',
    'انتقل إلى المحتوى',
    'تخطي إلى المحتوى',
    'پرش به محتوا',
    'اوپر جائیں',
    'واپس اوپر',
    'ٹاپ پر جائیں',
    'العودة للأعلى',
    'العودة إلى الأعلى',
    'إلى الأعلى',
    'للأعلى',
    'بازگشت به بالا',
    'برو بالا',
    'חזרה למעלה',
  ],
  'whole',
);

/** Headings of tag lists. */
export const isTagsLabel = phraseMatcher(
  [
    'ٹیگز',
    'ٹیگ',
    'متعلقہ موضوعات',
    'موضوعات',
    'الوسوم',
    'وسوم',
    'كلمات دالة',
    'كلمات مفتاحية',
    'الكلمات المفتاحية',
    'تاجز',
    'الموضوع',
    'مواضيع',
    'برچسب ها',
    'برچسب',
    'کلید واژه',
    'کلیدواژه',
    'کلیدواژه ها',
    'گروه های خبری',
    'תגיות',
    'עוד באותו נושא',
    'متعلقہ عنوان',
    'مزید عنوان',
    'عنوانات',
    'tags',
    'tag',
    'topics',
    'filed under',
    'related topics',
    'more on this story',
  ],
  'whole',
);

/**
 * Hrefs of tag / topic / category pages (`/category/<slug>`: WordPress, ExpressionEngine's category
 * URLs; `/tag:<word>`: WriteFreely and Write.as hashtags).
 */
export const TAG_HREF =
  /(?:\/(?:tags?|topics?|keywords?|etiquetas?|tema|label|hashtag|category)\/|\/tag:|[?&](?:tag|keyword)=|\/\/tags?\.)/i;

/**
 * "Read also" lead-ins of inline boxes and paragraphs inside the body: یہ بھی پڑھیں / مزید پڑھیں /
 * مزید پڑھیے, اقرأ أيضا / اقرأ المزيد, بیشتر بخوانید / ادامه مطلب, دا هم ولولئ (Pashto), هي به پڙهو
 * (Sindhi). Matched at the START of a block;
 * "یہ بھی" alone (the opening of a quoted sentence) is not a lead-in.
 */
export const startsWithReadAlso = phraseMatcher(
  [
    'یہ بھی پڑھیں',
    'یہ بھی پڑھیے',
    'یہ بھی پڑھئے',
    'مزید پڑھیں',
    'مزید پڑھیے',
    'مزید پڑھئے',
    'اسے بھی پڑھیں',
    'ضرور پڑھیں',
    'اقرأ أيضا',
    'اقرأ أيضاً',
    'إقرأ أيضاً',
    'اقرأ كذلك',
    'اقرأ المزيد',
    'طالع أيضا',
    'شاهد أيضا',
    'انظر أيضا',
    'للمزيد',
    // Pashto (Minimal Mistakes notice boxes, Pangea: "دا هم ولولئ:") and Sindhi ("هي به پڙهو:").
    'دا هم ولولئ',
    'دا هم ولوله',
    'دا هم وګورئ',
    'نور ولولئ',
    'هي به پڙهو',
    'اهو به پڙهو',
    'وڌيڪ پڙهو',
    'بیشتر بخوانید',
    'بخوانید',
    'ادامه مطلب',
    'بیشتر بدانید',
    'پیشنهاد مطالعه',
    'مطلب پیشنهادی',
    'קראו עוד',
    'קראו גם',
    'עוד באותו נושא',
    'read also',
    'also read',
    'read more',
    'see also',
    'related',
    'recommended',
    'more:',
  ],
  'start',
);

/**
 * Headings of related / popular / latest story sections: متعلقہ خبریں، مزید خبریں، اسی بارے میں،
 * مقبول خبریں، ذات صلة، الأكثر قراءة، مطالب مرتبط ...
 */
export const isRelatedHeading = phraseMatcher(
  [
    'متعلقہ خبریں',
    'متعلقہ مضامین',
    // Urdu opinion sites' related-posts box (Publisher's bs-irp heading, translated).
    'متعلقہ تحریریں',
    'متعلقہ',
    'مزید خبریں',
    'تازہ ترین',
    'تازہ ترین خبریں',
    'مقبول خبریں',
    'مقبول ترین',
    'اسی بارے میں',
    'اس بارے میں مزید',
    'زیر بحث',
    'مزید مضامین',
    'دیگر خبریں',
    'اہم خبریں',
    'زیادہ پڑھی جانے والی',
    'سب سے زیادہ پڑھی جانے والی خبریں',
    'ذات صلة',
    'أخبار ذات صلة',
    'مواضيع ذات صلة',
    'مقالات ذات صلة',
    'المواضيع ذات الصلة',
    'موضوعات ذات صلة',
    'أخبار متعلقة',
    'موضوعات متعلقة',
    'الأكثر قراءة',
    'الأكثر مشاهدة',
    'الأكثر تداولا',
    'الأكثر تعليقا',
    'الأكثر قراءة اليوم',
    'آخر الأخبار',
    'أحدث الأخبار',
    'المزيد من الأخبار',
    'اخترنا لك',
    'قد يهمك',
    'قد يعجبك أيضا',
    'مواضيع ساخنة',
    'مواضيع ساخنة اخرى',
    'أهم الأخبار',
    'شاهد أيضا',
    'انظر أيضا',
    'اقرأ أيضا',
    'اقرأ أيضاً',
    'إقرأ أيضاً',
    'أخبار أخرى',
    'مطالب مرتبط',
    'اخبار مرتبط',
    'سایر اخبار',
    'سایر اخبار مهم',
    'سایر اخبار مرتبط',
    'پربازدید',
    'پربازدیدترین',
    'آخرین اخبار',
    'مطالب پیشنهادی',
    'اخبار ما',
    'پربحث ترین',
    'مطالب مشابه',
    'خبرهای مرتبط',
    'ببینید',
    'כתבות נוספות',
    'הכי נקראים',
    'עוד באותו נושא',
    'כתבות קשורות',
    'related',
    'related stories',
    'related articles',
    'related posts',
    'related news',
    'related content',
    'more stories',
    'more on this story',
    'most read',
    'most popular',
    'most viewed',
    'trending',
    'trending now',
    'you may also like',
    'you might also like',
    'recommended',
    'recommended for you',
    'top stories',
    'latest news',
    'latest stories',
    'read more',
    'what to read next',
    'read next',
    "editor's picks",
    'more from',
    'more news',
    'popular now',
    'also in the news',
  ],
  'whole',
);

/** "More from <section>" / "المزيد من <قسم>" / "مزید <زمرہ>" headings. */
export const isMoreFromHeading = foldedMatcher(
  (f) => /^(?:more from|more in|more on|المزید من|مزید از|سایر مطالب) .{1,40}$/u.test(f) && f.length <= 50,
);

/**
 * Editorial disclaimers and comment-policy notes, which sit in short blocks after the story:
 * "ادارہ ... کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں" (Urdu opinion pages), "الآراء الواردة ...
 * لا تعبر عن رأي", "ترحب ... بالنقاش" (CNN Arabic), "The views expressed ... are the author's own".
 */
const DISCLAIMER_RE = new RegExp(
  [
    'رائے سے متفق ہونا ضروری نہیں',
    'لا تعبر (?:بالضرورة )?عن (?:رأي|وجهة نظر) (?:الموقع|موقع|الصحيفة|الجريدة|الشبكة|القناة|ادارة|هيئة التحرير)',
    'تعبر عن (?:رأي|وجهة نظر) (?:كاتبها|كاتبيها|كتابها|أصحابها|صاحبها)',
    // "... ولا تعكس بالضرورة رأي الصحيفة" (Arabic opinion pages, Méthode-built dailies among them)
    'لا تعكس (?:بالضرورة )?(?:رأي|وجهة نظر|موقف) (?:الموقع|موقع|الصحيفة|الجريدة|الشبكة|القناة|ادارة|هيئة التحرير)',
    'بالنقاش الحيوي',
    'مسئولیت .{0,40}بر عهده',
    // Persian opinion pages: "یادداشت‌ها بیانگر دیدگاه نویسندگان است و لزوماً دیدگاه ... نیست"; the
    // disclaimer's "not necessarily" (or the site's "responsibility") must follow: a review's "the
    // novel reflects the author's view of the war" is story.
    '(?:بیانگر|منعکس کننده) (?:دیدگاه|نظر|نظرات|دیدگاه های) (?:نویسنده|نویسندگان|نگارنده|نگارندگان).{0,60}(?:لزوما|مسئولیت)',
    // Calls for news tips under the story (PMC's div.pmc-tip-line, a Jimdo news blog's closing
    // line): a question opening the block, then "write to us / the newsroom".
    '^(?:هل )?لديك (?:معلومة|خبر|قصة|صورة)[^؟?]{0,60}[؟?] ?(?:راسل|أرسل)[^ ]* ?(?:لنا|إلينا|فريق التحرير)',
    '^(?:got|have) a (?:news )?tip\\b.{0,80}(?:contact|email|send|reach|write to) (?:us|our)',
    'views expressed .{0,80}(?:are|do not)',
    'do not necessarily (?:reflect|represent)',
  ]
    .map(fold)
    .join('|'),
  'u',
);

/**
 * Cookie notices, the site speaking of its own cookies: it opens the text ("We use cookies …",
 * "This website stores cookies …", "ہم اس سائٹ پر کوکیز استعمال کرتے ہیں" (Tilda's T657 bar, inside
 * the page's records), "یہ ویب سائٹ … کوکیز محفوظ کرتی ہے" (HubSpot's banner), "نستخدم ملفات تعريف
 * الارتباط" (a Sitecore Arabic daily's bar), "این سایت از کوکی …") and a word of consent, policy or
 * experience follows.
 * A bakery's "ہم روزانہ کوکیز بناتے ہیں" has no site and no consent; a story about cookie rules
 * does not open with the site speaking.
 */
const COOKIE_NOTICE_RE = new RegExp(
  `^(?:${fold(
    [
      'we use cookies',
      'this (?:web)?site (?:uses|stores) cookies',
      'ہم (?:اس|اپنی) (?:ویب ?سائٹ|سائٹ) پر کوکیز',
      'یہ (?:ویب ?سائٹ|سائٹ) [^.۔]{0,40}کوکیز',
      '(?:نستخدم|يستخدم (?:هذا )?الموقع) (?:ملفات تعريف الارتباط|الكوكيز)',
      '(?:این (?:وب ?سایت|سایت)|ما) (?:از )?کوکی',
    ].join('|'),
  )})` + `.{0,200}(?:${fold('agree|consent|accept|policy|experience|پالیسی|متفق|تجربے|سياسة|توافق|تجربة|سیاست|تجربه')})`,
  'u',
);

/** True when the text reads as an editorial disclaimer, a comment policy or a cookie notice. */
export const isDisclaimer = foldedMatcher((f) => DISCLAIMER_RE.test(f) || COOKIE_NOTICE_RE.test(f));

/** Newsletter boxes, "follow us" prompts and app promotions, matched at the start of a short block. */
export const startsWithPromo = phraseMatcher(
  [
    'اشترك في النشرة',
    'اشترك في نشرتنا',
    // "اشترك في نشرة الرأي الأسبوعية": the newsletter named (a Salient opinion site's nectar-cta)
    'اشترك في نشرة',
    'اشترك الآن',
    'النشرة البريدية',
    'اشترك في التنبيهات',
    'إشعارات الأخبار',
    'تابعوا',
    'تابعونا',
    'تابعنا',
    'تابع أخبار',
    'حمل التطبيق',
    'تحميل التطبيق',
    'تحميل تطبيق',
    'افتح التطبيق',
    'نیوز لیٹر',
    'سبسکرائب کریں',
    'ہمارا نیوز لیٹر',
    'ہمیں فالو کریں',
    'ہمارا واٹس ایپ چینل جوائن کریں',
    'ہمارا وٹس ایپ چینل جوائن کریں',
    'ایپ ڈاؤن لوڈ کریں',
    'عضویت در خبرنامه',
    'ما را دنبال کنید',
    'הירשמו לניוזלטר',
    'newsletter',
    'sign up for our newsletter',
    'subscribe to our newsletter',
    'subscribe',
    'sign up',
    'follow us',
    'get the app',
    'download the app',
    'join our whatsapp channel',
    'get our newsletter',
  ],
  'start',
);

/**
 * The whole text of a site's "support us" button, for a same-site link whose path is not an
 * English slug (a Dari site's `/hemayat` "حمایت مالی", Arabic "ادعمنا", Urdu "ہماری مدد کریں"), and
 * the whole text of an appeal's own heading above such a button.
 */
export const isSupportCall = phraseMatcher(
  // Pashto: "زموږ ملاتړ وکړئ" / "ملاتړ وکړئ" (support us), a Kabul newsletter's appeal heading and button.
  ['حمایت مالی', 'از ما حمایت کنید', 'ادعمنا', 'تبرع الآن', 'ہماری مدد کریں', 'زموږ ملاتړ وکړئ', 'ملاتړ وکړئ', 'support us', 'donate now'],
  'whole',
);

/** Calls to subscribe that make a short block a promo wherever they sit in it. */
const PROMO_ANYWHERE = new RegExp(
  ['newsletter', 'subscribe to', 'sign up for', 'نیوز لیٹر', 'النشرة البريدية', 'نشرتنا', 'عضویت در خبرنامه', 'ניוזלטר']
    .map(fold)
    .join('|'),
  'u',
);

/** True when a short text asks the reader to subscribe to a newsletter. */
export const mentionsNewsletter = (text: string): boolean => PROMO_ANYWHERE.test(fold(text));

/**
 * "Follow us on Google News" prompts, with or without the link: Urdu "ہمیں گوگل نیوز پر فالو کریں",
 * Sindhi "اسان کي گوگل نيوز تي فالو ڪريو" (a GeneratePress Sindhi daily's box above the story),
 * Pashto "… فالو کړئ", Arabic "تابعونا على غوغل نيوز", Persian "… را در گوگل نیوز دنبال کنید",
 * English "Follow us on Google News". The aggregator's name AND the imperative: a story sentence
 * saying readers "can follow" outlets on Google News uses no imperative.
 */
const NEWS_FEED = new RegExp(['google news', 'گوگل نیوز', 'گوگل نيوز', 'غوغل نيوز', 'جوجل نيوز', 'جوجل نیوز'].map(fold).join('|'), 'u');
const FOLLOW_IMPERATIVE = new RegExp(
  ['فالو کریں', 'فالو کیجیے', 'فالو کیجئے', 'فالو ڪريو', 'فالو کړئ', 'تابعونا', 'تابعوا', 'تابعنا', 'دنبال کنید', 'follow us']
    .map(fold)
    .join('|'),
  'u',
);
/**
 * The messengers sites run news channels on: WhatsApp and Telegram, in the spellings of Urdu,
 * Sindhi, Arabic and Persian pages ("ٿر نيوز جون خبرون هاڻي واٽس ايپ تي به", a Grav Sindhi site's
 * notice box; "ہمارا واٹس ایپ چینل", Urdu themes; "کانال ما در تلگرام", Persian agencies).
 */
const MESSENGER = new RegExp(
  ['whatsapp', 'واٹس ایپ', 'وٹس ایپ', 'واٽس ايپ', 'واتساب', 'واتس اپ', 'telegram', 'ٹیلی گرام', 'ٽيليگرام', 'تلغرام', 'تيليجرام', 'تلگرام']
    .map(fold)
    .join('|'),
  'u',
);
/** The site speaking of its own number or channel on a messenger ("save our number", "join our channel"). */
const OUR_CHANNEL = new RegExp(
  [
    'اسان جو نمبر',
    'اسان جو چينل',
    'ہمارا نمبر',
    'ہمارا چینل',
    'ہمارے چینل',
    'زموږ چینل',
    'قناتنا',
    'رقمنا',
    'کانال ما',
    'شماره ما',
    'جوائن کریں',
    'انضموا',
    'our channel',
    'our number',
    'join our',
  ]
    .map(fold)
    .join('|'),
  'u',
);
/**
 * A short call to follow the site: on Google News (its name and an imperative), or on a messenger
 * (its name and the site's own channel or number, or an imperative), never inside quotation marks:
 * a quoted "our number was shared on WhatsApp" is someone speaking in the story.
 */
export const asksToFollowOnNews = foldedMatcher(
  (f, text) =>
    text.length <= 200 &&
    ((NEWS_FEED.test(f) && FOLLOW_IMPERATIVE.test(f)) ||
      (MESSENGER.test(f) && (OUR_CHANNEL.test(f) || FOLLOW_IMPERATIVE.test(f)) && !/["“”«»]/.test(text))),
);

/**
 * "Listen to this article" calls of text-to-speech and audio-version players (BeyondWords, Trinity
 * Audio, theme players): "یہ تحریر سنیں", "اس خبر کو سنیں" (Urdu themes, a Hugo Urdu site's AI-voice
 * player), "استمع إلى هذا المقال" (Sahifa and Arabic WordPress themes), "این مطلب را بشنوید" (Wagtail
 * and Persian agencies), "دا خبر واورئ" (Pashto), "خبر ٻڌو" (Sindhi), "Listen to this article".
 */
const LISTEN_CALLS = [
  'یہ تحریر سنیں',
  'یہ خبر سنیں',
  'یہ مضمون سنیں',
  'تحریر سنیں',
  'خبر سنیں',
  'خبر سنیے',
  'آڈیو سنیں',
  'اس خبر کو سنیں',
  'استمع إلى هذا المقال',
  'استمع إلى المقال',
  'استمع للمقال',
  'استمع إلى هذا الخبر',
  'استمع إلى الخبر',
  'استمع للخبر',
  'الاستماع إلى المقال',
  'استمع إلى النص',
  'این مطلب را بشنوید',
  'این خبر را بشنوید',
  'این گزارش را بشنوید',
  'شنیدن این مطلب',
  'شنیدن این خبر',
  'شنیدن خبر',
  'نسخه صوتی این مطلب',
  'نسخه صوتی خبر',
  'دا خبر واورئ',
  'خبر ٻڌو',
  'listen to this article',
  'listen to this story',
  'listen to article',
  'listen to the article',
  'listen to this post',
];

/**
 * A text that opens with the call to listen (a call above, or the bare verb: "سنیں", "استمع",
 * "بشنوید", "واورئ", "ٻڌو", "listen"). Only ever tested on a small box around an `<audio>` element
 * (listen-players.ts).
 */
export const startsWithListen = phraseMatcher([...LISTEN_CALLS, 'سنیں', 'استمع', 'بشنوید', 'واورئ', 'ٻڌو', 'listen'], 'start');

/** The whole text of a player's label is a call to listen: the player goes with it (counters.ts). */
export const isListenLabel = phraseMatcher(LISTEN_CALLS, 'whole');

/** Headings of author boxes (bios at the end of a story, not the byline). */
export const isAuthorBoxHeading = phraseMatcher(
  [
    'مصنف کے بارے میں',
    'مصنف کا تعارف',
    'عن الكاتب',
    'نبذة عن الكاتب',
    'عن المؤلف',
    'درباره نویسنده',
    'על הכותב',
    'about the author',
    'about author',
  ],
  'whole',
);

/**
 * A desk or bureau credit printed on its own line above the headline: "سکر بيورو" (Sindhi dailies),
 * "لاہور بیورو", "ویب ڈیسک", "نیوز ڈیسک", "مانیٹرنگ ڈیسک" (Urdu), "News Desk", "Lahore Bureau". A
 * whole label of at most three words ending in the noun; "(ویب ڈیسک)" inside a dateline is story.
 */
const DESK_RE = new RegExp(
  `^[\\s\\p{P}]*(?:[\\p{L}\\p{M}]+\\s+){0,2}(?:${fold('بیورو|بيورو|ڈیسک|ڊيسڪ|ډیسک|bureau|desk')})[\\s\\p{P}]*$`,
  'u',
);
export const isDeskCredit = foldedMatcher((f, text) => text.length <= 30 && DESK_RE.test(f));

/** Folded text, for rules that compare texts. */
export { fold };
