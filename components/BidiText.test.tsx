// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BidiText } from './BidiText';

describe('BidiText', () => {
  it('isolates English runs in RTL text and keeps the text as text', () => {
    const el = document.createElement('h1');
    render(<BidiText text="BYD نے Tesla کو <b>پیچھے</b> چھوڑ دیا" dir="rtl" />, el);
    expect([...el.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['BYD', 'Tesla', 'b', 'b']);
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toBe('BYD نے Tesla کو <b>پیچھے</b> چھوڑ دیا');
  });

  it('leaves LTR text alone', () => {
    const el = document.createElement('h1');
    render(<BidiText text="Tesla and BYD" dir="ltr" />, el);
    expect(el.innerHTML).toBe('Tesla and BYD');
  });
});
