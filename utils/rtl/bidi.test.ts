// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyBidi } from './bidi';
import { findLtrRuns, latinShare } from './runs';
import { digitStyleOf, formatNumber } from './digits';

const runsOf = (s: string) => findLtrRuns(s).map((r) => s.slice(r.start, r.end));

describe('findLtrRuns', () => {
  it.each<[string, string[]]>([
    ['چینی کمپنی BYD نے ٹیسلا کو پیچھے چھوڑ دیا', ['BYD']],
    ['کمپنیاں Tesla, BYD and Nio آگے ہیں', ['Tesla, BYD and Nio']],
    ['ایلون مسک (@elonmusk) نے کہا', ['@elonmusk']],
    ['مزید https://example.com/news/1?a=b. پر پڑھیں', ['https://example.com/news/1?a=b']],
    ['یہ U.S. کی پالیسی ہے', ['U.S']],
    ['۲۷ ستمبر کو 27/09/2023 اور 10-20 فیصد', ['27/09/2023', '10-20']],
    ['سال 2023 میں', []],
    ['ہیش ٹیگ #EV اور #پاکستان', ['#EV']],
    ['بالکل اردو متن', []],
  ])('%s', (text, expected) => expect(runsOf(text)).toEqual(expected));

  it('never ends a run on the sentence punctuation that belongs to the RTL flow', () => {
    for (const r of runsOf('انہوں نے کہا: Thank you. شکریہ، (Reuters) اور e-mail!')) expect(r).toMatch(/[\p{L}\p{Nd}]$/u);
  });
});

describe('latinShare', () => {
  it('counts letters of both scripts only', () => {
    expect(latinShare('abc ابج')).toBeCloseTo(0.5);
    expect(latinShare('123 ...')).toBe(0);
    expect(latinShare('The Chinese EV giant BYD')).toBe(1);
  });
});

function frag(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('applyBidi', () => {
  it('wraps English runs in RTL paragraphs in <bdi> and keeps the Urdu text in order', () => {
    const root = frag('<p>چینی کمپنی BYD نے <b>Tesla Inc</b> کو پیچھے چھوڑ دیا۔</p>');
    const stats = applyBidi(root, 'rtl');
    expect([...root.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['BYD', 'Tesla Inc']);
    expect(root.textContent).toBe('چینی کمپنی BYD نے Tesla Inc کو پیچھے چھوڑ دیا۔');
    expect(stats).toEqual({ autoBlocks: 0, isolated: 2 });
    expect(root.querySelector('p')!.hasAttribute('dir')).toBe(false);
  });

  it('lays out a mostly-English block LTR (dir=auto) and leaves its inside alone', () => {
    const root = frag(
      '<blockquote><p>The Chinese EV giant BYD overtook Tesla, said @elonmusk</p></blockquote><p>PTI کے مطابق یہ خبر اردو میں ہے اور لمبی ہے۔</p>',
    );
    applyBidi(root, 'rtl');
    expect(root.querySelector('blockquote')!.getAttribute('dir')).toBe('auto');
    expect(root.querySelector('blockquote bdi')).toBeNull();
    // An Urdu paragraph that STARTS with Latin stays RTL (dir=auto would pick LTR from "PTI").
    const urdu = root.querySelectorAll('p')[1]!;
    expect(urdu.hasAttribute('dir')).toBe(false);
    expect(urdu.querySelector('bdi')!.textContent).toBe('PTI');
  });

  it('leaves LTR articles, code and already isolated text untouched', () => {
    const en = frag('<p>Plain English with 27/09/2023.</p>');
    expect(applyBidi(en, 'ltr')).toEqual({ autoBlocks: 0, isolated: 0 });
    expect(en.innerHTML).toBe('<p>Plain English with 27/09/2023.</p>');
    const rtl = frag('<p>یہ <code>npm test</code> اور <bdi>BYD</bdi> اور <span dir="ltr">Nio</span> ہے</p>');
    const before = rtl.innerHTML;
    applyBidi(rtl, 'rtl');
    expect(rtl.innerHTML).toBe(before);
  });

  it('treats the text it wraps as text, never as markup', () => {
    const root = frag('<p>اس خبر کے مطابق کسی نے یہ لکھا &lt;img src=x onerror=alert(1)&gt; اور پھر کچھ نہیں ہوا</p>');
    applyBidi(root, 'rtl');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('bdi')!.textContent).toContain('img src');
  });
});

describe('digits', () => {
  it.each([
    ['قیمت ۲۵۰ روپے، ۱۲ فیصد', 'arabext'],
    ['قیمت 250 روپے، ۱ فیصد', 'latn'],
    ['السعر ٢٥٠', 'arab'],
    ['کوئی عدد نہیں', 'latn'],
  ] as const)('%s -> %s', (text, style) => expect(digitStyleOf(text)).toBe(style));

  it('formats in the page digits', () => {
    expect(formatNumber(12, 'arabext')).toBe('۱۲');
    expect(formatNumber(12, 'latn')).toBe('12');
    expect(formatNumber(1909, 'arab')).toBe('١٩٠٩');
    expect(formatNumber(6.6, 'arabext')).toBe('۷');
  });

  it('writes the digits Intl.NumberFormat writes, without making a formatter', () => {
    for (const style of ['latn', 'arab', 'arabext'] as const)
      for (const lang of ['ur', 'fa', 'ar', 'en']) {
        const intl = new Intl.NumberFormat(lang, { numberingSystem: style, useGrouping: false });
        for (const n of [0, 1, 7, 10, 45, 99, 100, 1234, 2026, 98765])
          expect(formatNumber(n, style), `${n} ${style} ${lang}`).toBe(intl.format(n));
      }
  });
});
