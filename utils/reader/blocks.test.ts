// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockFor, blocksIn, blockSummary, elementAt, elementIndex } from './blocks';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'saaf-body';
  el.innerHTML = html;
  return el;
}

const PAGE =
  '<p id="p1">پہلا <b id="bold">پیراگراف</b>۔</p>' +
  '<ul id="list"><li><a id="link" href="#">متعلقہ خبر</a> <time>کل</time></li><li>دوسری</li></ul>' +
  '<figure id="fig"><img id="img" src="a.jpg" alt=""><figcaption id="cap">فوٹو: اے پی پی</figcaption></figure>' +
  '<div id="box"><div id="inner"><p id="promo">ہماری ایپ ڈاؤن لوڈ کریں</p></div></div>' +
  '<div id="section"><p id="s1">ایک</p><p id="s2">دو</p></div>' +
  '<table id="tbl"><tbody><tr><td id="cell">خانہ</td></tr></tbody></table>' +
  '<div class="saaf-embed-host" id="card"><blockquote><p id="tweet">ٹویٹ</p></blockquote></div>' +
  '<p id="empty"> </p>';

describe('blockFor', () => {
  const b = body(PAGE);
  const id = (x: string) => b.querySelector(`#${x}`)!;
  it.each([
    ['bold', 'p1'],
    ['p1', 'p1'],
    ['link', 'list'],
    ['img', 'fig'],
    ['cap', 'fig'],
    ['promo', 'box'],
    ['s1', 's1'],
    ['cell', 'tbl'],
    ['tweet', 'card'],
  ])('pointing at #%s removes #%s', (from, to) => {
    expect(blockFor(id(from), b)?.id).toBe(to);
  });
  it('takes a text node to its block', () => {
    expect(blockFor(id('p1').firstChild, b)?.id).toBe('p1');
  });
  it('gives nothing for the body itself or for outside it', () => {
    expect(blockFor(b, b)).toBeNull();
    expect(blockFor(document.createElement('p'), b)).toBeNull();
    expect(blockFor(null, b)).toBeNull();
  });
});

describe('blocksIn', () => {
  it('lists the smallest blocks in reading order, stepping into boxes of paragraphs, skipping empty ones', () => {
    const b = body(PAGE);
    expect(blocksIn(b).map((e) => e.id)).toEqual(['p1', 'list', 'fig', 'box', 's1', 's2', 'tbl', 'card']);
  });
  it('skips what the caller says is removed', () => {
    const b = body(PAGE);
    expect(blocksIn(b, (e) => e.id === 'list' || e.id === 's1').map((e) => e.id)).toEqual(['p1', 'fig', 'box', 's2', 'tbl', 'card']);
  });
});

describe('element index', () => {
  it('finds the same element in a second rendering of the same HTML', () => {
    const a = body(PAGE);
    const c = body(PAGE);
    const i = elementIndex(a, a.querySelector('#s2')!);
    expect(i).toBeGreaterThan(0);
    expect(elementAt(c, i)?.id).toBe('s2');
    expect(elementIndex(a, document.createElement('p'))).toBe(-1);
  });
});

describe('blockSummary', () => {
  it('collapses whitespace and cuts long text', () => {
    const p = document.createElement('p');
    p.textContent = '  a   b\n c  ';
    expect(blockSummary(p)).toBe('a b c');
    p.textContent = 'x'.repeat(100);
    expect(blockSummary(p, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
