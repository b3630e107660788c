/**
 * Platform furniture: text printed for screen readers and keyboard users that a sighted reader
 * never sees, recognised by markup first. The BBC World Service renderer (Urdu, Arabic, Persian,
 * Pashto ... share it) hides label prefixes ("تصویر کا ذریعہ،", "مصدر الصورة،", "Author,") and the
 * "article information" heading with an emotion class whose CSS is `clip-path: inset(100%)` /
 * `clip: rect(1px, 1px, 1px, 1px)`; WordPress uses `screen-reader-text`, Drupal `visually-hidden`,
 * Bootstrap `sr-only`. Skip links ("… نظرانداز کریں", "تخطى …", "از … رد شوید", "Skip … and
 * continue reading") jump to an end-of-section marker ("… کا اختتام", "نهاية …", "پایان …").
 */

/** Class names of visually hidden text in common frameworks and CMSs. */
export const HIDDEN_CLASSES = [
  'visually-hidden',
  'visuallyhidden',
  'sr-only',
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'element-invisible',
  'u-visually-hidden',
  'hidden-visually',
  'a11y-visually-hidden',
  'vh',
  'show-for-sr',
  'assistive-text',
  'offscreen',
  'visually-hidden-text',
];

/** A CSS declaration block that hides its element visually but not from screen readers. */
const HIDING_CSS =
  /clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\)|clip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)\s*\)/i;
const TINY = /(?:^|[;{\s])width\s*:\s*1px/i;

/**
 * Class names the page's own CSS defines as visually hidden: a rule on a single class selector
 * whose declarations clip the box to nothing (`clip-path: inset(100%)`, `clip: rect(1px, …)`)
 * and shrink it to 1px. Hashed class names (`bbc-1ka88fa`) change with every build; this finds
 * them on any build.
 */
export function hiddenClassesFromCss(css: string): Set<string> {
  const out = new Set<string>();
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (let m = rule.exec(css); m; m = rule.exec(css)) {
    const body = m[2]!;
    if (!HIDING_CSS.test(body) || !TINY.test(body)) continue;
    for (const sel of m[1]!.split(',')) {
      const cls = /^\s*\.([\w-]+)\s*$/.exec(sel);
      if (cls) out.add(cls[1]!);
    }
  }
  return out;
}

/**
 * Fragment names of skip links' targets: `#content`, `#main-content`, `#end-of-twitter-content-1`,
 * `#end-of-most-read`, `#skip-podcast`, `#after-recommendations`.
 */
export const SKIP_TARGET = /(?:^|[-_])(?:end|skip|after|content|main|maincontent)(?:$|[-_])/i;

/**
 * A label prefix read out before a value: "مصنف, ", "،تصویر کا ذریعہ", "مصدر الصورة،", "Image source, ",
 * "Role, ": a few words with a comma (Latin or Arabic) at one end.
 */
export const isLabelPrefix = (text: string): boolean => {
  const t = text.trim();
  return t.length >= 2 && t.length <= 32 && /^[،,]\s*[\p{L}\p{M} ‌]+$|^[\p{L}\p{M} ‌]+\s*[،,:]$/u.test(t);
};

/**
 * A photo credit inside a caption: "Foto: Reuters" (Czech, aktualne.cz), "Photo: AFP", "فوٹو: پی پی آئی"
 * (Urdu), "عکس: ایرنا" (Persian), "صورة: رويترز" / "الصورة:" (Arabic), "تصویر:" (Urdu, Persian),
 * "انځور:" (Pashto), "تصوير:" (Sindhi). A teaser card never credits its photographer; a story
 * photo's caption does.
 */
const CREDIT_LABEL = 'foto|photo|photograph|picture|image|credit|bild|تصویر|تصوير|فوٹو|فوتو|فوٽو|عکس|صورة|الصورة|انځور';
const CREDIT_RE = new RegExp(`(?:^|[\\s|([،,])(?:${CREDIT_LABEL})\\s*[:：]`, 'iu');
/** Does `s` hold a colon, Latin or full-width (every credit pattern needs one after its label)? */
const hasColon = (s: string) => s.includes(':') || s.includes('：');
export const hasPhotoCredit = (text: string): boolean => hasColon(text) && CREDIT_RE.test(text);

/**
 * An element that is only a photo credit, the label and a short name: "منبع عکس: ایرنا" (Persian
 * WordPress themes), "تصوير: أحمد البلوشي" (Arabic galleries, Joomla K2 `itemImageCredits`),
 * "(الصورة: خاص بمدار)", "Photo: AFP". A caption that says something (more than five words after
 * the label) is not one.
 */
const CREDIT_LINE =
  /^[([]?\s*(?:(?:منبع|مصدر|source)\s+)?(?:photo(?:graph)?|picture|image|credit|foto|تصویر|تصوير|فوٹو|فوتو|عکس|عکاس|فوٽو|صورة|الصورة|انځور)\s*[:：]\s*([^.!?؟۔:]{1,40}?)\s*[)\]]?$/iu;
export const isCreditLine = (text: string): boolean => {
  const m = CREDIT_LINE.exec(text.trim());
  return !!m && m[1]!.split(/\s+/).length <= 5;
};

/**
 * The credit closing a caption: "… جاری ہے — فوٹو: آن لائن" (tagDiv Urdu), "… میں (تصویر: رنگ نگر)"
 * (Astra Urdu), "… موټرونه. انځور: د پښتون غږ / ارشیف" (JNews Pashto), "… زمين. فوٽو: سنڌ سويل"
 * (Jannah Sindhi), "… منظر. (فوٽو: سجاڳي)" (a Sindhi daily's CMS), "… Photo: AFP". Anchored at the
 * end, and the source is short (a name, an agency, "file"): a caption that STARTS with "تصویر:"
 * and goes on to describe the picture is a caption, not a credit.
 */
const CREDIT_TAIL_RE = new RegExp(
  `(?:^|\\s*[\\s.۔،,|—–-])\\s*[([]?\\s*(?:${CREDIT_LABEL})\\s*[:：]\\s*[^\\s:：()[\\].۔!?؟][^:：()[\\].۔!?؟]{0,39}?\\s*[)\\]]?\\s*$`,
  'iu',
);
/**
 * The credit at the end of a caption's text, or null: where it starts (a separator before it
 * included, a full stop closing the caption's sentence left) and its text.
 */
export const creditTail = (text: string): { start: number; text: string } | null => {
  // Only the end of the text is searched: run over a whole long text, the pattern's unanchored
  // start tried every position, and white space runs made each try long (engadget's captions took
  // 40 s in jsdom). A credit is short: a
  // separator, a label, a source of at most 40 letters.
  // The trailing white space goes first: a long run of it (engadget's captions) is as costly.
  const body = text.trimEnd();
  const from = Math.max(0, body.length - CREDIT_TAIL_CHARS);
  const tail = body.slice(from);
  // The label's colon is required: a caption without one is answered without the pattern, whose
  // unanchored start is tried at every position (most of the rule's time on a page).
  if (!hasColon(tail)) return null;
  const m = CREDIT_TAIL_RE.exec(tail);
  if (!m || m[0].trim().split(/\s+/).length > 8) return null;
  // Cut off mid-text, the pattern's "start of text" is no start: a separator must come first.
  if (from > 0 && m.index === 0 && !/[\s.۔،,|—–([-]/.test(text[from - 1]!)) return null;
  const stop = /^[.۔]*/.exec(m[0])![0].length;
  return { start: from + m.index + stop, text: m[0].slice(stop).trim() };
};
/** How much of a caption's end `creditTail` searches (a credit with its separators is far shorter). */
const CREDIT_TAIL_CHARS = 120;
