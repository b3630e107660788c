import { describe, expect, it } from 'vitest';
import { promos } from './promos';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

describe('promos', () => {
  it('removes app-store badges with their call to action, and channel promos, by where they link', () => {
    const html = `${PROSE_AR}<div><p>حمّل تطبيق الجريدة</p><div><a href="https://play.google.com/store/apps/details?id=x"><img src="gp.png" alt="Google Play"></a><a href="https://apps.apple.com/app/id1"><img src="as.png"></a></div></div>
      <div><a href="https://whatsapp.com/channel/0029Va">PROMO-1 ہمارا چینل فالو کریں</a></div><p><a href="https://t.me/news_channel">PROMO-2 کانال ما را دنبال کنید</a></p>
      <div><a href="https://www.youtube.com/@news?sub_confirmation=1">PROMO-3 اشترك في قناتنا</a></div>`;
    const { text } = clean([promos], html, { lang: 'ar' });
    expect(text).not.toContain('حمّل تطبيق الجريدة');
    for (const n of [1, 2, 3]) expect(text).not.toContain(`PROMO-${n}`);
    expect(text).toContain('وقال وزير الصحة');
  });

  it('removes Iranian app-store and messenger promos and "follow us on Google News" links', () => {
    const html = `${PROSE_AR}<div><p>PROMO-4 اپلیکیشن را نصب کنید</p><a href="https://cafebazaar.ir/app/ir.site.app"><img src="b.png" alt="بازار"></a> <a href="https://myket.ir/app/ir.site.app"><img src="m.png" alt="مایکت"></a></div>
      <div><a href="https://eitaa.com/sitechannel">PROMO-5 ما را در ایتا دنبال کنید</a></div>
      <p><a href="https://news.google.com/publications/CAAqBwgKMKa7pwsw4rS_Aw"><img src="gn.png" alt=""> PROMO-6 گوگل نیوز پر فالو کریں</a></p>`;
    const { text } = clean([promos], html, { lang: 'ar' });
    for (const n of [4, 5, 6]) expect(text).not.toContain(`PROMO-${n}`);
    expect(text).toContain('وقال وزير الصحة');
  });

  it('removes a HubSpot call-to-action button in a blog body by its redirect host; keeps a story link to hubspot.com (trap)', () => {
    const html = `${PROSE_UR}<span class="hs-cta-wrapper" id="hs-cta-wrapper-1"><span class="hs-cta-node hs-cta-1"><a href="https://cta-redirect.hubspot.com/cta/redirect/21230987/7f3a" class="cta_button">PROMO-H رپورٹ مفت ڈاؤن لوڈ کریں</a></span></span>
      <div class="hs-cta-embed"><a href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=x">PROMO-I ابھی ڈیمو بک کریں</a></div>
      <p>TRAP کمپنی کی <a href="https://www.hubspot.com/state-of-marketing">سالانہ رپورٹ</a> کے مطابق چھوٹے کاروباروں میں ای میل مارکیٹنگ کا استعمال دو سال میں دوگنا ہو گیا ہے۔</p>`;
    const { text } = clean([promos], html);
    expect(text).not.toContain('PROMO-H');
    expect(text).not.toContain('PROMO-I');
    expect(text).toContain('TRAP کمپنی کی سالانہ رپورٹ کے مطابق');
  });

  it('keeps a story sentence that cites a store page or a channel (trap)', () => {
    const html = `${PROSE_UR}<p>TRAP کمپنی نے اپنی نئی ایپ <a href="https://play.google.com/store/apps/details?id=y">گوگل پلے اسٹور</a> پر جاری کی جسے پہلے ہفتے میں دس لاکھ سے زیادہ صارفین نے ڈاؤن لوڈ کیا۔</p>
      <p>TRAP-2 خبر <a href="https://news.google.com/publications/CAAqBwgKMKa7pwsw4rS_Aw">گوگل نیوز</a> اور <a href="https://eitaa.com/sitechannel">ایتا</a> پر بھی شائع ہوئی اور ایک دن میں لاکھوں صارفین تک پہنچی۔</p>`;
    const { text } = clean([promos], html);
    expect(text).toContain('TRAP کمپنی نے اپنی نئی ایپ گوگل پلے اسٹور پر جاری کی');
    expect(text).toContain('TRAP-2 خبر گوگل نیوز اور ایتا پر بھی شائع ہوئی');
  });

  it('removes a "follow us on X and Facebook" line by its profile links and closing verb; keeps a sentence citing an account (trap)', () => {
    const html = `${PROSE_UR}<div class="follow-box"><p>PROMO-F تازہ ترین اپ ڈیٹس کے لیے ہمیں <a href="https://x.com/watan">ایکس</a> اور <a href="https://facebook.com/watan">فیس بک</a> پر فالو کریں</p></div>
      <p>PROMO-G آخرین اخبار را در <a href="https://instagram.com/roznegar">اینستاگرام</a> دنبال کنید</p>
      <p>TRAP وزیر نے <a href="https://x.com/minister">ایکس</a> پر لکھا کہ مذاکرات کامیاب رہے۔</p>`;
    const { text } = clean([promos], html);
    expect(text).not.toContain('PROMO-F');
    expect(text).not.toContain('PROMO-G');
    expect(text).toContain('TRAP وزیر نے ایکس پر لکھا کہ مذاکرات کامیاب رہے۔');
  });

  it('removes an e-paper promo under the story by its link; keeps a story sentence that links the e-paper (trap)', () => {
    const html = `${PROSE_UR}<div class="epaper_promo"><a href="epaper.php"><img src="epaper_banner.jpg" alt=""></a><br>PROMO-E اڄ جو اخبار اي پيپر تي پڙهو</div>
      <p>TRAP اخبار نے بتایا کہ اس کے <a href="https://epaper.example.pk/">ای پیپر</a> کے قارئین کی تعداد گزشتہ سال دوگنی ہو گئی اور اب روزانہ لاکھوں لوگ اسے پڑھتے ہیں۔</p>`;
    const { text } = clean([promos], html);
    expect(text).not.toContain('PROMO-E');
    expect(text).toContain('TRAP اخبار نے بتایا کہ اس کے ای پیپر کے قارئین کی تعداد');
  });

  it("removes a support appeal ending with the link to the site's support page or a patronage platform; keeps story links to donate pages (traps)", () => {
    const html = `${PROSE_UR}<p class="support-box"><strong>APPEAL-1 پانی نامہ آزاد صحافت ہے۔</strong> ہم اشتہار نہیں لیتے۔ اگر یہ تحریر آپ کے کام کی تھی تو ماہانہ 500 روپے سے ہماری مدد کریں۔ <a href="https://example.com/support/">مدد کریں ←</a></p>
      <div><p>APPEAL-2 Independent journalism needs you. <a href="/donate">Support us</a>.</p></div>
      <p>APPEAL-3 ہمارے کام کو جاری رکھنے میں مدد کریں: <a href="https://www.patreon.com/examplenews">پیٹریون</a></p>
      <p>TRAP متاثرین کی مدد کے لیے ایدھی فاؤنڈیشن نے <a href="https://edhi.example.org/donate">عطیات کی اپیل</a> کی ہے جبکہ حکومت نے بھی امدادی کیمپ قائم کر دیے ہیں۔</p>
      <p>TRAP-2 تنظیم کی ویب سائٹ پر عطیات کا طریقہ درج ہے: <a href="https://edhi.example.org/donate">ایدھی</a></p>`;
    const { text } = clean([promos], html, { url: 'https://example.com/posts/karachi-water-meters/' });
    for (const n of [1, 2, 3]) expect(text).not.toContain(`APPEAL-${n}`);
    expect(text).toContain('TRAP متاثرین کی مدد کے لیے ایدھی فاؤنڈیشن نے عطیات کی اپیل کی ہے');
    expect(text).toContain('TRAP-2 تنظیم کی ویب سائٹ پر عطیات کا طریقہ درج ہے: ایدھی');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes a donation box whose same-site button says "support" in words, heading and sentence with it; keeps story links (traps)', () => {
    const box = `<div class="ccm-block-feature-link donate-box"><div class="text"><h4>APPEAL-3 از روزنامه‌نگاری مستقل حمایت کنید</h4><p>APPEAL-4 ما بدون آگهی دولتی منتشر می‌شویم.</p></div><div class="button"><a class="btn" href="/hemayat">حمایت مالی</a></div></div>`;
    const traps = `<p>TRAP-1 وزارت گفت مردم می‌توانند از طریق <a href="https://charity.example.org/x">حمایت مالی</a></p><p>TRAP-2 خبرنگار ما گزارش داد که این بنیاد صدها خانواده را پوشش می‌دهد و <a href="/farhang/other-story">حمایت مالی</a></p>`;
    const { text } = clean([promos], `${PROSE_UR}${box}${traps}`, { lang: 'fa', url: 'https://kabul.example.af/farhang/x' });
    expect(text).not.toContain('APPEAL-3');
    expect(text).not.toContain('APPEAL-4');
    // another site's page, and a same-site link ending a sentence longer than an appeal, stay
    expect(text).toContain('TRAP-1');
    expect(text).toContain('TRAP-2');
  });

  it("removes an appeal printed as its own section (a 'support us' heading and its sentences) right before the support button's block; keeps story sections under such words (traps)", () => {
    const button = `<table class="mcnButtonBlock"><tr><td><a class="mcnButton" href="https://sahar.example.af/support">ملاتړ وکړئ</a></td></tr></table>`;
    const appeal = `<table class="mcnTextBlock"><tr><td><h3>EVENTS-KEPT د دې اونۍ پېښې</h3><p>د شعر غونډه، جمعه ماښام.</p><h3>زموږ ملاتړ وکړئ</h3><p>APPEAL-5 کابل سهار د لوستونکو په مرسته چلیږي. یو کوچنی میاشتنی ملاتړ وکړئ.</p></td></tr></table>`;
    const url = 'https://sahar.example.af/campaign/x';
    const { text } = clean([promos], `${PROSE_UR}${appeal}${button}`, { lang: 'ps', url });
    expect(text).not.toContain('زموږ ملاتړ وکړئ');
    expect(text).not.toContain('APPEAL-5');
    expect(text).toContain('EVENTS-KEPT');
    // The archive on the mailer's host: the publisher's support button is on another host (words and path both say so).
    const mailer = clean([promos], `${PROSE_UR}${appeal}${button}`, {
      lang: 'ps',
      url: 'https://us14.campaign-archive.example.com/?u=1',
    }).text;
    expect(mailer).not.toContain('APPEAL-5');
    // …but another host's link in support words to a page that is not a support page is no button of the site.
    const charity = button.replace('https://sahar.example.af/support', 'https://charity.example.org/flood-camp');
    expect(
      clean([promos], `${PROSE_UR}${appeal}${charity}`, { lang: 'ps', url: 'https://us14.campaign-archive.example.com/?u=1' }).text,
    ).toContain('APPEAL-5');
    // Trap 1: the same heading over a story section longer than an appeal, then the button: kept.
    const story = `<h3>زموږ ملاتړ وکړئ</h3><p>TRAP-3 ${PROSE_UR.replace(/<\/?p>/g, '')}</p>`;
    expect(clean([promos], `${PROSE_UR}${story}${button}`, { lang: 'ps', url }).text).toContain('TRAP-3');
    // Trap 2: a short section under the words with no support button after it: kept.
    const alone = `<h3>ہماری مدد کریں</h3><p>TRAP-4 سیلاب زدگان نے کہا کہ ان کے پاس خیمے نہیں ہیں۔</p>`;
    expect(clean([promos], `${PROSE_UR}${alone}${PROSE_UR}`, { lang: 'ur', url }).text).toContain('TRAP-4');
    // Trap 3: text between the section and the button (another block): the section is kept.
    const apart = `<h3>زموږ ملاتړ وکړئ</h3><p>TRAP-5 لنډه جمله.</p></td></tr></table><p>${PROSE_UR.replace(/<\/?p>/g, '')}</p>`;
    expect(clean([promos], `${PROSE_UR}<table><tr><td>${apart}${button}`, { lang: 'ps', url }).text).toContain('TRAP-5');
  });
});
