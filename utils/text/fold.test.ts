import { describe, expect, it } from 'vitest';
import { phraseMatcher } from './fold';

describe('phraseMatcher', () => {
  it('whole: the phrase with any punctuation around it, its own punctuation included', () => {
    const m = phraseMatcher(['Tags:', 'اقرأ أيضاً', '« Related »'], 'whole');
    for (const t of ['tags:', ' - Tags: -', '« اقرا ايضا »', 'اقرأ أيضا', '« related »', '(« Related »)']) expect(m(t), t).toBe(true);
    for (const t of ['tags', 'tags: news', 'related', 'اقرأ أيضا الخبر', '']) expect(m(t), t).toBe(false);
  });

  it('start: the phrase as a whole word at the start, after any punctuation', () => {
    const m = phraseMatcher(['Read more', 'اقرأ أيضا', 'بیشتر بخوانید'], 'start');
    for (const t of ['read more about it', '» اقرأ أيضاً: خبر', '- Read more', 'بیشتر بخوانید:']) expect(m(t), t).toBe(true);
    for (const t of ['read moreover', 'we read more', 'اقرأ', 'بیشتر']) expect(m(t), t).toBe(false);
  });

  it('a phrase of punctuation alone still matches', () => {
    const m = phraseMatcher(['…', 'more'], 'whole');
    expect(m(' … ')).toBe(true);
    expect(m('more')).toBe(true);
    expect(m('less')).toBe(false);
  });
});
