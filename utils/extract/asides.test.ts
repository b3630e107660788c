import { describe, expect, it } from 'vitest';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';
import { storyAsidesAsBlocks } from './asides';

const P = [
  'عند الثامنة من مساء الأحد، وهو عادة وقت الذروة في طلبات العشاء، كانت الساحة ممتلئة بدراجات نارية متوقفة عن العمل.',
  'قرابة سبعمئة عامل، بحسب تقديرات المنظمين، أوقفوا تطبيقاتهم يومين متتاليين احتجاجاً على خفض الأجرة عن الطلب الواحد.',
  'وقالت إحدى الشركتين في رد مكتوب إن الخفض جاء بعد ارتفاع كلفة التسويق وتراجع متوسط قيمة الطلب في الأشهر الأخيرة.',
].map((t) => `<p>${t}</p>`);

const KEY_POINTS =
  '<aside class="key-points"><h2>باختصار</h2><ul><li>خفضت أكبر شركتين أجرة الطلب من 1.10 إلى 0.85 دينار.</li><li>نحو 700 عامل أوقفوا العمل يومي الأحد والاثنين.</li></ul></aside>';
// Traps: asides that look like boxes too, but are links or a poll, not facts of the story.
const RELATED =
  '<aside class="inline-related"><span>اقرأ أيضاً</span><ul><li><a href="/a/1">مدرب المنتخب: لا نخاف أحداً في المجموعة</a></li><li><a href="/a/2">خمس صفقات منتظرة في الميركاتو الشتوي</a></li></ul></aside>';
const POLL = '<aside class="poll"><h3>من الأفضل؟</h3><ul><li>ريم</li><li>لينا</li><li>أخرى</li></ul></aside>';

describe('storyAsidesAsBlocks', () => {
  it('turns a key-points aside among the paragraphs into a div; leaves link and poll asides (traps)', () => {
    const doc = parsePage(
      `<!doctype html><body><article><div class="text">${KEY_POINTS}${P.join('')}${RELATED}${POLL}</div></article><aside class="sidebar"><ul><li>الأكثر قراءة اليوم في الموقع كله</li><li>ترتيب المجموعة الثانية في البطولة</li></ul></aside></body>`,
      null,
    ).window.document;
    expect(storyAsidesAsBlocks(doc.body)).toBe(1);
    expect(doc.querySelector('div.key-points h2')!.textContent).toBe('باختصار');
    expect(doc.querySelectorAll('aside')).toHaveLength(3);
  });

  it('keeps a fact box through the whole pipeline; the related aside still goes', () => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>إضراب عمال التوصيل</title></head><body><main><article><h1>إضراب عمال التوصيل</h1><div class="note-text">${KEY_POINTS}${P[0]}${P[1]}${RELATED}${P[2]}</div></article></main></body></html>`;
    const r = extractFile(html, 'https://x.example/investigations/delivery-riders-strike-2026');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('باختصار');
    expect(r.article.text).toContain('نحو 700 عامل أوقفوا العمل يومي الأحد والاثنين.');
    expect(r.article.text).not.toContain('مدرب المنتخب');
  });

  it("keeps a quotation's <footer> attribution through Readability; the page footer still goes (trap)", () => {
    const quote =
      '<blockquote><p>نركض أكثر لنكسب أقل. والبنزين لم يصبح أرخص، والدراجة لا تصلح نفسها.</p><footer>سامي، عامل توصيل</footer></blockquote>';
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>إضراب عمال التوصيل</title></head><body><main><article><h1>إضراب عمال التوصيل</h1><div class="note-text">${P[0]}${quote}${P[1]}${P[2]}</div><footer class="note-footer">TRAP جميع الحقوق محفوظة</footer></article></main></body></html>`;
    const r = extractFile(html, 'https://x.example/investigations/delivery-riders-strike-2026');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('سامي، عامل توصيل');
    expect(r.article.text).not.toContain('TRAP جميع الحقوق محفوظة');
  });
});
