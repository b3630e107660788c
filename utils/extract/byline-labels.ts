/**
 * Words around bylines: interface labels that are never an author's name (a "see all
 * notifications" link sits in the same header as the byline on many sites and carries an
 * `author`-like class), and the labels of an "article information" block that name the author.
 * Urdu, Arabic, Persian, Pashto, Sindhi and English.
 */

/**
 * Interface labels: notifications, "see/view all", follow/subscribe, sign-in, menus, share and
 * comment buttons, "more". Matched against the whole candidate (a name that merely contains one of
 * these words inside a longer sentence is not tested here: `clean()` caps bylines at 80 letters).
 */
const UI_LABEL = new RegExp(
  [
    // English (header widgets of WordPress news themes, Arc, Brightspot)
    String.raw`\bnotifications?\b`,
    String.raw`\b(?:see|view|show)\s+(?:all|more)\b`,
    String.raw`^(?:follow|subscribe|sign\s*in|log\s*in|login|register|menu|search|share|comments?|more|read\s+more|all\s+posts?)\b`,
    // Urdu
    'اطلاعات',
    'نوٹیفکیشن|نوٹیفیکیشن',
    'تمام\\s+(?:دیکھیں|دیکھئے|اطلاعات)',
    '^(?:مزید|لاگ\\s*ان|سائن\\s*ان|فالو\\s+کریں|سبسکرائب|شیئر|تبصرے)',
    // Arabic
    'الإشعارات|الاشعارات|إشعارات',
    'عرض\\s+(?:الكل|المزيد|جميع)',
    '^(?:المزيد|تسجيل\\s+الدخول|اشترك|تابع(?:نا)?|شارك|التعليقات)',
    // Persian
    'اعلان(?:\u200c|\\s)?ها',
    'مشاهده\\s+(?:همه|بیشتر)',
    '^(?:بیشتر|ورود|عضویت|دنبال\\s+کنید|اشتراک\\s+گذاری|نظرات)',
    // Pashto / Sindhi
    'خبرتیاوې|ټول\\s+وګورئ',
    'سڀ\\s+ڏسو|اطلاعون',
  ].join('|'),
  'iu',
);

/** True when `s` is an interface label, not a name. */
export function isUiLabel(s: string): boolean {
  return UI_LABEL.test(s.replace(/\s+/g, ' ').trim());
}

/**
 * The label of the author pair in an "article information" block (BBC World Service pages print
 * "Author, <name>" / "Role, <role>" pairs for screen readers in the page's language; other CMSs
 * print "الكاتب: <name>" or "نویسنده: <name>"). Followed by a comma, colon or the value element.
 */
export const AUTHOR_LABEL =
  /^(?:author|written\s+by|reporter|مصنف|مصنفہ|لکھاری|رپورٹر|الكاتب|الكاتبة|كاتب|المؤلف|مراسل|نویسنده|نگارنده|گزارشگر|خبرنگار|لیکوال|ليکڪ|رپورٽر)\s*[,،:：]?\s*$/iu;

/**
 * The id, `aria-labelledby` or `data-*` value of an article-information (byline) block: BBC's
 * `aria-labelledby="article-byline"`, `data-e2e="byline"`; `article-info`, `post-meta` elsewhere.
 */
export const INFO_BLOCK = /(?:^|[\s_-])(?:article-byline|byline|article-info(?:rmation)?|post-author|author-info)(?:$|[\s_-])/i;
