import { describe, expect, it } from 'vitest';
import { sectionLines, tagLists } from './tag-lists';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('tag-lists', () => {
  it.each(['ٹیگز:', 'الوسوم', 'برچسب‌ها', 'Tags', 'עוד באותו נושא:'])('removes a tag list labelled "%s"', (label) => {
    const box = `<div class="t"><span>${label}</span><a href="/t/1">پاکستان</a><a href="/t/2">چین</a><a href="/t/3">برقی گاڑیاں</a></div>`;
    const { root } = clean([tagLists], `${PROSE_UR}${box}`);
    expect(root.querySelector('.t')).toBeNull();
  });

  it('removes runs of links to tag pages however labelled', () => {
    const { root } = clean([tagLists], `${PROSE_UR}<p class="t"><a href="/tag/a">الف</a>، <a href="/tag/b">ب</a></p>`);
    expect(root.querySelector('.t')).toBeNull();
  });

  it('removes a paragraph of WriteFreely hashtags (`/tag:<word>`); keeps one hashtag link in a story sentence (trap)', () => {
    const tag = (w: string) =>
      `<a href="https://blog.example/tag:${w}" class="hashtag"><span>#</span><span class="p-category">${w}</span></a>`;
    const trap = `<p>TRAP-KEPT شہر میں ${tag('پانی')} کے نام سے مہم چلی اور ہزاروں لوگوں نے اپنے محلوں میں میٹر لگوانے کی درخواست دی۔</p>`;
    const { root, text } = clean([tagLists], `${PROSE_UR}<p class="t">${tag('کالم')} ${tag('لاہور')} ${tag('پانی')}</p>${trap}`);
    expect(root.querySelector('.t')).toBeNull();
    expect(text).toContain('TRAP-KEPT شہر میں #پانی کے نام سے مہم چلی');
  });

  it('keeps a single topic link inside a story sentence', () => {
    const p =
      '<p>A photographer posted to <a href="/topics/business/facebook-inc.htm">Facebook</a> and the photo drew thousands of angry replies overnight.</p>';
    const { text } = clean([tagLists], p, { lang: 'en' });
    expect(text).toContain('posted to Facebook and the photo');
  });

  it('removes a labelled run of category links (ExpressionEngine "درجا:"); keeps one category link in a sentence (trap)', () => {
    const html = `${PROSE_UR}<p class="c">درجا: <a href="/index.php/news/category/culture">ثقافت</a>، <a href="/index.php/news/category/karachi">ڪراچي</a></p>
      <p>TRAP ميلي بابت اسان جون سڀ رپورٽون <a href="/news/category/culture">ثقافت</a> واري حصي ۾ موجود آهن ۽ هر هفتي نيون رپورٽون شامل ٿين ٿيون.</p>`;
    const { root, text } = clean([tagLists], html, { lang: 'sd' });
    expect(root.querySelector('.c')).toBeNull();
    expect(text).toContain('TRAP ميلي بابت اسان جون سڀ رپورٽون ثقافت واري حصي ۾ موجود آهن');
  });
});

describe('tag-lists: a tag box with its title', () => {
  it("takes a tag cloud's own title with it; keeps a story heading beside a story's tag cloud (trap)", () => {
    const html = `${PROSE_UR}<div class="post-bottom-tags"><div class="ttl"><span class="tie-icon-tags"></span> ٽيگ</div><span class="tagcloud"><a href="/x/1">ڪوٽڙي</a> <a href="/x/2">ٺٽو</a></span></div>
      <div><h3>TRAP ٽيگ</h3>${PROSE_UR}<span class="tagcloud"><a href="/x/3">سنڌ</a> <a href="/x/4">ڊيلٽا</a></span></div>`;
    const { text } = clean([tagLists], html);
    expect(text).not.toContain('ڪوٽڙي');
    expect(text.split('ٽيگ').length - 1).toBe(1); // the trap's only
    expect(text).toContain('TRAP ٽيگ');
    expect(text).not.toContain('ڊيلٽا');
  });
});

describe('section-lines', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="fa"><head><title>گزارش تصویری | فینال فوتسال در بانکوک - آوای امروز</title></head><body><div>${body}</div></body></html>`;
  const opts = { phase: 'post' as const, lang: 'fa', url: 'https://example.com/varzesh/article84123.ece', title: 'فینال فوتسال در بانکوک' };

  it('removes a breadcrumb trail, a section kicker and a kicker the <title> prints, above the second paragraph', () => {
    const html = page(`<ol><li><a href="/">خانه</a></li><li><a href="/varzesh/">ورزش</a></li></ol>
      <p><a href="/varzesh/">ورزش</a> <span>گفت‌وگو</span></p>
      <p>گزارش تصویری</p>
      <p class="entry__kicker">خاص رپورٽ</p><div><p><span class="news-category">توانائی</span></p><h2>سرخی</h2></div>${PROSE_UR}${PROSE_UR}`);
    const { text, removed } = clean([sectionLines], html, opts);
    expect(text).not.toContain('خانه');
    expect(text).not.toContain('ورزش');
    expect(text).not.toContain('گزارش تصویری');
    expect(text).not.toContain('خاص رپورٽ');
    expect(text).not.toContain('توانائی');
    expect(removed.every((r) => r.rule === 'section-lines')).toBe(true);
  });

  it("takes the trail's label heading with it ('أنت هنا:', Magnolia), never a story heading before a line (traps)", () => {
    const html = page(`<h2>شما اینجا هستید:</h2>
      <ol><li><a href="/">خانه</a></li> <li><a href="/varzesh/">ورزش</a></li></ol>
      <h2>TRAP-H نتایج دیدار نهایی</h2><p><a href="/varzesh/">ورزش</a></p>${PROSE_UR}${PROSE_UR}`);
    const { text } = clean([sectionLines], html, opts);
    expect(text).not.toContain('شما اینجا هستید');
    expect(text).toContain('TRAP-H نتایج دیدار نهایی');
  });

  it('removes a bare kicker link alone between blocks (Neos article__kicker); keeps a link with words beside it and a section link inside a heading (traps)', () => {
    const html = page(`<a class="article__kicker" href="/varzesh/">KICK ورزش</a>
      <h1>فینال فوتسال در بانکوک</h1>
      <div><a href="/varzesh/">TRAP-A ورزش</a> در شهر ما زنده است و مردم هر هفته به ورزشگاه می‌روند</div>${PROSE_UR}${PROSE_UR}`);
    const { text } = clean([sectionLines], html, opts);
    expect(text).not.toContain('KICK');
    expect(text).toContain('TRAP-A ورزش در شهر ما زنده است');
  });

  it('keeps story lines that look like them (traps)', () => {
    const html = page(`<p><strong>TRAP-1 نتیجه</strong></p>
      <p>TRAP-2 قیمت نان / کیلو » بازار</p>
      <p><a href="/varzesh/2026/12/03/final-report">TRAP-3 گزارش فینال</a></p>
      <p><a href="https://other.example.org/sport/">TRAP-4 ورزش</a></p>
      <h2><a href="/varzesh/">TRAP-5 ورزش</a></h2>
      <p>TRAP-6 <a href="/varzesh/">ورزش</a> در شهر ما زنده است</p>
      <p class="category-note">TRAP-10 حکومت نے فیصلہ کیا۔</p>
      <p>به گزارش خبرنگار <span><a href="/varzesh/">TRAP-8 گروه ورزش</a> <a href="/">باشگاه</a></span> از <span><a href="/yazd">TRAP-9 یزد</a></span>، فرمانده انتظامی شهرستان مهریز گفت: ۷۲ دستگاه موتورسیکلت قاچاق کشف شد و دو نفر در این رابطه بازداشت شدند.</p>${PROSE_UR}${PROSE_UR}
      <p><a href="/varzesh/">TRAP-7 ورزش</a></p>`);
    const { text } = clean([sectionLines], html, opts);
    for (let i = 1; i <= 10; i++) expect(text).toContain(`TRAP-${i}`);
  });
});
