import { describe, expect, it } from 'vitest';
import { pageNav } from './page-nav';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

describe('page-nav', () => {
  it('removes rel=prev/next links with their box, labels and arrows', () => {
    const html = `${PROSE_UR}<div class="nav-row"><span>→</span><a rel="prev" href="/a">NAV-1 کپاس کی فصل پر حملہ</a></div><div class="nav-row"><a rel="next" href="/b">NAV-2 کراچی میں بارش</a><span>←</span></div>`;
    const { text } = clean([pageNav], html);
    expect(text).not.toContain('NAV-1');
    expect(text).not.toContain('NAV-2');
    expect(text).toContain('برقی گاڑیوں');
  });

  it('removes boxes labelled previous / next in Arabic and Persian; keeps story sentences about "the next match"', () => {
    const html = `${PROSE_AR}<p>TRAP وقال إن المباراة التالية ستكون حاسمة وإن الخبر السابق لم يكن دقيقا.</p>
      <div><div><span>الخبر السابق</span><a href="/n/1">NAV-AR-1 تثبيت أسعار المحروقات</a></div><div><span>الخبر التالي</span><a href="/n/2">NAV-AR-2 نفي رفع سعر الخبز</a></div></div>
      <div><a href="/fa/1">خبر قبلی</a> <a href="/fa/2">خبر بعدی</a></div>`;
    const { text } = clean([pageNav], html, { lang: 'ar' });
    expect(text).not.toContain('NAV-AR-1');
    expect(text).not.toContain('NAV-AR-2');
    expect(text).not.toContain('خبر قبلی');
    expect(text).toContain('TRAP وقال إن المباراة التالية ستكون حاسمة وإن الخبر السابق لم يكن دقيقا.');
  });

  it('removes a "back to the list" link by its class (Pimcore news-back-link, Shopify Dawn article-template__back); keeps story text in boxes whose class only contains the word and an in-page carousel button (traps)', () => {
    const html = `<div class="news-detail-entry">${PROSE_UR}<a class="news-back-link btn" href="/ur/news">BACK-1 « تمام خبروں پر واپس جائیں</a></div>
      <div class="article-template__back center"><a href="/blogs/news">BACK-2 Back to blog</a></div>
      <div class="slide"><p>${'ب'.repeat(90)}</p><a class="next show-customizer" href="#add-ons" role="button">TRAP-3 Next</a></div>
      <p class="background">TRAP-1 پس منظر کی مختصر بات۔</p><div class="go-back-story"><p>TRAP-2 ${'وفاقی وزیر نے کہا کہ کام جاری ہے اور منصوبہ وقت پر مکمل ہوگا جبکہ فنڈز کی فراہمی بھی یقینی بنائی جائے گی۔'}</p></div>`;
    const { text } = clean([pageNav], html);
    expect(text).not.toContain('BACK-1');
    expect(text).not.toContain('BACK-2');
    expect(text).toContain('TRAP-1 پس منظر');
    expect(text).toContain('TRAP-2 وفاقی وزیر');
    // an in-page carousel button (mozilla.org's customizer "Next") is not a link to another story
    expect(text).toContain('TRAP-3 Next');
  });

  it('keeps a box that holds more than two links (a menu is not previous/next)', () => {
    const html = `${PROSE_UR}<div class="prev-next"><a href="/1">MENU-1 پاکستان</a><a href="/2">MENU-2 دنیا</a><a href="/3">MENU-3 کھیل</a></div>`;
    expect(clean([pageNav], html).text).toContain('MENU-1');
  });
});
