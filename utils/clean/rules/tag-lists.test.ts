import { describe, expect, it } from 'vitest';
import { tagLists } from './tag-lists';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('tag-lists', () => {
  it.each(['ٹیگز:', 'الوسوم', 'برچسب‌ها', 'Tags', 'עוד באותו נושא:'])('removes a tag list labelled "%s"', (label) => {
    const box = `<div class="t"><span>${label}</span><a href="/t/1">پاکستان</a><a href="/t/2">چین</a><a href="/t/3">برقی گاڑیاں</a></div>`;
    const { root } = clean([tagLists], `${PROSE_UR}${box}`);
    expect(root.querySelector('.t')).toBeNull();
  });

  it('removes runs of links to tag pages however labelled', () => {
    const { root } = clean([tagLists], `${PROSE_UR}<p class="t"><a href="/tag/a">الف</a>، <a href="/tag/b">ب</a></p>`);
    expect(root.querySelector('.t')).toBeNull();
  });

  it('keeps a single topic link inside a story sentence', () => {
    const p =
      '<p>A photographer posted to <a href="/topics/business/facebook-inc.htm">Facebook</a> and the photo drew thousands of angry replies overnight.</p>';
    const { text } = clean([tagLists], p, { lang: 'en' });
    expect(text).toContain('posted to Facebook and the photo');
  });

  it('removes a labelled run of category links (ExpressionEngine "درجا:"); keeps one category link in a sentence (trap)', () => {
    const html = `${PROSE_UR}<p class="c">درجا: <a href="/index.php/news/category/culture">ثقافت</a>، <a href="/index.php/news/category/karachi">ڪراچي</a></p>
      <p>TRAP ميلي بابت اسان جون سڀ رپورٽون <a href="/news/category/culture">ثقافت</a> واري حصي ۾ موجود آهن ۽ هر هفتي نيون رپورٽون شامل ٿين ٿيون.</p>`;
    const { root, text } = clean([tagLists], html, { lang: 'sd' });
    expect(root.querySelector('.c')).toBeNull();
    expect(text).toContain('TRAP ميلي بابت اسان جون سڀ رپورٽون ثقافت واري حصي ۾ موجود آهن');
  });
});
