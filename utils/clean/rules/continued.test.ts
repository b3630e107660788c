import { describe, expect, it } from 'vitest';
import { continued } from './continued';
import { isContinuedMarker } from '../patterns/navigation';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('continued', () => {
  it('recognises markers as whole labels only', () => {
    for (const t of ['(جاری ہے)', 'جاری ہے', '(يتبع)', 'ادامه دارد', '(continued)', 'بقیہ صفحہ 4', '(جاري)', '(جاری)'])
      expect(isContinuedMarker(t), t).toBe(true);
    for (const t of ['مذاکرات کا سلسلہ جاری ہے', 'يتبع الوزير سياسة جديدة', 'ڪم جاري آهي ته', 'امدادی کام جاری'])
      expect(isContinuedMarker(t), t).toBe(false);
  });

  it('recognises wire end-of-story markers; "النهاية" and "end" only in brackets or dashes', () => {
    for (const t of ['انتهای پیام/', 'انتهای پیام', 'پایان خبر', '(انتهى)', '-انتهى-', '(النهاية)', '(END)', '-ends-'])
      expect(isContinuedMarker(t), t).toBe(true);
    for (const t of ['النهاية', 'End', 'این انتهای پیام ما به دولت نیست', 'انتهى الاجتماع دون اتفاق'])
      expect(isContinuedMarker(t), t).toBe(false);
  });

  it('removes an agency end marker after the last paragraph and keeps a story sentence that says it (trap)', () => {
    const html = `<p>TRAP او گفت: این انتهای پیام ما به دولت نیست و پیگیری ادامه خواهد داشت.</p>${PROSE_UR}<h2>النهاية</h2><p class="end-news">انتهای پیام/</p>`;
    const { text, removed } = clean([continued], html, { lang: 'fa' });
    expect(text).toContain('TRAP او گفت: این انتهای پیام ما به دولت نیست');
    expect(text).toContain('النهاية');
    expect(text).not.toContain('انتهای پیام/');
    expect(removed).toHaveLength(1);
  });

  it('removes marker paragraphs and a bracketed marker closing a paragraph; keeps "... جاری ہے" sentences', () => {
    const html = `<p>پہلا پیراگراف ختم ہوا اور کہانی اگلے حصے میں ہے۔ (جاری ہے)</p><p><strong>جاری ہے</strong></p>${PROSE_UR}<p>TRAP ماہرین کا کہنا ہے کہ سموگ کا یہ سلسلہ جاری ہے</p><p>(يتبع)</p><p class="continued">(جاري)</p><p>TRAP-2 ٽيڪنيڪل ڪميٽي جو ڪم جاري</p>`;
    const { text, removed } = clean([continued], html);
    expect(text).toContain('کہانی اگلے حصے میں ہے۔');
    expect(text).not.toContain('(جاری ہے)');
    expect(text).not.toMatch(/ہے۔\s*جاری ہے/);
    expect(text).not.toContain('يتبع');
    expect(text).toContain('TRAP ماہرین کا کہنا ہے کہ سموگ کا یہ سلسلہ جاری ہے');
    expect(text).not.toContain('(جاري)');
    expect(text).toContain('TRAP-2 ٽيڪنيڪل ڪميٽي جو ڪم جاري');
    expect(removed).toHaveLength(4);
  });
});
