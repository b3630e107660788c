import { describe, expect, it } from 'vitest';
import { dateFromUrl, hasLocalOffset, jalaliToGregorian, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2023-09-28T10:15:00+05:00', '2023-09-28T10:15:00+05:00'],
    ['٢٠٢٦-٠٧-٠٧T١٤:٣٠:٠٠+٠٣:٠٠', '2026-07-07T14:30:00+03:00'],
    ['ستمبر 28, 2023', '2023-09-28'],
    ['جمعہ 8 مارچ 2024', '2024-03-08'],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', '2020-04-24'],
    ['الجمعة 8 فيفري 2019', '2019-02-08'],
    ['03 يونيو 2020', '2020-06-03'],
    ['Tuesday Jul 07 2026 | 07:39 PM', '2026-07-07'],
    ['עודכן לאחרונה: 8.7.2026 / 17:23', '2026-07-08'],
    ['2 تير 1399 - 12:09:08 ب.ظ', '2020-06-22'],
    ['۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹', '2020-05-10'],
    ['September 27, 2023', '2023-09-27'],
  ])('%s -> %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it.each(['22', 'کل', '', 'منذ ساعتين', '2023-13-45'])('%s -> null', (raw) => expect(parseDate(raw)).toBeNull());

  it('reads US month-first dates on English pages', () => {
    expect(parseDate('11/08/2019', false)).toBe('2019-11-08');
    expect(parseDate('11/08/2019', true)).toBe('2019-08-11');
  });
});

describe('calendar and URL helpers', () => {
  it('converts Solar Hijri dates', () => {
    expect(jalaliToGregorian(1399, 4, 2)).toEqual([2020, 6, 22]);
    expect(jalaliToGregorian(1403, 1, 1)).toEqual([2024, 3, 20]);
  });
  it('knows a local timestamp from a UTC one', () => {
    expect(hasLocalOffset('2020-12-25T01:59:50+02:00')).toBe(true);
    expect(hasLocalOffset('2020-12-24T23:59:50+00:00')).toBe(false);
    expect(hasLocalOffset('2020-12-24T23:59:50Z')).toBe(false);
  });
  it.each([
    ['http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html', '2013-08-03'],
    ['https://www.youm7.com/story/2020/8/24/x/4943459', '2020-08-24'],
    ['https://example.com/news/12345', null],
  ])('%s -> %s', (url, iso) => expect(dateFromUrl(url)).toBe(iso));
});
