import { describe, expect, it } from 'vitest';
import { shareBars } from './share-bars';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('share-bars', () => {
  it('removes a bar of share links with its prompt and count', () => {
    const bar = `<div class="post-x"><span>شیئر کریں</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">فیس بک</a><a href="https://twitter.com/intent/tweet?url=x">ٹوئٹر</a><a href="whatsapp://send?text=x">واٹس ایپ</a><span>12 shares</span></div>`;
    const { text, root } = clean([shareBars], `${PROSE_UR}${bar}`);
    expect(root.querySelector('.post-x')).toBeNull();
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it.each(['فیس بک پر شیئر کریں', 'شارك الخبر', 'انسخ الرابط', 'اشتراک گذاری'])('removes the prompt "%s"', (label) => {
    const { text } = clean([shareBars], `${PROSE_UR}<div><span>${label}</span></div>`);
    expect(text).not.toContain(label);
  });

  it('keeps "Facebook" when it is a word of a sentence (yahoo-3: posted to <a>Facebook</a>)', () => {
    const p =
      '<p>A photographer posted to <a href="/topics/facebook-inc.htm">Facebook</a> started an online backlash over the picture.</p>';
    const { text } = clean([shareBars], p, { lang: 'en' });
    expect(text).toContain('posted to Facebook started an online backlash');
  });
});
