/**
 * Metadata Readability gets wrong or leaves out on Urdu/Arabic pages: the published date (Urdu
 * month names), the site-name suffix on titles, the lead image. Pure functions over a Document.
 */

const URDU_MONTHS: Record<string, number> = {
  جنوری: 1, فروری: 2, مارچ: 3, اپریل: 4, مئی: 5, جون: 6, جولائی: 7, اگست: 8, ستمبر: 9, اکتوبر: 10, نومبر: 11, دسمبر: 12,
};
const ARABIC_MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};
const PERSIAN_GREGORIAN_MONTHS: Record<string, number> = {
  ژانویه: 1, فوریه: 2, مارس: 3, آوریل: 4, مه: 5, ژوئن: 6, ژوئیه: 7, اوت: 8, سپتامبر: 9, اکتبر: 10, نوامبر: 11, دسامبر: 12,
};
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONTHS: Record<string, number> = { ...PERSIAN_GREGORIAN_MONTHS, ...ARABIC_MONTHS, ...URDU_MONTHS };
ENGLISH_MONTHS.forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});

/** Folds Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Parses a date as pages print it: ISO strings, "ستمبر 28, 2023", "28 ستمبر 2023",
 * "September 27, 2023", "١٢ يناير ٢٠٢٠". Returns YYYY-MM-DD (or the full ISO timestamp when
 * given one), or null.
 */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = foldDigits(raw).replace(/[،,]/g, ' ').replace(/\s+/g, ' ').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    const day = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
    if (!day) return null;
    return iso[4] ? `${day}T${iso[4]}${iso[5] ?? ''}` : day;
  }
  const words = s.split(' ');
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/\.$/, '');
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    if (!m && MONTHS[two]) {
      m = MONTHS[two]!;
      i++;
    } else if (!m && MONTHS[w]) m = MONTHS[w]!;
    else if (/^\d{4}$/.test(w)) y = +w;
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(w) && !d) d = parseInt(w, 10);
  }
  return y && m && d ? isoDate(y, m, d) : null;
}

/** Published date from meta tags, JSON-LD, then `<time datetime>`; null if none parses. */
export function findPublishedTime(doc: Document): string | null {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ];
  for (const sel of metas) {
    const v = parseDate(doc.querySelector(sel)?.getAttribute('content'));
    if (v) return v;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const v = parseDate(jsonLdDate(script.textContent ?? ''));
    if (v) return v;
  }
  for (const time of doc.querySelectorAll('time')) {
    const v = parseDate(time.getAttribute('datetime')) ?? parseDate(time.textContent);
    if (v) return v;
  }
  return null;
}

function jsonLdDate(json: string): string | null {
  try {
    const stack: unknown[] = [JSON.parse(json)];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const rec = node as Record<string, unknown>;
        if (typeof rec.datePublished === 'string') return rec.datePublished;
        if (rec['@graph']) stack.push(rec['@graph']);
      }
    }
  } catch {
    // Broken JSON-LD is common; other sources may still have the date.
  }
  return null;
}

const TITLE_SEPARATORS = /\s+[-|–—:»«]\s+/;

/**
 * Removes a " - Site name" suffix (or "Site name | " prefix). Readability's own check compares
 * words split on ASCII `\W`, which finds no words in Urdu; here parts are compared as strings.
 */
export function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length < 2) return t;
  if (siteName) {
    const site = siteName.trim();
    if (parts.at(-1) === site) return t.slice(0, t.lastIndexOf(site)).replace(/\s+[-|–—:»«]\s*$/, '').trim();
    if (parts[0] === site) return t.slice(site.length).replace(/^\s*[-|–—:»«]\s+/, '').trim();
  }
  return t;
}

/** Site name from `og:site_name`, `application-name` or JSON-LD publisher. */
export function findSiteName(doc: Document): string | null {
  const v =
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ??
    doc.querySelector('meta[name="application-name"]')?.getAttribute('content');
  return v?.trim() || null;
}

/** Lead image: og:image / twitter:image, resolved against the page URL, http(s) only. */
export function findLeadImage(doc: Document, pageUrl: string | null): string | null {
  const raw =
    doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ??
    doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content');
  return safeHttpUrl(raw, pageUrl);
}

/** Resolves `raw` against `base` and returns it only if it is http(s). */
export function safeHttpUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
