import { describe, expect, it } from 'vitest';
import { authorBoxes } from './author-boxes';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('author-boxes', () => {
  it('removes a bio box by its theme class', () => {
    const box = '<div class="author-box"><img src="/a.jpg" alt=""><h4>میاں محمد ندیم</h4><p>سینئر صحافی اور کالم نگار ہیں۔</p></div>';
    const { text } = clean([authorBoxes], `${PROSE_UR}${box}`);
    expect(text).not.toContain('سینئر صحافی اور کالم نگار');
  });

  it.each(['مصنف کے بارے میں', 'عن الكاتب', 'درباره نویسنده', 'About the author'])('removes the section headed "%s"', (h) => {
    const { text } = clean(
      [authorBoxes],
      `${PROSE_UR}<section><h3>${h}</h3><p>صحافی اور مصنف</p><a href="/w/1">تمام تحریریں</a></section>`,
    );
    expect(text).not.toContain('صحافی اور مصنف');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps the byline', () => {
    const { text } = clean([authorBoxes], `<div class="byline">ویب ڈیسک</div>${PROSE_UR}`);
    expect(text).toContain('ویب ڈیسک');
  });
});
