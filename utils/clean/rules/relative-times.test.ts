import { describe, expect, it } from 'vitest';
import { relativeTimes } from './relative-times';
import { isRelativeTime } from '../patterns';
import { clean, PROSE_AR } from '../../../tests/helpers/clean';

describe('isRelativeTime', () => {
  it.each([
    '1 سال ago',
    '2 گھنٹے پہلے',
    '۵ گھنٹے قبل',
    '٣ دقائق قبل',
    'منذ ساعتين',
    'منذ 5 دقائق',
    'قبل 12 دقيقة',
    '۱۵ دقیقه قبل',
    '۲ روز پیش',
    '3 hours ago',
    'an hour ago',
    'ابھی ابھی',
    'לפני 3 שעות',
    '(2 دن پہلے)',
    '۵ ساعته وړاندې',
    '۳ ورځې مخکې',
    '3 ڪلاڪ اڳ',
    '2 ڏينهن اڳ',
    'آخری اپ ڈیٹ: 10 منٹ قبل',
    'آخر تحديث: منذ ساعتين',
    'Last updated 5 mins ago',
  ])('%s is a relative time', (t) => expect(isRelativeTime(t)).toBe(true));

  it.each([
    'مصر تكسر حاجز ألف إصابة بكورونا منذ 169 يوما.. زيادة كبيرة',
    '2 گھنٹے',
    'قبل الاجتماع',
    'ستمبر 28, 2023',
    'Three hours ago the minister said the talks had failed and the parties left the room',
    'آخری اپ ڈیٹ',
    'د پنځو ورځو مخکې پېښه',
  ])('%s is not', (t) => expect(isRelativeTime(t)).toBe(false));
});

describe('relative-times', () => {
  it('removes a stand-alone time stamp and its wrapper', () => {
    const { text, removed } = clean([relativeTimes], `<div class="meta"><span><i></i>منذ ساعتين</span></div>${PROSE_AR}`, { lang: 'ar' });
    expect(text).not.toContain('منذ ساعتين');
    expect(text).toContain('وزير الصحة');
    expect(removed).toHaveLength(1);
  });

  it('keeps a headline that contains "منذ 169 يوما" (the elbaladtv.net trap)', () => {
    const headline = 'مصر تكسر حاجز ألف إصابة بكورونا منذ 169 يوما.. زيادة كبيرة';
    const { text } = clean([relativeTimes], `<h3><a href="/x">${headline}</a></h3>${PROSE_AR}`, { lang: 'ar' });
    expect(text).toContain(headline);
  });

  it('removes a live badge and an "updated ... ago" line; keeps the words in a headline and a sentence (traps)', () => {
    const html = `<div class="live-badge"><span class="dot"></span> براہ راست</div><h1>TRAP-1 براہ راست</h1><div class="live-meta"><span>آخری اپ ڈیٹ: 10 منٹ قبل</span></div>
      ${PROSE_AR}<p>TRAP-2 مباشر</p><p>TRAP-3 وزیراعظم نے براہ راست خطاب میں کہا کہ آخری اپ ڈیٹ 10 منٹ قبل جاری کی گئی۔</p><span class="badge">مباشر</span>`;
    const { text } = clean([relativeTimes], html);
    expect(text).not.toContain('آخری اپ ڈیٹ: 10');
    expect(text.match(/براہ راست/g)?.length).toBe(2);
    expect(text.match(/مباشر/g)?.length).toBe(1);
    for (const n of [1, 2, 3]) expect(text).toContain(`TRAP-${n}`);
  });
});
