import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { stripOrigins } from './origins';

describe('stripOrigins', () => {
  it('removes the origin attribute from every start tag and nothing else', () => {
    const html =
      '<div data-saaf-origin="3"><p data-saaf-origin="4" dir="rtl">متن "data-saaf-origin="9"" &lt;b data-saaf-origin="1"&gt;</p>' +
      '<img alt="x > data-saaf-origin=&quot;2&quot;" data-saaf-origin="5" src="https://a.pk/1.jpg"><!-- <p data-saaf-origin="7"> --><br data-saaf-origin="6"></div>';
    expect(stripOrigins(html)).toBe(
      '<div><p dir="rtl">متن "data-saaf-origin="9"" &lt;b data-saaf-origin="1"&gt;</p>' +
        '<img alt="x > data-saaf-origin=&quot;2&quot;" src="https://a.pk/1.jpg"><!-- <p data-saaf-origin="7"> --><br></div>',
    );
  });

  it('agrees with a DOM walk on what a serializer writes', () => {
    const dom = new JSDOM('<div id="r"></div>');
    const root = dom.window.document.getElementById('r')!;
    root.innerHTML =
      '<p>a &amp; b <span title="1 &lt; 2 > 0">x</span></p><ul><li>1</li><li>2 < 3</li></ul><figure><img src="https://a.pk/i.png" alt="\'q\'"><figcaption>c</figcaption></figure>';
    let n = 0;
    for (const el of root.querySelectorAll('*')) el.setAttribute('data-saaf-origin', String(n++));
    const serialized = root.innerHTML;
    for (const el of root.querySelectorAll('*')) el.removeAttribute('data-saaf-origin');
    expect(stripOrigins(serialized)).toBe(root.innerHTML);
  });

  it('returns text without origins untouched', () => {
    expect(stripOrigins('<p>متن</p>')).toBe('<p>متن</p>');
  });
});
