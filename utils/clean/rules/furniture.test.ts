import { describe, expect, it } from 'vitest';
import { furniture } from './furniture';
import { hiddenClassesFromCss, isLabelPrefix } from '../patterns/furniture';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

const page = (css: string, body: string) => `<!doctype html><html lang="ur"><head><style>${css}</style></head><body>${body}</body></html>`;
const HIDE =
  '.x-9q1{clip-path:inset(100%);clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute;width:1px;margin:0;}.x-big{font-size:2rem}';

describe('furniture patterns', () => {
  it('reads visually hidden classes from the page CSS, whatever their hashed names', () => {
    expect([...hiddenClassesFromCss(HIDE)]).toEqual(['x-9q1']);
    expect([...hiddenClassesFromCss('.a{clip:rect(0 0 0 0);width:1px;height:1px}.b{width:1px}')]).toEqual(['a']);
  });

  it('label prefixes are a few words with a comma at one end', () => {
    for (const t of ['مصنف, ', '،تصویر کا ذریعہ', 'مصدر الصورة،', 'Image source, ', 'توضیح تصویر،']) expect(isLabelPrefix(t), t).toBe(true);
    for (const t of ['حکومت نے کہا، کہ', 'Getty Images', 'وقال الوزير إن الخطة تشمل المدارس والمراكز، '])
      expect(isLabelPrefix(t), t).toBe(false);
  });
});

describe('furniture', () => {
  it('removes text the page CSS hides from sight, keeps what it shows', () => {
    const html = page(
      HIDE,
      `<figure><img src="a.jpg"><figcaption><span class="x-9q1">،تصویر کا کیپشن</span>CAPTION-KEPT کھیت</figcaption></figure>${PROSE_UR}<p><span class="x-big">TRAP-VISIBLE تصویر کا کیپشن</span></p>`,
    );
    const { text, removed } = clean([furniture], html);
    expect(text).not.toContain('،تصویر کا کیپشن');
    expect(text).toContain('CAPTION-KEPT');
    expect(text).toContain('TRAP-VISIBLE تصویر کا کیپشن');
    expect(removed.map((r) => r.rule)).toEqual(['furniture']);
  });

  it('removes skip links and their end markers; keeps a table of contents and footnote links', () => {
    const html = `<div><a href="#end-of-x-1">SKIP-LINK پوسٹ نظرانداز کریں</a><div>ایمبیڈ</div><div id="end-of-x-1"><p>END-MARKER پوسٹ کا اختتام</p></div></div>
      <ul><li><a href="#part-2">TOC-KEPT دوسرا حصہ</a></li></ul>${PROSE_UR}<p>STORY-KEPT حکومت نے کہا<sup><a href="#fn1">1</a></sup> کہ کام جاری ہے۔</p>
      <h2 id="part-2">دوسرا حصہ</h2>${PROSE_UR}<p id="fn1">FOOTNOTE-KEPT حوالہ</p>`;
    const { text } = clean([furniture], html);
    expect(text).not.toContain('SKIP-LINK');
    expect(text).not.toContain('END-MARKER');
    expect(text).toContain('TOC-KEPT');
    expect(text).toContain('STORY-KEPT حکومت نے کہا1');
    expect(text).toContain('FOOTNOTE-KEPT');
  });

  it("removes a heading's permalink sign (Zola, Sphinx); keeps the heading, a worded or numbered fragment link in a heading and a sign link in prose (traps)", () => {
    const html = `${PROSE_UR}<h2 id="sarak">HEADING-KEPT سڑک کی توسیع<a class="zola-anchor" href="#sarak" aria-label="Anchor link for: sarak">🔗</a></h2>${PROSE_UR}
      <h3 id="b">دوسرا حصہ<a class="headerlink" href="#b">¶</a></h3><h3><a href="#c">WORDED-KEPT تیسرا حصہ</a></h3><h3>NUMBER-KEPT باب <a href="#n2">2</a></h3>
      <p>SIGN-KEPT حکومت نے کہا <a href="#x">→</a> کہ کام جاری ہے۔</p>${PROSE_UR}`;
    const { text } = clean([furniture], html);
    expect(text).not.toContain('🔗');
    expect(text).not.toContain('¶');
    for (const t of ['HEADING-KEPT سڑک کی توسیع', 'دوسرا حصہ', 'WORDED-KEPT تیسرا حصہ', 'NUMBER-KEPT باب 2', 'SIGN-KEPT حکومت نے کہا →'])
      expect(text).toContain(t);
  });

  it('removes the article-information block (label/value pairs); keeps a labelled box of facts', () => {
    const html = `<section role="region" aria-labelledby="info"><h2 id="info">INFO-HEADING معلومات عن المقال</h2><ul>
      <li><span role="text"><span>الكاتب، </span><span>AUTHOR-NAME</span></span></li><li><span role="text"><span>المنصب، </span><span>بي بي سي</span></span></li></ul></section>
      ${PROSE_AR}<section aria-labelledby="facts"><h3 id="facts">FACTS-KEPT حقائق</h3><ul><li>عدد السكان عشرة ملايين</li><li>المساحة مئة ألف كيلومتر</li></ul></section>`;
    const { text } = clean([furniture], html, { lang: 'ar' });
    expect(text).not.toContain('INFO-HEADING');
    expect(text).not.toContain('AUTHOR-NAME');
    expect(text).toContain('FACTS-KEPT حقائق');
    expect(text).toContain('عدد السكان عشرة ملايين');
  });

  it('removes a caption label prefix by its shape when the page CSS is not there', () => {
    const html = `<figure><img src="a.jpg"><p role="text"><span>مصدر الصورة، </span><span>Getty Images</span></p><figcaption><span>التعليق على الصورة،</span> CAPTION-KEPT مزارع</figcaption></figure>${PROSE_AR}`;
    const { text } = clean([furniture], html, { lang: 'ar', phase: 'post' });
    expect(text).not.toContain('مصدر الصورة');
    expect(text).not.toContain('التعليق على الصورة');
    expect(text).toContain('CAPTION-KEPT مزارع');
    expect(text).toContain('Getty Images');
  });
});

describe('furniture: widgets that need the page script', () => {
  it('removes a quiz box that ends in a dead "start" link (Ring Publishing) and a lone "load more"; keeps dead links in a sentence, a heading, a list, an accordion question, and the text of a box with a live link, whose dead button alone goes (traps)', () => {
    const html = `${PROSE_UR}<div class="pulsembed_embed quizBox"><p class="quizTitle">QUIZ-Q کوئیز: چقدر درباره صادرات می‌دانید؟</p><a class="quizStart" href="#">QUIZ-START شروع</a></div>
      <div class="more"><a href="javascript:void(0)">LOAD-MORE مزید</a></div>
      <div class="carousel-ctrl"><a href="javascript:;">‹</a> <a href="javascript:;">›</a></div>
      <p>TRAP-INLINE حکومت نے کہا کہ رپورٹ <a href="#">یہاں</a> دیکھی جا سکتی ہے اور کام جاری ہے۔</p>
      <h2><a href="#">TRAP-HEADING دوسرا حصہ</a></h2>${PROSE_UR}
      <ul><li><a href="#">TRAP-LIST پہلا نکتہ</a></li><li>دوسرا نکتہ</li></ul>
      <div class="faq"><a href="#">TRAP-FAQ سوال کیا ہے؟</a><div>TRAP-ANSWER جواب یہ ہے کہ کام جاری ہے</div></div>
      <div class="box"><p>TRAP-LIVE رپورٹ پڑھیں</p><a href="/report">رپورٹ</a><a href="#">LIVE-BOX-BTN بند</a></div>${PROSE_UR}`;
    const { text, removed } = clean([furniture], html);
    expect(removed.map((r) => r.text).join(' ')).not.toMatch(/[‹›]/); // a carousel's arrows are page-nav's
    for (const gone of ['QUIZ-Q', 'QUIZ-START', 'LOAD-MORE', 'LIVE-BOX-BTN']) expect(text).not.toContain(gone);
    for (const kept of ['TRAP-INLINE', 'TRAP-HEADING', 'TRAP-LIST', 'TRAP-FAQ', 'TRAP-ANSWER', 'TRAP-LIVE']) expect(text).toContain(kept);
  });
});
