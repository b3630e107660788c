import { describe, expect, it } from 'vitest';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';
import { captionsAsParagraphs, galleryIntoStory, holdsCaptionGallery, informativeCaptions } from './captions';

const CAPTIONS = [
  'المدخل الرئيسي للسوق بعد إزالة اللوحات الإعلانية التي كانت تغطي الواجهة الحجرية منذ عقود.',
  'حرفي يعيد تركيب أحد الأبواب الخشبية الأصلية بعد معالجته من الرطوبة والحشرات.',
  'الأسقف الجديدة من جذوع النخيل والحصير تسمح بمرور الهواء وتخفض الحرارة داخل الممرات.',
  'ممر العطارين حافظ على ترتيبه القديم، وأضيفت إليه لوحات تعريفية بالعربية والإنجليزية.',
  'ورشة لصناعة السفن الخشبية الصغيرة، وهي واحدة من ثلاث ورش مفتوحة للجمهور أثناء العمل.',
  'أحد المحال التي لم يكتمل ترميمها بعد؛ وتقول الهيئة إن المرحلة التالية ستشمل الجناح الشمالي.',
];

describe('captionsAsParagraphs', () => {
  it('puts an informative caption in a paragraph; leaves short labels and linked teaser captions alone (trap)', () => {
    const doc = parsePage(
      `<!doctype html><body><figure><img src="a.jpg"><figcaption>${CAPTIONS[0]}</figcaption></figure><figure><img src="b.jpg"><figcaption>تصوير: أحمد</figcaption></figure><figure><img src="c.jpg"><figcaption><a href="/2026/11/28/other-story-slug-here/">${CAPTIONS[1]}</a></figcaption></figure></body>`,
      null,
    ).window.document;
    expect(captionsAsParagraphs(doc.body)).toBe(1);
    expect(doc.querySelectorAll('figcaption > p')).toHaveLength(1);
    expect(doc.querySelector('figcaption > p')!.textContent).toBe(CAPTIONS[0]);
  });

  // Readability drops a block with more images than twice its paragraphs (and fewer than ten commas)
  // when what is left still has 500+ characters; below that it retries without the check.
  it("keeps a photo story's captions through Readability (a gallery of figures without paragraphs in the story's body)", () => {
    const captions = Array.from(
      { length: 6 },
      (_, i) => `صورة رقم ${i} تظهر المدخل الرئيسي للسوق بعد إزالة اللوحات الإعلانية التي كانت تغطي الواجهة.`,
    );
    const gallery = captions
      .map((c, i) => `<div class="gallery-item"><figure><img src="/p${i}.jpg"><figcaption><span>${c}</span></figcaption></figure></div>`)
      .join('');
    const p =
      '<p>بعد ثلاث سنوات من أعمال الترميم، أعاد سوق الحرفيين القديم في قلب المدينة فتح أبوابه أمام الزوار مطلع الأسبوع، في حفل حضره عدد من المسؤولين وأصحاب المحال الذين غادروا السوق مؤقتا خلال فترة الأشغال.</p>';
    const html = `<!doctype html><html lang="ar"><head><title>بالصور</title></head><body><article><h1>بالصور: سوق الحرفيين</h1><div class="article-content">${p}${p}${p}<div class="gallery">${gallery}</div></div></article></body></html>`;
    const r = extractFile(html, 'https://x.example/ar/photos/2026/12/02/old-craft-souq-restoration');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const c of captions) expect(r.article.text).toContain(c);
  });
});

describe('galleryIntoStory: a photo series in its own box beside the story', () => {
  const UR_CAPTIONS = [
    'سیلاب کے بعد گاؤں کے لوگ کشتیوں کے ذریعے اپنا سامان محفوظ مقامات تک پہنچا رہے ہیں۔',
    'امدادی کیمپ میں بچوں کو صاف پانی کی بوتلیں اور خشک راشن تقسیم کیا جا رہا ہے۔',
    'ڈوبی ہوئی کپاس کی فصل کو دیکھتا ایک کسان جس کا کہنا ہے کہ اس کی پوری سال کی محنت ضائع ہو گئی۔',
    'ریلوے پل کے قریب پانی کی سطح اب بھی خطرے کے نشان سے اوپر بہہ رہی ہے۔',
  ];
  const STORY =
    '<p>دریائے سندھ میں اونچے درجے کے سیلاب سے ضلع کے پچاس سے زیادہ دیہات زیر آب آ گئے ہیں اور ہزاروں خاندان نقل مکانی پر مجبور ہیں۔</p>' +
    '<p>ضلعی انتظامیہ کے مطابق متاثرہ علاقوں میں بارہ امدادی کیمپ قائم کیے گئے ہیں جہاں خوراک اور ادویات فراہم کی جا رہی ہیں۔</p>' +
    '<p>محکمہ موسمیات نے آئندہ ہفتے مزید بارشوں کی پیش گوئی کی ہے اور شہریوں کو دریا کے کنارے جانے سے منع کیا گیا ہے۔</p>';
  const album = (href: (i: number) => string) =>
    '<section class="album"><h2>تصاویر</h2><div class="grid">' +
    UR_CAPTIONS.map(
      (c, i) =>
        `<figure><a href="${href(i)}"><img src="/p/${i}_t.jpg" alt=""></a><figcaption>${c} <span class="credit">فوٹو: نامہ نگار</span></figcaption></figure>`,
    ).join('') +
    '</div></section>';
  const strip =
    '<section class="more"><h2>مزید تصویری خبریں</h2><div class="cards">' +
    ['/gallery/11', '/gallery/12', '/gallery/13']
      .map((h, i) => `<figure><a href="${h}"><img src="/c${i}.jpg" alt=""></a><figcaption>میلہ ${i + 1}</figcaption></figure>`)
      .join('') +
    '</div></section>';
  const page = (after: string) =>
    `<!doctype html><html lang="ur"><head><title>سیلاب کی تصویری جھلکیاں</title></head><body><header><nav><a href="/">صفحہ اول</a><a href="/pk">پاکستان</a></nav></header>` +
    `<main><div class="wrap"><div class="row"><div class="col-main"><article><h1>سیلاب کی تصویری جھلکیاں</h1><div class="story-text">${STORY}</div></article></div>` +
    `<div class="col-side"><ul><li><a href="/n/1">سب سے زیادہ پڑھی گئی خبر</a></li><li><a href="/n/2">دوسری خبر</a></li></ul></div></div>${after}</div></main><footer><p>جملہ حقوق محفوظ ہیں</p></footer></body></html>`;
  const text = (html: string) => {
    const r = extractFile(html, 'https://news.example.pk/photos/2026/12/flood');
    if (!r.ok) throw new Error(r.reason);
    return r.article.text;
  };

  it('reads the captions of a gallery below the article column, after the story, without their credits; a "more galleries" strip stays out (trap)', () => {
    const t = text(page(album((i) => `/p/${i}.jpg`) + strip));
    for (const c of UR_CAPTIONS) expect(t).toContain(c);
    expect(t.indexOf(UR_CAPTIONS[0]!)).toBeGreaterThan(t.indexOf('شہریوں کو دریا کے کنارے'));
    expect(t).not.toContain('فوٹو: نامہ نگار');
    expect(t).not.toMatch(/میلہ|مزید تصویری خبریں/);
  });

  it('leaves out a series of long captions whose pictures open other pages (teaser cards, not this story)', () => {
    const t = text(page(album((i) => `/photos/2026/11/other-story-${i}`)));
    for (const c of UR_CAPTIONS) expect(t).not.toContain(c);
  });

  it('moves nothing when the gallery is already in the story, or when the captioned box holds the story', () => {
    const doc = parsePage(
      `<!doctype html><body><div class="story">${STORY}${album((i) => `/p/${i}.jpg`)}</div><div class="other"><p>${'ایک اور متن '.repeat(10)}</p></div></body>`,
      null,
    ).window.document;
    const before = doc.body.innerHTML;
    expect(galleryIntoStory(doc.body, informativeCaptions(doc.body))).toBe(false);
    expect(doc.querySelector('.story section.album')).not.toBeNull();
    expect(doc.body.innerHTML.replace(/<\/?p>/g, '')).toBe(before.replace(/<\/?p>/g, ''));
  });

  it('tells a photo series told in captions (three informative captions) from a strip of labels', () => {
    const d = parsePage(`<!doctype html><body><div id="a">${album(() => '#')}</div><div id="b">${strip}</div></body>`, null).window
      .document;
    expect(holdsCaptionGallery(d.getElementById('a')!)).toBe(true);
    expect(holdsCaptionGallery(d.getElementById('b')!)).toBe(false);
  });
});
