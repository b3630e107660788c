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

  it('takes the call to action of a sign-up button box (Payload CallToAction, Salient nectar-cta); keeps a short story paragraph above a sign-up button and a paragraph longer than a line beside one (traps)', () => {
    const html = `${PROSE_AR}<div class="CallToActionBlock_cta"><div class="bg-card"><div><p>CTA-1 Get transport alerts for your commute straight to your phone.</p></div><div><a href="/alerts">Sign up for alerts</a></div></div></div>
      <div class="nectar-cta"><h5><span>CTA-2 هل أعجبك المقال؟</span> <span class="link_wrap"><a href="/newsletter/">اشترك في نشرة الرأي الأسبوعية</a></span></h5></div>
      <div class="body">${PROSE_AR}<p>TRAP-1 Repairs are expected to take four days.</p><p><a href="/alerts">Sign up for alerts</a></p></div>
      <div class="post-end"><p>TRAP-2 The replacement buses will keep running until the ferry passes a second inspection next week.</p><a href="/alerts">Sign up</a></div>`;
    const { text } = clean([newsletterBoxes], html, { lang: 'ar' });
    expect(text).not.toContain('CTA-1');
    expect(text).not.toContain('CTA-2');
    expect(text).not.toContain('نشرة الرأي');
    expect(text).toContain('TRAP-1 Repairs are expected to take four days.');
    expect(text).toContain('TRAP-2 The replacement buses will keep running until the ferry passes a second inspection next week.');
  });

  it('keeps a story sentence that mentions following the news', () => {
    const p =
      '<p>وقال المتحدث إن المواطنين تابعوا أخبار الفيضانات عبر الإذاعة المحلية بعد انقطاع الكهرباء عن معظم أحياء المدينة لساعات طويلة.</p>';
    const { text } = clean([newsletterBoxes], p, { lang: 'ar' });
    expect(text).toContain('تابعوا أخبار الفيضانات');
  });

  it('removes a messenger-channel notice without a link (Sindhi, Persian, English); keeps story lines about WhatsApp and Telegram (traps)', () => {
    const html = `${PROSE_AR}<div class="notices yellow"><p>PROMO-SD ٿر نيوز جون خبرون هاڻي واٽس ايپ تي به. اسان جو نمبر پنهنجي فون ۾ محفوظ ڪريو.</p></div>
      <p>PROMO-FA اخبار فوری را در کانال ما در تلگرام ببینید</p>
      <p>PROMO-EN Join our WhatsApp channel for breaking news.</p>
      <p>TRAP-SD ڳوٺاڻن اسان جي نمائندي کي واٽس ايپ تي مري ويل مورن جون وڊيوز موڪليون.</p>
      <p>TRAP-EN Protesters joined WhatsApp groups to share the route of the march.</p>
      <p>TRAP-Q “Our number was shared on WhatsApp groups,” said the helpline's director.</p>`;
    const { text } = clean([newsletterBoxes], html, { lang: 'sd' });
    expect(text).not.toMatch(/PROMO-/);
    for (const trap of ['TRAP-SD ڳوٺاڻن اسان جي نمائندي', 'TRAP-EN Protesters joined', 'TRAP-Q “Our number']) expect(text).toContain(trap);
  });

  it('removes a "follow us on Google News" box without a link (Sindhi, Urdu); keeps story sentences about Google News (traps)', () => {
    const html = `${PROSE_AR}<div class="gb-container"><p class="gb-headline">📰 اسان کي گوگل نيوز تي فالو ڪريو ۽ سنڌ جون تازيون خبرون سڀ کان پهرين حاصل ڪريو</p></div>
      <p>PROMO-U تازہ ترین خبروں کے لیے ہمیں گوگل نیوز پر فالو کریں</p>
      <p>TRAP گوگل نیوز نے اعلان کیا ہے کہ پاکستانی صارفین اب اردو اخبارات کو براہ راست فالو کر سکیں گے۔</p>
      <p>TRAP-2 گوگل نیوز پر شائع ہونے والی یہ رپورٹ ایک دن میں لاکھوں لوگوں تک پہنچی۔</p>`;
    const { text } = clean([newsletterBoxes], html, { lang: 'sd' });
    expect(text).not.toContain('اسان کي گوگل نيوز تي فالو ڪريو');
    expect(text).not.toContain('PROMO-U');
    expect(text).toContain('TRAP گوگل نیوز نے اعلان کیا ہے کہ پاکستانی صارفین اب اردو اخبارات کو براہ راست فالو کر سکیں گے۔');
    expect(text).toContain('TRAP-2 گوگل نیوز پر شائع ہونے والی یہ رپورٹ');
  });
});
