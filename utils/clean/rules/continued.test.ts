import { describe, expect, it } from 'vitest';
import { continued } from './continued';
import { isContinuedMarker } from '../patterns/navigation';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('continued', () => {
  it('recognises markers as whole labels only', () => {
    for (const t of ['(جاری ہے)', 'جاری ہے', '(يتبع)', 'ادامه دارد', '(continued)', 'بقیہ صفحہ 4'])
      expect(isContinuedMarker(t), t).toBe(true);
    for (const t of ['مذاکرات کا سلسلہ جاری ہے', 'يتبع الوزير سياسة جديدة']) expect(isContinuedMarker(t), t).toBe(false);
  });

  it('removes marker paragraphs and a bracketed marker closing a paragraph; keeps "... جاری ہے" sentences', () => {
    const html = `<p>پہلا پیراگراف ختم ہوا اور کہانی اگلے حصے میں ہے۔ (جاری ہے)</p><p><strong>جاری ہے</strong></p>${PROSE_UR}<p>TRAP ماہرین کا کہنا ہے کہ سموگ کا یہ سلسلہ جاری ہے</p><p>(يتبع)</p>`;
    const { text, removed } = clean([continued], html);
    expect(text).toContain('کہانی اگلے حصے میں ہے۔');
    expect(text).not.toContain('(جاری ہے)');
    expect(text).not.toMatch(/ہے۔\s*جاری ہے/);
    expect(text).not.toContain('يتبع');
    expect(text).toContain('TRAP ماہرین کا کہنا ہے کہ سموگ کا یہ سلسلہ جاری ہے');
    expect(removed).toHaveLength(3);
  });
});
