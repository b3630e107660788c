import { describe, expect, it } from 'vitest';
import { httpUrl, MAX_URL_LENGTH, resolveHttpUrl } from './url';

const PAGE = 'https://www.example.pk/news/a/b?x=1#top';

describe('resolveHttpUrl', () => {
  it('resolves relative links against the page, as the browser does', () => {
    expect(resolveHttpUrl('../c.jpg', PAGE)).toBe('https://www.example.pk/news/c.jpg');
    expect(resolveHttpUrl('//cdn.example.pk/i.png', PAGE)).toBe('https://cdn.example.pk/i.png');
    expect(resolveHttpUrl('  https://e.com/p  ', PAGE)).toBe('https://e.com/p');
  });

  it('reads a blank value as the page itself, a missing one as nothing', () => {
    expect(resolveHttpUrl('', PAGE)).toBe('https://www.example.pk/news/a/b?x=1');
    expect(resolveHttpUrl('   ', PAGE)).toBe('https://www.example.pk/news/a/b?x=1');
    expect(resolveHttpUrl(null, PAGE)).toBeNull();
    expect(resolveHttpUrl(undefined, PAGE)).toBeNull();
  });

  it('without a page URL accepts only absolute URLs', () => {
    expect(resolveHttpUrl('https://e.com/p', null)).toBe('https://e.com/p');
    expect(resolveHttpUrl('/p', null)).toBeNull();
    expect(resolveHttpUrl('', null)).toBeNull();
  });

  it('lets nothing but http(s) out', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>',
      'file:///etc/passwd',
      'chrome-extension://abc/x.html',
      'ftp://e.com/f',
      'mailto:a@b.c',
    ]) {
      expect(resolveHttpUrl(raw, PAGE), raw).toBeNull();
    }
    // A base that is no URL resolves nothing (never a guess).
    expect(resolveHttpUrl('https://e.com/', 'not a url')).toBeNull();
  });
});

describe('httpUrl', () => {
  it('keeps absolute http(s) URLs, normalised', () => {
    expect(httpUrl('https://E.com/a b')).toBe('https://e.com/a%20b');
    expect(httpUrl('http://e.com')).toBe('http://e.com/');
  });

  it('refuses anything else: other types, relative or other-scheme URLs, very long strings', () => {
    for (const raw of [
      null,
      undefined,
      42,
      {},
      '',
      '/relative',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'blob:https://e.com/x',
    ]) {
      expect(httpUrl(raw), JSON.stringify(raw) ?? 'undefined').toBeNull();
    }
    const long = `https://e.com/${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(httpUrl(long)).toBeNull();
    expect(httpUrl(long.slice(0, MAX_URL_LENGTH))).toBe(long.slice(0, MAX_URL_LENGTH));
  });
});
