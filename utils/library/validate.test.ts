import { describe, expect, it } from 'vitest';
import { validateArticle } from './validate';
import { sampleArticle } from '../../tests/helpers/library';

describe('validateArticle', () => {
  it('stores no origin ids and no removal origins (they point into the page the article came from)', () => {
    const article = sampleArticle({
      url: 'https://a.pk/1',
      contentHtml: '<div data-saaf-origin="3"><p data-saaf-origin="4">متن</p></div>',
      removed: [{ rule: 'user:p1', text: 'اشتہار', origin: [9] }],
    });
    const v = validateArticle(article);
    expect(v?.contentHtml).toBe('<div><p>متن</p></div>');
    expect(v?.removed).toEqual([{ rule: 'user:p1', text: 'اشتہار' }]);
  });
});
