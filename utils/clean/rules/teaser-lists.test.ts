import { describe, expect, it } from 'vitest';
import { teaserLists } from './teaser-lists';
import { clean, fixture, PROSE_UR } from '../../../tests/helpers/clean';

describe('teaser-lists', () => {
  it('removes a list of dated story cards inside the article container (neutral class names, three digit sets)', () => {
    const { text, removed } = clean([teaserLists], fixture('teaser-list-zoxpress.html'));
    expect(text).not.toContain('سری لنکا نے اپنا کرکٹ بورڈ برطرف کردیا');
    expect(text).not.toContain('ریئل میڈرڈ');
    expect(text).not.toContain('1 سال ago');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(text).toContain('موبائل فون کی بیٹریوں');
    expect(removed.map((r) => r.rule)).toEqual(['teaser-lists']);
  });

  it('also cleans Readability output (post phase, detached holder)', () => {
    const { text } = clean([teaserLists], fixture('teaser-list-zoxpress.html'), { phase: 'post' });
    expect(text).not.toContain('چیئرمین پی سی بی');
  });

  it('keeps a story list in which only one item carries a time', () => {
    const html = `${PROSE_UR}<ul><li><a href="/a">پہلا نکتہ</a> جس کی تفصیل یہاں ہے</li><li><a href="/b">دوسرا نکتہ</a> <span>2 گھنٹے پہلے</span></li><li>تیسرا نکتہ بغیر ربط کے</li></ul>`;
    const { text } = clean([teaserLists], html);
    expect(text).toContain('پہلا نکتہ');
    expect(text).toContain('تیسرا نکتہ بغیر ربط کے');
  });

  it('keeps paragraphs of prose even when they are siblings with links and times', () => {
    const para = (t: string) => `<div><p>${PROSE_UR.replace(/<\/?p>/g, '')} <a href="/x">ربط</a> <span>${t}</span></p></div>`;
    const { text } = clean([teaserLists], para('2 گھنٹے پہلے') + para('3 گھنٹے پہلے'));
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });
});
