// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hidePageWhenPrinting } from './print';

describe('hidePageWhenPrinting', () => {
  it('hides the page while printing and restores every style attribute exactly afterwards', () => {
    document.documentElement.innerHTML = '<head></head><body><p>page</p></body>';
    const aside = document.createElement('aside');
    aside.setAttribute('style', 'color: red');
    document.documentElement.append(aside);
    const host = document.createElement('saaf-reader');
    document.documentElement.append(host);
    const before = document.documentElement.outerHTML;

    const undo = hidePageWhenPrinting(document, host);
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.body.style.display).toBe('none');
    expect(aside.style.display).toBe('none');
    expect(host.style.display).toBe('');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.body.hasAttribute('style')).toBe(false);
    undo();
  });
});
