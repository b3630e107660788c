import { describe, expect, it } from 'vitest';
import { relatedSections } from './related-sections';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

const list = (items: string[]) => `<ul>${items.map((t, i) => `<li><a href="/s/${i}">${t}</a></li>`).join('')}</ul>`;

describe('related-sections', () => {
  it.each([
    ['ur', 'متعلقہ خبریں', ['مریم نواز سے گورنر پنجاب کی ملاقات', 'اسحاق ڈار سے امریکی سفیر کی ملاقات']],
    ['ur', 'اسی بارے میں', ['پی سی بی نے انٹرنیشنل ٹیموں کے قیام', 'اسلام میں عبادت کا تصور']],
    ['ar', 'أخبار ذات صلة', ['تزامنا مع زيارة ماكرون.. دوي انفجارات في دمشق', 'الحكومة تكشف حقيقة تحويل دعم الخبز']],
    ['ar', 'الأكثر قراءة', ['سائق خائن.. يستولي على مليون و500 ألف جنيه', 'مؤتمر أخبار اليوم الاقتصادى']],
    ['fa', 'مطالب مرتبط', ['حق اشتراک تلفن ثابت 3 برابر شد', 'سهم عربستان از بازار نفت افزایش می‌یابد']],
  ])('%s: removes the box under "%s"', (lang, heading, items) => {
    const html = `${PROSE_UR}<div class="box-x"><h3>${heading}</h3>${list(items)}</div>${PROSE_AR}`;
    const { text } = clean([relatedSections], html, { lang });
    for (const item of items) expect(text).not.toContain(item);
    expect(text).not.toContain(heading);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(text).toContain('وزير الصحة');
  });

  it('in Readability output: removes the heading and the link list after it, up to the next heading', () => {
    const html = `<div>${PROSE_UR}<h2>مزید خبریں</h2>${list(['وفاقی بجٹ میں تنخواہوں', 'ڈالر کی قیمت میں مزید کمی'])}<h2>پس منظر</h2>${PROSE_AR}</div>`;
    const { text } = clean([relatedSections], html, { phase: 'post' });
    expect(text).not.toContain('وفاقی بجٹ میں تنخواہوں');
    expect(text).not.toContain('مزید خبریں');
    expect(text).toContain('پس منظر');
    expect(text).toContain('وزير الصحة');
  });

  it('keeps a heading followed by prose (a story section titled like a related block)', () => {
    const html = `<div>${PROSE_UR}<h2>تازہ ترین</h2>${PROSE_AR}</div>`;
    const { text } = clean([relatedSections], html, { phase: 'post' });
    expect(text).toContain('تازہ ترین');
    expect(text).toContain('وزير الصحة');
  });

  it('removes an Urdu "متعلقہ تحریریں" box between the paragraphs of a column; keeps a sentence that starts with the words (trap)', () => {
    const html = `<div>${PROSE_UR}<div class="bs-irp"><div class="bs-irp-heading"><span class="h-text">متعلقہ تحریریں</span></div>${list(['اردو بازار کی آخری کتابوں کی دکان'])}</div>
      <p>TRAP متعلقہ تحریریں پڑھنے کے بعد ہی طالب علم اپنے مقالے کا خاکہ بناتے ہیں، اور لائبریری اسی لیے ضروری ہے۔</p>${PROSE_AR}</div>`;
    const { text } = clean([relatedSections], html, { phase: 'post' });
    expect(text).not.toContain('اردو بازار کی آخری کتابوں کی دکان');
    // The heading went with its box: the one left is the story sentence's.
    expect(text).toContain('TRAP متعلقہ تحریریں پڑھنے کے بعد ہی طالب علم');
    expect(text.match(/متعلقہ تحریریں/g)).toHaveLength(1);
  });
});
