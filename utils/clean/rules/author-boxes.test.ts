import { describe, expect, it } from 'vitest';
import { authorBoxes } from './author-boxes';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('author-boxes', () => {
  it('removes a bio box by its theme class', () => {
    const box = '<div class="author-box"><img src="/a.jpg" alt=""><h4>میاں محمد ندیم</h4><p>سینئر صحافی اور کالم نگار ہیں۔</p></div>';
    const { text } = clean([authorBoxes], `${PROSE_UR}${box}`);
    expect(text).not.toContain('سینئر صحافی اور کالم نگار');
  });

  it.each(['مصنف کے بارے میں', 'عن الكاتب', 'درباره نویسنده', 'About the author'])('removes the section headed "%s"', (h) => {
    const { text } = clean(
      [authorBoxes],
      `${PROSE_UR}<section><h3>${h}</h3><p>صحافی اور مصنف</p><a href="/w/1">تمام تحریریں</a></section>`,
    );
    expect(text).not.toContain('صحافی اور مصنف');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes a bio box whose class names it inside a composed name (Webflow Client-First, BEM); keeps the byline block and a story box that mentions authors (traps)', () => {
    const html = `<div class="blog-post-header_author"><div class="text-weight-semibold">TRAP-BYLINE دانیال اوکافور</div></div>
      <div class="article_authority-report">TRAP-STORY ${PROSE_UR}</div>
      <div class="blog-post_author-card"><img src="/d.jpg" alt=""><div>دانیال اوکافور</div><p>ٹرانسپورٹ اور کاؤنٹی حکومت کی رپورٹنگ کرتے ہیں۔</p></div>
      <div class="c-article__author-bio">سینئر صحافی اور کالم نگار ہیں۔</div>`;
    const { text } = clean([authorBoxes], html);
    expect(text).not.toContain('ٹرانسپورٹ اور کاؤنٹی');
    expect(text).not.toContain('سینئر صحافی');
    expect(text).toContain('TRAP-BYLINE دانیال اوکافور');
    expect(text).toContain('TRAP-STORY');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it("removes the author's title line under the byline (Bolt CMS theme's record-author-line); keeps a story paragraph in such a box (trap)", () => {
    const long = `<p>TRAP-LONG ${PROSE_UR.replace(/<\/?p>/g, '')} ${PROSE_UR.replace(/<\/?p>/g, '')}</p>`;
    const html = `<p class="meta">نوشته مهسا کریمی</p><div class="record-author-line">پژوهشگر سلامت عمومی و عضو هیئت علمی دانشگاه</div>${PROSE_UR}<div class="post-author-role">${long}</div>`;
    const { text } = clean([authorBoxes], html);
    expect(text).not.toContain('پژوهشگر سلامت عمومی');
    expect(text).toContain('نوشته مهسا کریمی');
    expect(text).toContain('TRAP-LONG');
  });

  it('keeps the byline', () => {
    const { text } = clean([authorBoxes], `<div class="byline">ویب ڈیسک</div>${PROSE_UR}`);
    expect(text).toContain('ویب ڈیسک');
  });
});
