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
});
