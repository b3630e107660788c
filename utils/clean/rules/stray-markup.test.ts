import { describe, expect, it } from 'vitest';
import { strayMarkup } from './stray-markup';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('stray-markup', () => {
  it('removes a "-->" left by a broken comment (aryanews.com)', () => {
    const { text } = clean([strayMarkup], `<div>${PROSE_UR}\n --> \n</div>`, { phase: 'post' });
    expect(text).not.toContain('-->');
  });

  it('keeps an arrow inside a sentence', () => {
    const { text } = clean([strayMarkup], '<div><p>کراچی --> لاہور پرواز منسوخ کر دی گئی</p></div>', { phase: 'post' });
    expect(text).toContain('کراچی --> لاہور');
  });
});
