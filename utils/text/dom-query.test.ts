import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { closestTag, closestWhere, firstWhere, hasClass, hasLink, hasTag, linksIn } from './dom-query';
import { allElements } from './walk';

const doc = parsePage(
  '<!doctype html><body><div class="a b"><p>x <a href="/1">one</a> <a>none</a></p><figure><img src="i"></figure></div></body>',
  null,
).window.document;
const div = doc.querySelector('div')!;
const p = doc.querySelector('p')!;

describe('selector-free DOM queries', () => {
  it('answers what the selectors they replace would', () => {
    expect(hasTag(div, 'img')).toBe(true);
    expect(hasTag(p, 'img', 'video')).toBe(false);
    expect(linksIn(div).map((a) => a.textContent)).toEqual(['one']);
    expect(hasLink(p)).toBe(true);
    expect(closestTag(doc.querySelector('img'), 'div')).toBe(div);
    expect(closestWhere(p, (e) => hasClass(e, 'b'))).toBe(div);
    expect(hasClass(div, 'a')).toBe(true);
    expect(hasClass(div, 'ab')).toBe(false);
    expect(firstWhere(div, (e) => e.localName === 'a')?.textContent).toBe('one');
    expect(allElements(doc.body).map((e) => e.localName)).toEqual(['div', 'p', 'a', 'a', 'figure', 'img']);
  });
});
