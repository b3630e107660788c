import { describe, expect, it } from 'vitest';
import { adLabels } from './ad-labels';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('ad-labels', () => {
  it.each(['اشتہار', 'إعلان', 'تبلیغات', 'פרסומת', 'Advertisement', '- Advertisement -'])(
    'removes the label "%s" with its wrapper',
    (label) => {
      const { text, removed } = clean([adLabels], `${PROSE_UR}<div class="x"><span>${label}</span></div>${PROSE_UR}`);
      expect(text).not.toContain(label.replace(/^- | -$/g, ''));
      expect(removed[0]?.rule).toBe('ad-labels');
    },
  );

  it('removes marked ad slots (AdSense, GPT) without a label', () => {
    const { root } = clean([adLabels], `${PROSE_UR}<ins class="adsbygoogle">x</ins><div id="div-gpt-ad-123">ad</div>`);
    expect(root.querySelector('ins, [id^="div-gpt-ad"]')).toBeNull();
  });

  it("removes a labelled box whose images link off the site (Bridge's qode-advertising, Voice's vce-ad); keeps a labelled box's story photo that links to the site, and a credited photo beside a label (traps)", () => {
    const html = `${PROSE_UR}<div class="qode-advertising"><span class="qode-advertising-label">آگهی</span><a href="https://ads.example.ir/click?id=1"><img src="https://site.example/ads/banner.jpg" alt="AD-1 pharmacy"></a></div>
      <div class="vce-ad"><div class="vce-ad-label">إعلان</div><a href="https://bet.example.tn/"><img src="https://site.example/ads/300x250.png" alt=""></a></div>
      <div class="wrap"><a href="https://example.com/uploads/photo-1.jpg"><img src="https://example.com/uploads/photo-1.jpg" alt="TRAP-1"></a><span>Advertisement</span></div>
      <div class="wrap"><img src="https://example.com/uploads/photo-2.jpg" alt="TRAP-2"><span>إعلان</span></div>${PROSE_UR}`;
    const { root } = clean([adLabels], html, { url: 'https://example.com/news/1' });
    const srcs = [...root.querySelectorAll('img')].map((i) => i.getAttribute('alt'));
    expect(srcs).toEqual(['TRAP-1', 'TRAP-2']);
  });

  it('keeps a sentence that mentions an advertisement', () => {
    const p = '<p>کمپنی نے اخبار میں اشتہار دیا جس میں نئی ملازمتوں کا اعلان کیا گیا تھا اور درخواستیں طلب کی گئی تھیں۔</p>';
    const { text } = clean([adLabels], p);
    expect(text).toContain('اخبار میں اشتہار دیا');
  });

  it('keeps an "ad" box that holds story paragraphs (mislabelled)', () => {
    const { text } = clean([adLabels], `<div class="advertisement">${PROSE_UR}</div>`);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes the close / skip / report controls of an ad slot; keeps a story sentence about closing ads (trap)', () => {
    const html = `${PROSE_UR}<div class="ad"><small>اشتہار</small><div id="gpt-in-article-1"></div><small class="ad-close">اشتہار بند کریں ✕</small></div>
      <div><button>Skip ad</button><span>إغلاق الإعلان</span></div>
      <p>TRAP پیمرا نے ٹی وی چینلز کو حکم دیا کہ خبرنامے کے دوران اشتہار بند کریں اور ناظرین کی شکایات پر فوری توجہ دیں۔</p>`;
    const { text } = clean([adLabels], html);
    expect(text).not.toContain('اشتہار بند کریں ✕');
    expect(text).not.toContain('Skip ad');
    expect(text).not.toContain('إغلاق الإعلان');
    expect(text).toContain('TRAP پیمرا نے ٹی وی چینلز کو حکم دیا کہ خبرنامے کے دوران اشتہار بند کریں');
  });

  it('removes the ad box whole when it holds a marked slot: its label and the "continue below" note; keeps a story sentence about ads (trap)', () => {
    const ad = `<div class="a-wrap a-wrap-base"><div class="label">إعلان</div><div class="adsbygoogle" data-ad-slot="1"></div><span class="ad-continue">NOTE-1 تابع القراءة أسفل الإعلان</span></div>`;
    const trap = `<div class="box"><p>إعلان</p><p>TRAP تابع القراءة أسفل الإعلان عن الخطة الجديدة كما نشرتها الوزارة صباح اليوم.</p></div>`;
    const { text } = clean([adLabels], `${PROSE_UR}${ad}${trap}`, { lang: 'ar' });
    expect(text).not.toContain('NOTE-1');
    // a box with no marked slot loses only its label
    expect(text).toContain('TRAP تابع القراءة أسفل الإعلان عن الخطة');
  });

  it('removes the Sindhi and Urdu "sponsored" label of an in-article banner; keeps a story sentence that uses the word (trap)', () => {
    const html = `${PROSE_UR}<div class="inline-ad"><span>اسپانسر ٿيل</span><a href="https://sponsor.example/"><img src="/b.gif"></a></div>
      <div><small>اسپانسرڈ</small></div>
      <p>TRAP ميلي ۾ هڪ اسپانسر ٿيل مشاعرو به ٿيو، جنهن ۾ ملڪ ڀر مان 40 شاعرن شرڪت ڪئي.</p>`;
    const { text } = clean([adLabels], html, { lang: 'sd' });
    expect(text).not.toMatch(/^اسپانسر|اسپانسرڈ/);
    expect(text).toContain('TRAP ميلي ۾ هڪ اسپانسر ٿيل مشاعرو به ٿيو');
    expect(text.match(/اسپانسر ٿيل/g)).toHaveLength(1);
  });
});
