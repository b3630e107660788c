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

describe('TextIndex.skipMore', () => {
  /** Everything a rule can read from an index, for every element of the page. */
  const reading = (index: TextIndex, body: Element) => {
    const all = [...body.getElementsByTagName('*')];
    return {
      alive: all.map((el) => index.alive(el)),
      counts: all
        .filter((el) => index.alive(el))
        .map((el) => [index.len(el), index.linkDensity(el), index.longestParagraph(el), index.proseLetters(el)]),
      short: index.short,
      labels: index.labels(() => true, 80),
      tags: ['a', 'p', 'li', 'div'].map((t) => index.tag(t)),
      select: index.select('.related, ul, [data-x]'),
    };
  };

  it('reads like an index built with the further elements skipped', () => {
    const page = `<!doctype html><html><body>
      <header><a href="/">Home</a> <a href="/news">News</a></header>
      <div id="main"><article>
        <h1>A headline of the story</h1>
        <p>First paragraph of the story, long enough to count as prose for the index to see it.</p>
        <div class="related"><h3>Related</h3><ul><li><a href="/a">One other story here</a> <time>2h</time></li>
          <li><a href="/b">Another story to read</a></li></ul></div>
        <p>Second paragraph with <a href="/x">a link</a> inside it and more words to make it prose.</p>
        <aside data-x="1"><p>Short aside text with a <b>bold</b> word.</p></aside>
      </article></div>
      <footer><ul><li><a href="/about">About us</a></li></ul><script>var x = 1;</script></footer>
    </body></html>`;
    const doc = parsePage(page, 'https://example.com/').window.document;
    const body = doc.body;
    const all = [...body.getElementsByTagName('*')];
    // Every split of what goes into "skipped at first" and "skipped later" reads the same.
    fc.assert(
      fc.property(fc.subarray(all), fc.subarray(all), (first, later) => {
        const skip = new Set<Element>(first);
        const index = new TextIndex(body, skip);
        for (const el of later) skip.add(el);
        index.skipMore(later);
        expect(reading(index, body)).toEqual(reading(new TextIndex(body, skip), body));
      }),
      { numRuns: 150 },
    );
    // The comparison is not between empty readings: skipping the related box changes the counts.
    const index = new TextIndex(body, new Set());
    const before = index.len(doc.getElementById('main')!);
    index.skipMore([doc.querySelector('.related')!]);
    expect(index.len(doc.getElementById('main')!)).toBeLessThan(before);
  });
});
