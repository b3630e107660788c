import { describe, expect, it } from 'vitest';
import { photoCredits } from './photo-credits';
import { creditTail, hasPhotoCredit, isCreditLine } from '../patterns/furniture';
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

  it('finds a short credit closing a caption in every script, and only there', () => {
    const cases: [string, string][] = [
      ['کے فور نہر کا ایک حصہ — فوٹو: آن لائن', '— فوٹو: آن لائن'],
      ['حیدر علی اپنی ورکشاپ میں (تصویر: رنگ نگر)', '(تصویر: رنگ نگر)'],
      ['بار وړونکي موټرونه. انځور: د پښتون غږ / ارشیف', 'انځور: د پښتون غږ / ارشیف'],
      ['ويران ٿيل زمين. فوٽو: سنڌ سويل', 'فوٽو: سنڌ سويل'],
      ['مصر کی ایک گلی۔ عکس: ایرنا', 'عکس: ایرنا'],
      ['Fishermen at dawn. Photo: AFP', 'Photo: AFP'],
      // A full-width colon is a colon (the colon test run before the pattern takes both).
      ['港の朝の漁師たち。 Photo：AFP', 'Photo：AFP'],
    ];
    for (const [t, credit] of cases) expect(creditTail(t)?.text, t).toBe(credit);
    for (const t of [
      'تصویر: وزیر اعلیٰ سندھ تھر کے دورے کے دوران ایک اسکول میں بچوں سے بات کر رہے ہیں',
      'وزیر نے کہا: مذاکرات کامیاب رہے',
      'A man walks past the photo: a study in grey and blue tones by the artist',
    ])
      expect(creditTail(t), t).toBeNull();
  });

  it('sees a credit label with either colon, and none without one', () => {
    for (const t of ['منظر، فوٹو: آن لائن', 'Photo: AFP', 'Photo：AFP', '(عکس：ایرنا)']) expect(hasPhotoCredit(t), t).toBe(true);
    for (const t of ['Photo AFP', 'فوٹو آن لائن', 'photographs: a study']) expect(hasPhotoCredit(t), t).toBe(false);
  });

  it('finds the credit of a long caption, and past the white space a page leaves after it', () => {
    // Run over the whole text, the pattern backtracked for minutes on such captions (engadget).
    const long = `${'ایک طویل کیپشن کا جملہ، '.repeat(200)}منظر — فوٹو: آن لائن`;
    expect(creditTail(long)?.text).toBe('— فوٹو: آن لائن');
    expect(creditTail(`${long}${' \n\t'.repeat(20_000)}`)?.text).toBe('— فوٹو: آن لائن');
    expect(creditTail(`Gadgets of the year ${' '.repeat(20_000)} more words`)).toBeNull();
    // Cut at a word's middle, the search's start is not the caption's start (trap).
    const glued = `${'x'.repeat(200)}Photo: AFP`;
    expect(creditTail(glued)).toBeNull();
  });

  it('cuts the credit from captions (figcaption, a caption class, a figure line) and keeps the caption', () => {
    const html = `${PROSE_UR}<figure><img src="a.jpg"><figcaption class="wp-caption-text">CAP-1 نہر کا ایک حصہ — فوٹو: آن لائن</figcaption></figure>
      <div class="featured"><img src="b.jpg"><p class="wp-caption-text">CAP-2 موټرونه. انځور: <a href="/x">د پښتون غږ</a> / ارشیف</p></div>
      <div class="news_image"><img src="c.jpg"><span class="img_caption">CAP-3 پل جو هڪ منظر. (فوٽو: سجاڳي)</span></div>
      <figure><img src="d.jpg"><figcaption>فوٹو: اے ایف پی</figcaption></figure>`;
    const { text, removed, root } = clean([photoCredits], html, { phase: 'post' });
    expect(text).toContain('CAP-1 نہر کا ایک حصہ');
    expect(text).toContain('CAP-2 موټرونه.');
    expect(text).toContain('CAP-3 پل جو هڪ منظر.');
    for (const t of ['فوٹو: آن لائن', 'انځور', 'ارشیف', 'فوٽو', 'اے ایف پی']) expect(text).not.toContain(t);
    expect(removed).toHaveLength(4);
    expect(root.getElementsByTagName('img')).toHaveLength(4);
  });

  it('keeps a caption that starts with the label and describes the picture, and a story paragraph that ends with a credit (traps)', () => {
    const html = `${PROSE_UR}<figure><img src="a.jpg"><figcaption>TRAP تصویر: وزیر اعلیٰ سندھ تھر کے دورے کے دوران ایک اسکول میں بچوں سے بات کر رہے ہیں</figcaption></figure>
      <p>TRAP-2 نمائش میں وہ تصویر بھی رکھی گئی جس نے انعام جیتا (تصویر: رنگ نگر)</p>`;
    const { text, removed } = clean([photoCredits], html, { phase: 'post' });
    expect(text).toContain('TRAP تصویر: وزیر اعلیٰ سندھ تھر کے دورے کے دوران');
    expect(text).toContain('TRAP-2 نمائش میں وہ تصویر بھی رکھی گئی جس نے انعام جیتا (تصویر: رنگ نگر)');
    expect(removed).toEqual([]);
  });

  it("cuts the credit from a Markdown image's line (`<p><img><br><em>…</em></p>`, Jekyll, Hugo), not from an emphasised phrase in prose (trap)", () => {
    const html = `${PROSE_UR}<p class="lead-image"><img src="/t.jpg" alt=""><br><em>CAP-M تورخم ته نږدې د موټرو کتار. انځور: خیبر ورځپاڼه / شاهد افریدي</em></p>
      <p><a href="/big.jpg"><img src="/s.jpg"></a><br><i>CAP-N پل کا منظر۔ فوٹو: عمیر قاضی</i></p>
      <p>TRAP-M بازار میں <em>یہ تصویر: رنگ نگر</em> والی نمائش کا پوسٹر ہر دکان پر لگا تھا اور لوگ اس کے بارے میں پوچھتے رہے۔</p>`;
    const { text, root } = clean([photoCredits], html, { phase: 'post' });
    expect(text).toContain('CAP-M تورخم ته نږدې د موټرو کتار.');
    expect(text).toContain('CAP-N پل کا منظر۔');
    expect(text).not.toContain('شاهد افریدي');
    expect(text).not.toContain('عمیر قاضی');
    expect(text).toContain('TRAP-M بازار میں یہ تصویر: رنگ نگر والی نمائش');
    expect(root.getElementsByTagName('img')).toHaveLength(2);
  });
});
