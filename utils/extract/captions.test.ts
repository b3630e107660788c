import { describe, expect, it } from 'vitest';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';
import { captionsAsParagraphs } from './captions';

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
