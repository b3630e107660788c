import { describe, expect, it } from 'vitest';
import { comments } from './comments';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('comments', () => {
  it('removes a WordPress comment section', () => {
    const { text } = clean([comments], `${PROSE_UR}<div id="comments"><h3>2 تبصرے</h3><ol><li>بہت اچھی خبر ہے</li></ol></div>`);
    expect(text).not.toContain('بہت اچھی خبر ہے');
  });

  it.each(['تبصرہ کریں', 'اترك تعليقاً', 'ارسال نظر', 'Leave a Reply'])('removes a comment box headed "%s"', (heading) => {
    const { text } = clean(
      [comments],
      `${PROSE_UR}<section class="reply-box"><h3>${heading}</h3><p>آپ کا ای میل شائع نہیں کیا جائے گا</p></section>`,
    );
    expect(text).not.toContain(heading);
    expect(text).not.toContain('ای میل شائع نہیں');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });
});
