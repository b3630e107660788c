import { describe, expect, it } from 'vitest';
import { hoverCards } from './hover-cards';
import { clean } from '../../../tests/helpers/clean';

describe('hover-cards', () => {
  it('removes a person card nested in a sentence and keeps the name (The Hill rollovers)', () => {
    const p = `<p>South Dakota Gov. <span class="r"><a href="/people/kn">Kristi Noem</a><span class="card"><span><img src="/kn.jpg" alt=""><a href="/people/kn">Kristi Lynn Noem</a><a href="/n/1">South Dakota drops pipeline protest laws after lawsuit</a><a href="/n/2">New South Dakota law requiring a sign</a></span></span></span> (R) is defending the state’s launch of an anti-drug campaign.</p>`;
    const { text } = clean([hoverCards], p, { lang: 'en' });
    expect(text).toContain('South Dakota Gov. Kristi Noem (R) is defending');
    expect(text).not.toContain('pipeline protest laws');
  });

  it('keeps a figure with a linked caption inside a paragraph', () => {
    const p =
      '<p>The mayor opened the new bridge on Monday. <span><img src="/b.jpg" alt=""><a href="/gallery">See the photos</a></span> Traffic will start next week.</p>';
    const { text } = clean([hoverCards], p, { lang: 'en' });
    expect(text).toContain('See the photos');
  });
});
