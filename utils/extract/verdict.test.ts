import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { isArticle } from './verdict';
import { htmlToText } from '../text/html-text';

function judge(html: string): boolean {
  const holder = parsePage(`<!doctype html><body><div id="h">${html}</div></body>`, null).window.document.getElementById('h')!;
  return isArticle(holder, htmlToText(holder), 250);
}

describe('isArticle', () => {
  it('accepts a short story of sentences (generic mobile Arabic page: three sentences)', () => {
    expect(
      judge(
        '<p>قالت البلدية إنها ستضيف رحلات إضافية وتعيد تنظيم محطات الحافلات في وسط المدينة.</p><p>وسيبدأ العمل بالخطة تدريجيا خلال الأسبوع المقبل مع متابعة يومية من فرق التشغيل.</p><p>وسيتم نشر الإرشادات الجديدة عبر الرسائل القصيرة ولوحات المحطات الذكية.</p>',
      ),
    ).toBe(true);
  });

  it('rejects a few linked headlines (what is left of a home page)', () => {
    expect(judge('<p><a href="/1">وفاقی کابینہ کا اجلاس آج ہوگا، اہم فیصلے متوقع ہیں۔</a></p><p><a href="/2">قومی ٹیم کا اعلان کل کیا جائے گا اور کپتان بھی۔</a></p>')).toBe(false);
    expect(judge('<p>مختصر</p>')).toBe(false);
  });
});
