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
  ])('%s is a relative time', (t) => expect(isRelativeTime(t)).toBe(true));

  it.each([
    'مصر تكسر حاجز ألف إصابة بكورونا منذ 169 يوما.. زيادة كبيرة',
    '2 گھنٹے',
    'قبل الاجتماع',
    'ستمبر 28, 2023',
    'Three hours ago the minister said the talks had failed and the parties left the room',
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
});
