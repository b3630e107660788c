import { describe, expect, it } from 'vitest';
import { photoCredits } from './photo-credits';
import { isCreditLine } from '../patterns/furniture';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('photo-credits', () => {
  it('recognises a credit line: a label and a short name, nothing more', () => {
    for (const t of [
      'منبع عکس: ایرنا',
      'تصوير: أحمد البلوشي',
      '(الصورة: خاص بمدار)',
      'Photo: AFP',
      'عکس: آرشیو پارس‌نگار',
      'فوٹو: اے پی پی',
    ])
      expect(isCreditLine(t), t).toBe(true);
    for (const t of ['عکس: این تصویر نشان می‌دهد که خیابان‌های شهر پس از باران کاملا خالی شده بود', 'الصورة', 'وقال: الصورة واضحة'])
      expect(isCreditLine(t), t).toBe(false);
  });

  it('removes credits beside a photo (Persian WordPress thumb caption, gallery figcaptions, K2 image block)', () => {
    const html = `<div class="post-thumbnail"><img src="a.jpg"><span class="thumb-caption">منبع عکس: ایرنا</span></div>
      <figure><img src="b.jpg"><figcaption><span class="caption">حرفي يعيد تركيب أحد الأبواب الخشبية الأصلية بعد معالجته من الرطوبة.</span><span class="credit">تصوير: أحمد البلوشي</span></figcaption></figure>
      <div class="itemImageBlock"><span class="itemImage"><img src="c.jpg"></span><span class="itemImageCredits">تصوير: وكالة الساحل للأنباء</span></div>${PROSE_UR}`;
    const { text, removed } = clean([photoCredits], html, { lang: 'fa' });
    for (const c of ['منبع عکس: ایرنا', 'تصوير: أحمد البلوشي', 'تصوير: وكالة الساحل']) expect(text).not.toContain(c);
    expect(text).toContain('حرفي يعيد تركيب أحد الأبواب الخشبية الأصلية');
    expect(removed).toHaveLength(3);
  });

  it('keeps a caption that says something and a credit-like line far from any photo (trap)', () => {
    const html = `<figure><img src="a.jpg"><figcaption>TRAP عکس: این تصویر نشان می‌دهد که خیابان‌های شهر پس از باران خالی شده بود</figcaption></figure>${PROSE_UR}<p>عکس: سه نفر</p>${PROSE_UR}`;
    const { text, removed } = clean([photoCredits], html, { lang: 'fa' });
    expect(text).toContain('TRAP عکس: این تصویر نشان');
    expect(text).toContain('عکس: سه نفر');
    expect(removed).toHaveLength(0);
  });
});
