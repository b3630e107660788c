import { describe, expect, it } from 'vitest';
import { loneCards } from './lone-cards';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

const URL_ = 'https://x.example.pk/news/2024/1/1/this-story';
const other = '/news/2024/1/2/other-story';

describe('lone-cards', () => {
  it('removes a lone thumbnail card and a cloned card between story paragraphs, linking to another page of the site', () => {
    const html = `<article>${PROSE_UR}<div class="y"><a href="${other}"><img src="/a.jpg"></a><h4><a href="${other}">CARD-A دوسری خبر کی سرخی یہاں</a></h4><span>2 دن پہلے</span></div>${PROSE_UR}
      <div class="x"><div><a href="/news/2024/1/3/third">CARD-B تیسری خبر کی سرخی یہاں</a></div><div><a href="/news/2024/1/3/third">CARD-B تیسری خبر کی سرخی یہاں</a></div></div>${PROSE_UR}</article>`;
    const { text } = clean([loneCards], html, { url: URL_ });
    expect(text).not.toContain('CARD-A');
    expect(text).not.toContain('CARD-B');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps a linked line without a picture, a story figure linking to its gallery, a card to another site and a link in a sentence (traps)', () => {
    const html = `<article>${PROSE_UR}<div><a href="${other}">TRAP-1 دوسری خبر کی سرخی یہاں</a></div>
      <figure><a href="/gallery/2024/1/1/photos"><img src="/g.jpg"></a><figcaption><a href="/gallery/2024/1/1/photos">TRAP-2 بارش کی مزید تصاویر دیکھیں</a></figcaption></figure>
      <div><a href="https://other.example.org/report"><img src="/r.jpg"></a><a href="https://other.example.org/report">TRAP-3 عالمی بینک کی مکمل رپورٹ</a></div>
      <div>TRAP-4 وزیر نے کہا کہ <a href="${other}"><img src="/i.png"> دوسری خبر کی سرخی یہاں</a> میں تفصیل دی گئی ہے اور اس پر عمل جاری ہے۔</div>${PROSE_UR}</article>`;
    const { text } = clean([loneCards], html, { url: URL_ });
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`TRAP-${n}`);
  });

  it('removes a bookmark card: a figure whose whole text is one link to another story (Ghost kg-bookmark-card, link previews)', () => {
    const html = `<article>${PROSE_UR}<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="${other}"><div class="kg-bookmark-title">CARD-G دوسری خبر کی سرخی یہاں</div><div class="kg-bookmark-description">اس خبر کا مختصر خلاصہ یہاں</div><span>روزنامہ</span><img src="/t.jpg"></a></figure>
      <figure><a href="${other}"><img src="/x.jpg"><div>CARD-H ایک اور خبر کی سرخی اور خلاصہ</div></a></figure>${PROSE_UR}</article>`;
    const { text } = clean([loneCards], html, { url: URL_ });
    expect(text).not.toContain('CARD-G');
    expect(text).not.toContain('CARD-H');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it("keeps story photos whose link wraps picture and caption: a gallery under the story's own id, a credited caption (traps)", () => {
    const page = 'https://sport.example.cz/fotbal/west-ham-story/r~8fa032ba3add11ec8a900cc47ab5f122/';
    const html = `<article>${PROSE_UR}<div class="article__photo"><a href="/west-ham-gallery/r~a1838afa3af511ec8fa20cc47ab5f122/r~8fa032ba3add11ec8a900cc47ab5f122/"><img src="/p.jpg"><div>TRAP-5 Declan Rice after the win at Aston Villa</div></a></div>
      <div class="photo"><a href="/photos/2024/other-page"><img src="/q.jpg"><div>TRAP-6 کھلاڑی میچ جیتنے کے بعد | فوٹو: رائٹرز</div></a></div>
      <figure><a href="/gallery/x/y/z"><img src="/r.jpg"><figcaption>TRAP-7 Fans outside the stadium. Photo: AFP</figcaption></a></figure>${PROSE_UR}</article>`;
    const { text } = clean([loneCards], html, { url: page });
    for (const n of [5, 6, 7]) expect(text).toContain(`TRAP-${n}`);
  });
});
