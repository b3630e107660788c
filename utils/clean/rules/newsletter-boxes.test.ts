import { describe, expect, it } from 'vitest';
import { newsletterBoxes } from './newsletter-boxes';
import { clean, PROSE_AR } from '../../../tests/helpers/clean';

describe('newsletter-boxes', () => {
  it.each([
    '<div><p>اشترك في النشرة البريدية لتصلك أهم الأخبار</p><input type="email"></div>',
    '<p class="follow"><a href="https://news.google.com/x">تابعوا أخبار الإمارات من البيان عبر غوغل نيوز</a></p>',
    '<p>ہمارا واٹس ایپ چینل جوائن کریں اور ہر وقت باخبر رہیں</p>',
    '<p>Get the latest updates right in your inbox. <a href="/newsletters">Subscribe to our newsletters</a></p>',
  ])('removes %s', (box) => {
    const { text } = clean([newsletterBoxes], `${PROSE_AR}${box}`, { lang: 'ar' });
    expect(text).not.toMatch(/اشترك في النشرة|تابعوا أخبار|واٹس ایپ چینل|Subscribe to our/);
    expect(text).toContain('وزير الصحة');
  });

  it('keeps a story sentence that mentions following the news', () => {
    const p =
      '<p>وقال المتحدث إن المواطنين تابعوا أخبار الفيضانات عبر الإذاعة المحلية بعد انقطاع الكهرباء عن معظم أحياء المدينة لساعات طويلة.</p>';
    const { text } = clean([newsletterBoxes], p, { lang: 'ar' });
    expect(text).toContain('تابعوا أخبار الفيضانات');
  });
});
