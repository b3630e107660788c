/**
 * Previous / next article links, app-store and channel promos, video duration badges and
 * "continued" markers, in Urdu, Arabic, Persian, Pashto, Sindhi and English. Phrase lists match
 * the WHOLE text of a label (folded: utils/text/fold.ts); a story sentence that mentions "the next
 * match" or "the talks continue" is never a label.
 */
import { fold, foldedMatcher, phraseMatcher } from '../../text/fold';

/**
 * Labels of previous/next article links: WordPress themes ("Previous article", "پچھلی خبر"),
 * Arabic news themes ("الخبر السابق", "المقال التالي"), Persian agencies ("خبر قبلی", "مطلب بعدی").
 */
export const isPrevNextLabel = phraseMatcher(
  [
    'پچھلی خبر',
    'اگلی خبر',
    'پچھلا',
    'اگلا',
    'پچھلی',
    'اگلی',
    'پچھلی پوسٹ',
    'اگلی پوسٹ',
    'پچھلا مضمون',
    'اگلا مضمون',
    'الخبر السابق',
    'الخبر التالي',
    'المقال السابق',
    'المقال التالي',
    'الموضوع السابق',
    'الموضوع التالي',
    'السابق',
    'التالي',
    'خبر قبلی',
    'خبر بعدی',
    'مطلب قبلی',
    'مطلب بعدی',
    'قبلی',
    'بعدی',
    'مخکنی',
    'راتلونکی',
    'پوئين خبر',
    'ايندڙ خبر',
    'previous',
    'next',
    'previous article',
    'next article',
    'previous post',
    'next post',
    'previous story',
    'next story',
    'prev',
    'older post',
    'newer post',
  ],
  'whole',
);

/**
 * Class words of previous/next boxes (`.post-navigation`, `.nav-links`, `.mvp-prev-next-wrap`,
 * `.prev-post`) and of the "back to the list" link after a story (Pimcore's news bundle
 * `.news-back-link`, Shopify Dawn's `.article-template__back`).
 */
export const PREV_NEXT_CLASS =
  /(?:^|[\s_-])(?:prev|previous|next|back)(?:[\s_-]|$)|post-nav|post-navigation|nav-links|prev-next|next-prev|pager/i;

/**
 * Where app-store and channel promos link: Google Play, the App Store, AppGallery, WhatsApp
 * channels, Telegram channels, YouTube channels / subscribe links; the Iranian app stores and
 * messengers Persian sites promote instead (Cafe Bazaar, Myket; Eitaa, Bale, Rubika, Soroush
 * channels: "ما را در ایتا دنبال کنید"); and "follow us on Google News" publication pages, which
 * Arabic and Urdu sites put after the story ("تابعونا على Google News", "گوگل نیوز پر فالو کریں").
 * Also the e-paper (the print daily's page images) that Urdu and Sindhi dailies promote under the
 * story ("اڄ جو اخبار اي پيپر تي پڙهو", "آج کا اخبار ای پیپر پر پڑھیں": epaper.php, epaper.site.pk).
 * And HubSpot's call-to-action buttons, which HubSpot CMS blogs drop into the post body: legacy
 * `span.hs-cta-wrapper` links to `cta-redirect.hubspot.com/cta/redirect/…`, new `hs-cta-embed`
 * links to `cta-service-cms2.hubspot.com/web-interactives/…` ("download our free report").
 */
export const PROMO_HREF =
  /(?:(?:^|[/.=])e-?paper(?:[/._?-]|$)|play\.google\.com\/store\/apps|apps\.apple\.com\/|itunes\.apple\.com\/[^?]*app|appgallery\.huawei\.com|whatsapp\.com\/channel|(?:^|\/\/)(?:www\.)?t\.me\/(?!share)[\w]+\/?$|telegram\.me\/(?!share)[\w]+\/?$|youtube\.com\/(?:channel\/|c\/|user\/|@)|[?&]sub_confirmation=1|cafebazaar\.ir\/app\/|myket\.ir\/app\/|(?:^|\/\/)(?:www\.)?(?:eitaa\.com|ble\.ir|rubika\.ir|splus\.ir|sapp\.ir)\/[\w.]+\/?$|news\.google\.com\/publications\/[\w-]+|(?:cta-redirect|cta-service-[\w-]+)\.hubspot\.com\/)/i;

/**
 * Where a site asks its readers for money: its own support / donate / membership page
 * (`/support/`, `/donate`, `/membership`, `/contribute`, `/become-a-member`, `/subscribe`; an
 * independent Urdu site's "… ماہانہ 500 روپے سے ہماری مدد کریں۔ مدد کریں ←"), or a patronage
 * platform (Patreon, Buy Me a Coffee, Ko-fi). Tested on the pathname of a same-site link, or on
 * the platform's host.
 */
export const SUPPORT_PATH =
  /(?:^|\/)(?:support(?:-us)?|donate|donations?|contribute|contributions?|membership|members|become-a-member|subscribe|subscriptions?|patrons?|supporters)(?:[/.?#]|$)/i;
export const PATRON_HOST = /^(?:www\.)?(?:patreon\.com|buymeacoffee\.com|ko-fi\.com|opencollective\.com|liberapay\.com)$/i;

/** A site's own profile on a social network: `facebook.com/<page>`, `x.com/<name>`, `instagram.com/<name>`, `tiktok.com/@name`. */
export const SOCIAL_PROFILE_HREF =
  /^(?:https?:)?\/\/(?:www\.|m\.)?(?:facebook\.com|fb\.com|x\.com|twitter\.com|instagram\.com|tiktok\.com|threads\.net|linkedin\.com\/company)\/@?[\w.-]+\/?$/i;

/**
 * A "follow us" line ends with its verb: "… ایکس اور فیس بک پر فالو کریں" (Urdu), "… را در
 * اینستاگرام دنبال کنید" (Persian), "تابعونا على …" ends "… تابعونا" in some themes (Arabic),
 * "… فالو کړئ" (Pashto), "… فالو ڪريو" (Sindhi), "… follow us".
 */
const FOLLOW_END = new RegExp(
  `(?:${fold('فالو کریں|فالو کیجیے|فالو کیجئے|جوائن کریں|سبسکرائب کریں|دنبال کنید|عضو شوید|تابعونا|تابعوا|فالو کړئ|فالو ڪريو|follow us|follow')})[\\s.!۔]*$`,
  'iu',
);
export const endsWithFollow = (text: string): boolean => FOLLOW_END.test(fold(text));

/** A video duration badge: "3min", "۰۳:۱۲", "12:05", "1:02:33", "٤ دقائق", "۵ دقیقه", "4 منٹ". */
const DURATION_RE = new RegExp(
  `^\\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,3}\\s*(?:${fold('min|mins|minutes|sec|secs|s|m|دقيقة|دقائق|دقیقه|منٹ|ثانية|ثانیه|سیکنڈ')}))\\s*$`,
  'iu',
);

/** True when the whole text is a video duration. */
export const isDuration = foldedMatcher((f, text) => text.length <= 16 && DURATION_RE.test(f));

/**
 * "Continued" markers, as a whole element: "(جاری ہے)", "جاری ہے", "(جاري)" / "(جاری)" (Sindhi and
 * Urdu dailies' CMSs, where a story runs on to a second page), "(يتبع)", "ادامه دارد", "(continued)";
 * and the wire-style end-of-story markers news agencies print after the last paragraph: Persian
 * agencies (Tasnim, ISNA, Fars, IBNA) "انتهای پیام/", "پایان خبر"; Arab agencies "(انتهى)",
 * "(النهاية)"; English wires "(END)", "-ends-". "النهاية" and "end" are markers only in brackets or
 * dashes (a subheading "النهاية" is story).
 */
const CONTINUED = fold(
  'جاری ہے|جاری ھے|جاری|بقیہ صفحہ|باقی صفحہ|يتبع|تتمة|ادامه دارد|ادامه در صفحه|روان دی|جاري آهي|continued|to be continued|continued on next page|انتهای پیام|انتهای خبر|پایان پیام|پایان خبر|انتهى',
);
const END_MARKED = new RegExp(`^\\s*[([-]+\\s*(?:${fold('النهاية|end|ends')})\\s*[)\\]-]+\\s*$`, 'u');
const CONTINUED_WHOLE = new RegExp(`^[\\s(\\[«{…*/-]*(?:${CONTINUED})(?:\\s*[0-9]+)?[\\s)\\]»}….*/-]*$`, 'u');
/** …and at the end of a paragraph only inside brackets: "… واپس نہ جائے۔ (جاری ہے)". */
const CONTINUED_TAIL = /\s*[([]\s*(?:جاری ہے|جاری ھے|جاری|جاري|يتبع|ادامه دارد|continued)\s*[)\]]\s*$/u;

export const isContinuedMarker = foldedMatcher((f, text) => text.length <= 40 && (CONTINUED_WHOLE.test(f) || END_MARKED.test(f)));

/** The bracketed marker at the end of `text`, or null. Matched on the text as printed (not folded). */
export const continuedTail = (text: string): RegExpExecArray | null => CONTINUED_TAIL.exec(text);
