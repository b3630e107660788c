import { describe, expect, it } from 'vitest';
import { backToTop } from './back-to-top';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('back-to-top', () => {
  it.each(['Back to top button', 'اوپر جائیں', 'العودة للأعلى', 'بازگشت به بالا', 'Skip to main content'])('removes "%s"', (label) => {
    const { text } = clean([backToTop], `<a href="#main">${label}</a>${PROSE_UR}`);
    expect(text).not.toContain(label);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes the "scroll down" hint of a long-read cover (Tilda zero-block atom); keeps a story sentence with the words (trap)', () => {
    const html = `<div class="t396__elem tn-elem" data-elem-type="text"><div class="tn-atom" field="tn_text_3">نیچے اسکرول کریں ↓</div></div>${PROSE_UR}
      <div class="tn-atom">Scroll down</div><p>TRAP ایپ کھولیں اور نیچے اسکرول کریں تو ہر محلے کے پانی کے اوقات کی فہرست نظر آتی ہے۔</p>`;
    const { text } = clean([backToTop], html);
    expect(text).not.toContain('نیچے اسکرول کریں ↓');
    expect(text).not.toContain('Scroll down');
    expect(text).toContain('TRAP ایپ کھولیں اور نیچے اسکرول کریں تو');
  });

  it('removes theme buttons by class (Jannah .go-to-top-button)', () => {
    const { root } = clean([backToTop], `${PROSE_UR}<a class="go-to-top-button" href="#"><span>^</span></a>`);
    expect(root.querySelector('.go-to-top-button')).toBeNull();
  });
});
