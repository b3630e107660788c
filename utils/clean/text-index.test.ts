import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { TextIndex } from './text-index';
import { isRelatedHeading, isRelativeTime, isShareCount, isShareLabel } from './patterns';
import { isBareCount, isCounter, isNewsId } from './patterns/counters';
import { isDuration } from './patterns/navigation';
import { anyOf, type TextMatcher } from '../text/fold';

/** Label texts the matchers answer both ways: times, counters, share words, in three digit sets, with marks and spaces. */
const PIECES = [
  '۵ گھنٹے قبل',
  '2 hours ago',
  'منذ ساعتين',
  '12.3K بازدید',
  '١٢ ألف مشاهدة',
  'شیئر کریں',
  '3 shares',
  '۰۳:۱۲',
  '3min',
  'متعلقہ خبریں',
  'كد خبر: ۸۲۳۴۵۶۷',
  'اقرأ أيضاً',
  ' ',
  '\u200c',
  '«',
  '7',
  'x',
  'Share',
];
const MATCHERS: TextMatcher[] = [
  isRelativeTime,
  anyOf(isCounter, isNewsId),
  isBareCount,
  isDuration,
  anyOf(isShareLabel, isShareCount),
  isRelatedHeading,
];

describe('TextIndex.labels', () => {
  it('answers with folded texts what the matchers answer on raw texts', () => {
    const label = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(label, fc.constantFrom('span', 'li', 'a', 'h3')), { minLength: 1, maxLength: 12 }), (labels) => {
        const html = labels.map(([t, tag]) => `<${tag}>${t.replace(/</g, '')}</${tag}>`).join('<br>');
        const doc = parsePage(`<!doctype html><html><body><div>${html}</div></body></html>`, 'https://example.com/').window.document;
        const index = new TextIndex(doc.body);
        for (const m of MATCHERS) {
          // The plain function form folds each text itself: the reference.
          const reference = index.labels((t: string) => m(t), 60);
          expect(index.labels(m, 60)).toEqual(reference);
        }
      }),
      { numRuns: 60 },
    );
    // The pieces do match: the comparison above is not between empty lists.
    const doc = parsePage('<!doctype html><html><body><p><span>۵ گھنٹے قبل</span> <b>12.3K بازدید</b></p></body></html>', null).window
      .document;
    const index = new TextIndex(doc.body);
    expect(index.labels(isRelativeTime).map((e) => e.localName)).toEqual(['span']);
    expect(index.labels(anyOf(isCounter, isNewsId)).map((e) => e.localName)).toEqual(['b']);
  });
});
