import { describe, expect, it } from 'vitest';
import { dropLayoutClasses } from './layout-classes';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';

const P = (i: number) =>
  `<p>پیراگراف ${i}: وفاقی وزیر نے کہا کہ حکومت ملک میں برقی گاڑیوں کی صنعت کو فروغ دینے کے لیے جامع پالیسی پر کام کر رہی ہے اور اس سلسلے میں چین کے ساتھ تعاون کو مزید وسعت دی جائے گی، تاکہ مقامی پیداوار میں اضافہ ہو۔</p>`;

describe('dropLayoutClasses', () => {
  it('drops layout tokens only, and `media` only around its media-body', () => {
    const doc = parsePage(
      '<body><div class="media x"><div class="media-body y">a</div></div><div class="media gallery">b</div><div class="kt-blocks-info-box-media-align-right info-box-link">c</div><div class="relative md:overflow-hidden share">d</div><div class="social-media">e</div></body>',
      null,
    ).window.document;
    expect(dropLayoutClasses(doc.body)).toBe(4);
    expect([...doc.body.querySelectorAll('div')].map((d) => d.getAttribute('class'))).toEqual([
      'x',
      'y',
      'media gallery',
      'info-box-link',
      'relative share',
      'social-media',
    ]);
  });

  // Readability removes a div of the story whose class weight is negative ("media", "hidden" are
  // among its negative words), whatever the div holds.
  it('keeps story blocks in a Bootstrap media object, a Kadence info box and a Tailwind overflow-hidden box; a box classed "meta" still goes (trap)', () => {
    const html = `<!doctype html><html lang="ur" dir="rtl"><head><title>خبر</title><meta property="og:type" content="article"></head><body><article><h1>برقی گاڑیوں کی پالیسی</h1><div class="entry-content">${P(1)}${P(2)}
      <div class="media"><img class="mr-3" src="/b.jpg"><div class="media-body"><h5>BOOT-H وزیر کا بیان</h5><p>BOOTSTRAP وزیر نے کہا کہ اگلے سال تک ملک میں چارجنگ اسٹیشنوں کی تعداد دو ہزار تک پہنچا دی جائے گی۔</p></div></div>
      <div class="wp-block-kadence-infobox"><div class="kt-blocks-info-box-link-wrap kt-blocks-info-box-media-align-right"><h2>ایک نظر میں</h2><p>INFOBOX حکومت نے برقی گاڑیوں پر درآمدی ڈیوٹی پانچ سال کے لیے آدھی کر دی ہے۔</p></div></div>
      <div class="overflow-hidden rounded"><h4>TW-H ماہرین کی رائے</h4><p>TAILWIND ماہرین کا کہنا ہے کہ بیٹریوں کی درآمد پر ٹیکس کم کیے بغیر قیمتیں کم نہیں ہوں گی۔</p></div>
      <div class="meta-box overflow-hidden"><h4>META مصنف</h4><p>META-2 یہ تحریر پہلی بار دو ہزار چوبیس میں شائع ہوئی۔</p></div>
      ${P(3)}${P(4)}</div></article></body></html>`;
    const r = extractFile(html, 'https://example.com/news/2026/05/ev-policy-12345');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const kept of ['BOOT-H', 'BOOTSTRAP', 'ایک نظر میں', 'INFOBOX', 'TW-H', 'TAILWIND', 'پیراگراف 4'])
      expect(r.article.text).toContain(kept);
    // Its other class words still count: a box classed "meta" is still weighed as one.
    expect(r.article.text).not.toContain('META');
  });

  it("keeps a Jimdo heading module's subheading (`j-module n j-header` between text modules); a header box with a menu still goes (trap)", () => {
    const mod = (i: number) => `<div class="j-module n j-text">${P(i)}</div>`;
    const html = `<!doctype html><html lang="ur" dir="rtl"><head><title>خبر</title><meta property="og:type" content="article"></head><body><div id="content_area"><div class="post j-blog-content"><div id="cc-matrix-1">
      <div class="j-header"><h2>HDR-TRAP سائٹ</h2><ul><li><a href="/a">صفحہ اول</a></li><li><a href="/b">رابطہ</a></li></ul></div>
      ${mod(1)}${mod(2)}<div id="cc-m-3" class="j-module n j-header"><h2>JIMDO-H بکنگ کیسے ہوگی؟</h2></div>${mod(3)}${mod(4)}
      </div></div></div></body></html>`;
    const r = extractFile(html, 'https://example.com/2026/12/01/ev-policy-story/');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('JIMDO-H');
    expect(r.article.text).toContain('پیراگراف 4');
    expect(r.article.text).not.toContain('HDR-TRAP');
  });
});
