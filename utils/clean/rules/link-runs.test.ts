import { describe, expect, it } from 'vitest';
import { linkRuns } from './link-runs';
import { clean, PROSE_AR } from '../../../tests/helpers/clean';

describe('link-runs', () => {
  it('removes two link-only paragraphs in a row (BBC: related stories inside the body)', () => {
    const html = `<div>${PROSE_AR}<p><a href="/news/1">Five things we learned from Obama interview</a></p><p><a href="/news/2">The presidential body swerve</a></p>${PROSE_AR}</div>`;
    const { text } = clean([linkRuns], html, { phase: 'post', lang: 'en' });
    expect(text).not.toContain('Five things we learned');
    expect(text).not.toContain('presidential body swerve');
    expect(text).toContain('وزير الصحة');
  });

  it('keeps a linked headline that introduces its own paragraph (almasryalyoum.com bulletin trap)', () => {
    const item = (h: string) => `<p><a href="/n">${h}</a></p>${PROSE_AR}`;
    const { text } = clean(
      [linkRuns],
      `<div>${item('سعر الدولار اليوم الأحد مقابل الجنيه')}${item('أسعار الذهب اليوم الأحد بالمصنعية')}</div>`,
      { phase: 'post', lang: 'ar' },
    );
    expect(text).toContain('سعر الدولار اليوم الأحد');
    expect(text).toContain('أسعار الذهب اليوم الأحد');
  });
});
