import { describe, expect, it } from 'vitest';
import { duplicateHeadline } from './duplicate-headline';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

const TITLE = 'پاکستان نے الیکٹرک گاڑیوں اور بیٹریز کے شعبوں میں چین سے مدد طلب کرلی';

describe('duplicate-headline', () => {
  it('removes the Urdu title repeated above the story (Readability cannot: its word split finds no Urdu words)', () => {
    const { text } = clean([duplicateHeadline], `<div><h2>${TITLE}</h2>${PROSE_UR}</div>`, { phase: 'post', title: `${TITLE}!` });
    expect(text).not.toContain('چین سے مدد طلب کرلی');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps a different heading, and the title repeated after the story began', () => {
    const other = clean([duplicateHeadline], `<div><h2>پس منظر</h2>${PROSE_UR}</div>`, { phase: 'post', title: TITLE });
    expect(other.text).toContain('پس منظر');
    const later = clean([duplicateHeadline], `<div>${PROSE_UR}<h2>${TITLE}</h2></div>`, { phase: 'post', title: TITLE });
    expect(later.text).toContain('چین سے مدد طلب کرلی');
  });
});
