import { describe, expect, it } from 'vitest';
import { disclaimers } from './disclaimers';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('disclaimers', () => {
  it.each([
    'ادارہ اردوپوائنٹ کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں ہے۔',
    'الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.',
    // An Arabic opinion page's note under the column (plural "آراء كتّابها", "لا تعكس").
    'المقالات المنشورة في هذه الصفحة تعبّر عن آراء كتّابها ولا تعكس بالضرورة رأي الصحيفة.',
    // A Persian opinion page's note under the column (Bolt CMS theme's p.record-disclaimer).
    'یادداشت‌ها بیانگر دیدگاه نویسندگان است و لزوماً دیدگاه نگاه نو نیست.',
    // Calls for news tips under the story (PMC's pmc-tip-line, a Jimdo news blog's closing line).
    'لديك معلومة أو قصة؟ راسل فريق التحرير بسرية تامة.',
    'هل لديك خبر من قريتك؟ أرسله لنا عبر صفحة التواصل وسننشره بعد التحقق.',
    'Got a tip? Contact our newsroom confidentially at tips@example.com.',
    'The views expressed in this article are the author’s own and do not necessarily reflect our editorial stance.',
  ])('removes "%s"', (d) => {
    const { text } = clean([disclaimers], `${PROSE_UR}<p class="note">${d}</p>`);
    expect(text).not.toContain(d.slice(0, 30));
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes the licence box under a post (Zola/Hugo Even, Hexo NexT .post-copyright); keeps a long paragraph in one and a story line about reprints (traps)', () => {
    const box = `<div class="post-copyright"><p class="copyright-item"><span class="item-title">لیکوال</span> <span class="item-content">ګل رحمان</span></p><p class="copyright-item"><span class="item-title">د خپرولو حق</span> <span class="item-content">LICENCE د دې مطلب بیا خپرول یوازې د سرچینې په یادولو سره روا دي.</span></p></div>`;
    const trap = `<p>TRAP-1 د دې مطلب بیا خپرول یوازې د سرچینې په یادولو سره روا دي، د اخبار مدیر وویل.</p><div class="post-copyright"><p>TRAP-2 ${'ب'.repeat(130)}</p></div>`;
    const { text } = clean([disclaimers], `${PROSE_UR}${box}${trap}`);
    expect(text).not.toContain('LICENCE');
    expect(text).toContain('TRAP-1 د دې مطلب');
    expect(text).toContain('TRAP-2');
  });

  it.each([
    // Tilda's T657 cookie bar (inside the page's records, next to the story's blocks)
    'ہم اس سائٹ پر کوکیز استعمال کرتے ہیں۔ سائٹ استعمال کرتے رہنے سے آپ ہماری پالیسی سے متفق ہیں۔',
    // HubSpot's hs-eu-cookie-confirmation wording, in Urdu and English
    'یہ ویب سائٹ آپ کے کمپیوٹر پر کوکیز محفوظ کرتی ہے تاکہ آپ کے تجربے کو بہتر بنایا جا سکے۔',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.',
    'نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على سياسة الخصوصية.',
  ])('removes the cookie notice "%s"', (d) => {
    const { text } = clean([disclaimers], `${PROSE_UR}<div class="t657__text">${d}</div>`);
    expect(text).not.toContain(d.slice(0, 30));
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps story sentences about cookies: a bakery quote, a story on cookie rules (traps)', () => {
    const traps = [
      'ہم روزانہ پانچ سو کوکیز بناتے ہیں اور ہمارا تجربہ ہے کہ سردیوں میں ان کی مانگ دوگنی ہو جاتی ہے۔',
      'حکومت نے کہا کہ ہر ویب سائٹ کو کوکیز کے لیے صارف کی رضامندی لینا ہوگی اور اپنی پالیسی واضح کرنی ہوگی۔',
    ];
    const { text } = clean([disclaimers], `${PROSE_UR}${traps.map((t) => `<p>${t}</p>`).join('')}`);
    for (const t of traps) expect(text).toContain(t.slice(0, 40));
  });

  it('keeps a story paragraph that quotes such words at length', () => {
    const p = `<p>وقال المتحدث باسم الحكومة إن تصريحات الوزير لا تعبر عن رأي الحكومة الرسمي، مشيرا إلى أن مجلس الوزراء سيعقد اجتماعا طارئا الأسبوع المقبل لمناقشة الأزمة الاقتصادية وتداعياتها على المواطنين في جميع المحافظات، وأن القرار النهائي سيصدر بعد التشاور مع البرلمان ومع النقابات المهنية ومنظمات المجتمع المدني.</p>`;
    const { text } = clean([disclaimers], p, { lang: 'ar' });
    expect(text).toContain('لا تعبر عن رأي الحكومة');
  });

  it('keeps a story sentence that opens with a question about news and goes on to someone sending it', () => {
    const trap = 'هل لديك خبر عن ابني؟ سألت الأم كل متطوع، فأرسل لها أحدهم صورة التقطها قرب الميناء.';
    const { text } = clean([disclaimers], `${PROSE_UR}<p>${trap}</p>`, { lang: 'ar' });
    expect(text).toContain('هل لديك خبر عن ابني؟');
  });

  it("keeps a Persian review's sentence that a novel reflects its author's view (trap)", () => {
    const trap = 'منتقدان می‌گویند این رمان بیانگر دیدگاه نویسنده درباره جنگ و مهاجرت است و خواننده را تا پایان همراه می‌کند.';
    const { text } = clean([disclaimers], `${PROSE_UR}<p>${trap}</p>`, { lang: 'fa' });
    expect(text).toContain('بیانگر دیدگاه نویسنده درباره جنگ');
  });

  it('keeps a short Persian story sentence saying a letter does not reflect the government view', () => {
    const trap = 'سخنگوی دولت گفت این نامه بیانگر دیدگاه دولت نیست و نویسنده آن فقط نظر شخصی خود را نوشته است.';
    const { text } = clean([disclaimers], `${PROSE_UR}<p>${trap}</p>`, { lang: 'fa' });
    expect(text).toContain('بیانگر دیدگاه دولت نیست');
  });

  it('keeps a short story sentence saying statements do not reflect a government view', () => {
    const trap = 'وقال الوزير إن هذه التصريحات لا تعكس بالضرورة رأي الحكومة، بل تعبر عن آراء أصحابها في الحزب.';
    const { text } = clean([disclaimers], `${PROSE_UR}<p>${trap}</p>`, { lang: 'ar' });
    expect(text).toContain('لا تعكس بالضرورة رأي الحكومة');
  });
});
