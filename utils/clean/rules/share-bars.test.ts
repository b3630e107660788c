import { describe, expect, it } from 'vitest';
import { shareBars } from './share-bars';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('share-bars', () => {
  it('removes a bar of share links with its prompt and count', () => {
    const bar = `<div class="post-x"><span>شیئر کریں</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">فیس بک</a><a href="https://twitter.com/intent/tweet?url=x">ٹوئٹر</a><a href="whatsapp://send?text=x">واٹس ایپ</a><span>12 shares</span></div>`;
    const { text, root } = clean([shareBars], `${PROSE_UR}${bar}`);
    expect(root.querySelector('.post-x')).toBeNull();
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it.each(['فیس بک پر شیئر کریں', 'شارك الخبر', 'انسخ الرابط', 'اشتراک گذاری', 'شریکول', 'شيئر ڪريو', 'لنک کاپی کریں'])(
    'removes the prompt "%s"',
    (label) => {
      const { text } = clean([shareBars], `${PROSE_UR}<div><span>${label}</span></div>`);
      expect(text).not.toContain(label);
    },
  );

  it('keeps "Facebook" when it is a word of a sentence (yahoo-3: posted to <a>Facebook</a>)', () => {
    const p =
      '<p>A photographer posted to <a href="/topics/facebook-inc.htm">Facebook</a> started an online backlash over the picture.</p>';
    const { text } = clean([shareBars], p, { lang: 'en' });
    expect(text).toContain('posted to Facebook started an online backlash');
  });

  it('removes an action bar whose buttons link nowhere (Brightspot: فيسبوك / إكس / نسخ الرابط) and a Pashto share box', () => {
    const html = `${PROSE_UR}<ul class="ActionBar-items"><li><a href="#">فيسبوك</a></li><li><a href="#">إكس</a></li><li><a href="#">نسخ الرابط</a></li></ul>
      <div class="share--box"><span class="label">شریکول</span><ul><li><a href="#">فیسبوک</a></li><li><a href="mailto:?body=x">برېښنالیک</a></li></ul></div>`;
    const { text } = clean([shareBars], html, { lang: 'ar' });
    for (const w of ['إكس', 'نسخ الرابط', 'شریکول', 'برېښنالیک']) expect(text).not.toContain(w);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes an Urdu "share this story" title with its buttons (Tilda share block); keeps a story sentence asking to share (trap)', () => {
    const html = `${PROSE_UR}<div class="t223"><div class="t-width"><div class="t223__title t-name">اس کہانی کو شیئر کریں</div><div class="t-share"><a class="t-share__link" href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a class="t-share__link" href="https://api.whatsapp.com/send?text=x">WhatsApp</a></div></div></div>
      <p>TRAP پولیس نے شہریوں سے اپیل کی کہ اس خبر کو شیئر کریں تاکہ لاپتہ بچے کے والدین تک اطلاع پہنچ سکے۔</p>`;
    const { text } = clean([shareBars], html);
    expect(text).not.toContain('اس کہانی کو شیئر کریں');
    expect(text).toContain('TRAP پولیس نے شہریوں سے اپیل کی کہ اس خبر کو شیئر کریں');
  });

  it('keeps "X" and "شیئر" as words of story sentences (trap)', () => {
    const p = `<p>TRAP کمپنی نے اپنے شیئر <a href="/tag/x">ایکس</a> پر بیچنے کا اعلان کیا اور سرمایہ کاروں نے اس کا خیر مقدم کیا۔</p>`;
    const { text } = clean([shareBars], `${PROSE_UR}${p}`);
    expect(text).toContain('TRAP کمپنی نے اپنے شیئر ایکس پر بیچنے کا اعلان کیا');
  });

  it("removes Substack's in-post share button (?action=share) and keeps a sentence about sharing with a link (trap)", () => {
    const html = `<p>TRAP Share counts on social platforms dropped, as <a href="https://example.com/p/share-counts?utm_source=x">our earlier piece</a> showed in detail.</p><p class="button-wrapper"><a class="button primary" href="https://memo.substack.com/p/x?utm_source=substack&amp;utm_content=share&amp;action=share"><span>Share The Desk Memo</span></a></p>`;
    const { text } = clean([shareBars], `${PROSE_UR}${html}`, { lang: 'en' });
    expect(text).not.toContain('Share The Desk Memo');
    expect(text).toContain('TRAP Share counts on social platforms dropped, as our earlier piece showed');
  });

  it('removes an Arabic short-link label; keeps a story sentence about a short link (trap)', () => {
    const box = `<div class="blog-post-shortlink"><span class="uk-text-meta">رابط مختصر:</span> <code>site.example/n/2817</code></div>`;
    const trap = `<p>TRAP وقالت الوزارة إن الرابط المختصر الذي نشرته على حسابها كان مزيفا ويقود إلى موقع احتيالي.</p>`;
    const { text } = clean([shareBars], `${PROSE_UR}${box}${trap}`, { lang: 'ar' });
    expect(text).not.toContain('رابط مختصر:');
    expect(text).toContain('TRAP وقالت الوزارة إن الرابط المختصر');
  });

  it("removes this page's short link printed bare; keeps another site's URL and a sentence with this site's URL (traps)", () => {
    const html = `${PROSE_UR}<div class="blog-post-shortlink"><span>رابط مختصر:</span> <code>example.com/n/2817</code></div>
      <p><code>who.int/news/item/2026-dengue</code></p>
      <p>TRAP-2 سجّلوا عبر example.com/register قبل نهاية الشهر.</p>`;
    const { text } = clean([shareBars], html, { url: 'https://www.example.com/news/1' });
    expect(text).not.toContain('example.com/n/2817');
    expect(text).not.toContain('رابط مختصر');
    expect(text).toContain('who.int/news/item/2026-dengue');
    expect(text).toContain('TRAP-2 سجّلوا عبر example.com/register');
  });
});
