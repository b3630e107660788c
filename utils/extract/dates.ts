/**
 * Dates as news pages print them, to ISO: ISO strings, "ستمبر 28, 2023", "24 نيسان / أبريل 2020",
 * "الجمعة 8 فيفري 2019", "2 تير 1399" and "۱۳۹۹/۰۲/۲۱" (Solar Hijri, converted), "8.7.2026".
 */
import { fold, foldDigits } from '../text/fold';
import type { DateCandidates } from './metadata';

const MONTH_LISTS: readonly (readonly string[])[] = [
  // Urdu
  ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  // Arabic (Egypt, Gulf)
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // Arabic (Levant, Iraq)
  ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  // Arabic (Maghreb)
  ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // Persian names of Gregorian months
  ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  // Hebrew
  ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
];
/** Solar Hijri months, used only with a year of 1300-1499. */
const JALALI = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/**
 * The month names folded, built on first use: a module with no work at load, so a bundle that
 * imports it for nothing (the reader shell, utils/pipeline.ts) leaves it out.
 */
let tables: { months: Map<string, number>; jalali: Map<string, number> } | undefined;
function monthTables(): { months: Map<string, number>; jalali: Map<string, number> } {
  if (tables) return tables;
  const months = new Map<string, number>();
  for (const list of MONTH_LISTS) list.forEach((m, i) => months.set(fold(m), i + 1));
  months.set('sept', 9);
  const jalali = new Map(JALALI.map((m, i) => [fold(m), i + 1]));
  jalali.set(fold('امرداد'), 5);
  return (tables = { months, jalali });
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Solar Hijri (Jalali) to Gregorian, by the 33-year-cycle arithmetic of jdf.scr.ir. */
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  let days =
    -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    gy += 100 * Math.floor(--days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > lengths[gm]!) gd -= lengths[gm++]!;
  return [gy, gm + 1, gd];
}

/** A Y/M/D triple in either calendar (a year of 1300-1499 is Solar Hijri) to YYYY-MM-DD. */
function ymd(y: number, m: number, d: number): string | null {
  if (y >= 1300 && y < 1500 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return isoDate(...jalaliToGregorian(y, m, d));
  return isoDate(y, m, d);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([Zz]|[+-]\d{2}:?\d{2})?)?/;

/**
 * Parses a printed date. Returns the full ISO timestamp when given an ISO one with a time
 * (its offset kept: the local date is the one the page shows), else YYYY-MM-DD, else null.
 * `dayFirst`: numeric "8.7.2026" is 8 July (everywhere but US English pages).
 */
export function parseDate(raw: string | null | undefined, dayFirst = true): string | null {
  if (!raw) return null;
  const s = fold(foldDigits(raw)).replace(/[،,|]/g, ' ').replace(/\s+/g, ' ').trim();
  const iso = ISO.exec(s);
  if (iso) {
    const day = ymd(+iso[1]!, +iso[2]!, +iso[3]!);
    if (!day) return null;
    const y = +iso[1]!;
    return iso[4] && y >= 1900 ? `${day}T${iso[4]}${(iso[5] ?? '').toUpperCase()}` : day;
  }
  const ymdNum = /(?:^|\D)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/.exec(s);
  if (ymdNum) return ymd(+ymdNum[1]!, +ymdNum[2]!, +ymdNum[3]!);
  const dmy = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(s);
  if (dmy) {
    const [a, b, y] = [+dmy[1]!, +dmy[2]!, +dmy[3]!];
    const [d, m] = b > 12 || (!dayFirst && a <= 12) ? [b, a] : [a, b];
    return isoDate(y, m, d);
  }
  return wordDate(s);
}

/** "24 نيسان / أبريل 2020", "Tuesday Jul 07 2026 | 07:39 PM", "2 تير 1399". */
function wordDate(s: string): string | null {
  const { months: MONTHS, jalali: JALALI_MONTHS } = monthTables();
  const words = s.split(/[\s/]+/);
  let y = 0;
  let m = 0;
  let jm = 0;
  let d = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[.:]$/, '');
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    if (!m && MONTHS.has(two)) {
      m = MONTHS.get(two)!;
      i++;
    } else if (!m && MONTHS.has(w)) m = MONTHS.get(w)!;
    else if (!jm && JALALI_MONTHS.has(w)) jm = JALALI_MONTHS.get(w)!;
    else if (/^\d{4}$/.test(w) && !y) y = +w;
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w) && !d) d = parseInt(w, 10);
  }
  if (y >= 1300 && y < 1500 && jm && d) return ymd(y, jm, d);
  return y && m && d ? isoDate(y, m, d) : null;
}

/** Is this ISO timestamp in local time (an offset other than UTC)? Its date is the page's date. */
export const hasLocalOffset = (iso: string): boolean => /T\d{2}:\d{2}.*[+-](?!00:?00)\d{2}:?\d{2}$/.test(iso);

/** Date in a URL path: /2023/09/28/, /story/2020/8/24/, /2013/middle_east/8/3/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})\/(?:[a-z_-]+\/)?(\d{1,2})\/(\d{1,2})(?:\/|$)/i.exec(path) ??
    /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:\/|$|-)/.exec(path);
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
}

/**
 * The published date from what the page says of it (`dateCandidates`, ./metadata.ts): the first
 * declared date that parses (one in local time preferred, since its date is the one the page
 * shows), else the first dated element's, else the first date-classed element's, else the URL's.
 * Null if none parses.
 */
export function publishedFrom(c: DateCandidates): string | null {
  const declared: string[] = [];
  for (const raw of c.declared) {
    const v = parseDate(raw, c.dayFirst);
    if (v) declared.push(v);
  }
  const local = declared.find(hasLocalOffset);
  if (local ?? declared[0]) return local ?? declared[0]!;
  for (const [attr, text] of c.dated) {
    const v = parseDate(attr, c.dayFirst) ?? parseDate(text, c.dayFirst);
    if (v) return v;
  }
  for (const text of c.hinted) {
    const v = parseDate(text, c.dayFirst);
    if (v) return v;
  }
  return dateFromUrl(c.url);
}

/**
 * An undated result (`extractUndated` in utils/pipeline.ts) made the finished one, in place: the
 * article's `publishedTime` parsed from what the page says, the candidates taken off.
 */
export function withPublished<R extends object>(r: R & { dates?: DateCandidates }): R {
  const { dates } = r;
  if (dates) {
    delete r.dates;
    if ('article' in r) (r.article as { publishedTime: string | null }).publishedTime = publishedFrom(dates);
  }
  return r;
}
