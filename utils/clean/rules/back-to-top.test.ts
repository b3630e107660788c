import { describe, expect, it } from 'vitest';
import { backToTop } from './back-to-top';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('back-to-top', () => {
  it.each(['Back to top button', 'اوپر جائیں', 'العودة للأعلى', 'بازگشت به بالا', 'Skip to main content'])('removes "%s"', (label) => {
    const { text } = clean([backToTop], `<a href="#main">${label}</a>${PROSE_UR}`);
    expect(text).not.toContain(label);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes theme buttons by class (Jannah .go-to-top-button)', () => {
    const { root } = clean([backToTop], `${PROSE_UR}<a class="go-to-top-button" href="#"><span>^</span></a>`);
    expect(root.querySelector('.go-to-top-button')).toBeNull();
  });
});
