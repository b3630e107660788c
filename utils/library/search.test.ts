import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { INDEX_FORMAT, LibrarySearch, buildQuery, type IndexDoc } from './search';
import { highlight, snippet, type Segment } from './snippet';
import { splitWords, tokenizeForSearch } from '../text/normalize';

const doc = (id: number, title: string, text: string, extra: Partial<IndexDoc> = {}): IndexDoc => ({
  id,
  title,
  text,
  byline: '',
  site: 'example.pk',
  lang: 'ur',
  tags: [],
  ...extra,
});

const DOCS = [
  doc(1, 'لڑکے اسکول گئے', 'آج صبح لڑکے اسکول گئے اور کھیل میں حصہ لیا۔'),
  doc(2, 'لڑکی نے انعام جیتا', 'ایک لڑکی نے مقابلے میں پہلا انعام جیتا۔'),
  doc(3, 'وزیر نے کہا', 'وزیر اعظم نے کہا کہ حکومت نئی پالیسی لائے گی۔', { site: 'news.example', tags: ['سیاست'] }),
  doc(4, 'کھانا', 'بچوں نے دوپہر کا کھانا کھا لیا۔', { lang: 'ur' }),
  doc(5, 'پاکستانی کرکٹ', 'پاکستانی ٹیم نے ۲۰۲۳ میں کامیابی حاصل کی۔', { site: 'news.example' }),
  doc(6, 'EV sales in China', 'Electric vehicle sales rose in China this year.', { lang: 'en', site: 'news.example' }),
  doc(7, 'کے لیے', 'یہ خبر عوام کےلیے اہم ہے', {}),
];

const ids = (s: LibrarySearch, q: string, f = {}) =>
  s
    .search(q, f)
    .map((h) => h.id)
    .sort((a, b) => a - b);

describe('LibrarySearch', () => {
  const s = LibrarySearch.build(DOCS);

  it.each([
    ['ي for ی (Arabic keyboard)', 'پاكستاني', [5]],
    ['ك for ک', 'كرکٹ', [5]],
    ['Urdu digits match Latin digits', '2023', [5]],
    ['diacritics in the query are ignored', 'لَڑکی', [2]],
    ['Latin is case-insensitive', 'china', [6]],
  ])('%s', (_l, q, expected) => {
    expect(ids(s, q)).toEqual(expected);
  });

  it('keeps لڑکے and لڑکی apart', () => {
    expect(ids(s, 'لڑکے')).toEqual([1]);
    expect(ids(s, 'لڑکی')).toEqual([2]);
  });

  it('keeps کہا (said) and کھا (ate) apart', () => {
    expect(ids(s, 'کہا')).toEqual([3]);
    expect(ids(s, 'کھا')).toEqual([4]);
  });

  it('ranks a title match above a body-only match', () => {
    const s2 = LibrarySearch.build([doc(1, 'عام', 'یہ بجٹ کی خبر ہے'), doc(2, 'بجٹ', 'یہ خبر ہے')]);
    expect(s2.search('بجٹ').map((h) => h.id)).toEqual([2, 1]);
  });

  it('needs every word (AND), and tries a joined pair for Urdu written without the space', () => {
    expect(ids(s, 'لڑکی انعام')).toEqual([2]);
    expect(ids(s, 'لڑکی حکومت')).toEqual([]);
    expect(ids(s, 'کے لیے')).toEqual([7]);
  });

  it('filters by site, language and tag', () => {
    expect(ids(s, 'نے', { site: 'news.example' })).toEqual([3, 5]);
    expect(ids(s, 'china', { lang: 'ur' })).toEqual([]);
    expect(ids(s, 'نے', { tag: 'سیاست' })).toEqual([3]);
  });

  it('says which matched terms are in the body, for the snippet', () => {
    const s2 = LibrarySearch.build([doc(1, 'بجٹ خبر', 'یہ خبر ہے'), doc(2, 'عام', 'بجٹ کی خبر')]);
    const hits = s2.search('بجٹ خبر');
    expect(hits.find((h) => h.id === 1)).toMatchObject({ terms: expect.arrayContaining(['بجٹ', 'خبر']), textTerms: ['خبر'] });
    expect(hits.find((h) => h.id === 2)?.textTerms.sort()).toEqual(['بجٹ', 'خبر'].sort());
  });

  it('updates and removes documents', () => {
    const s2 = LibrarySearch.build([doc(1, 'پرانا', 'پرانی خبر')]);
    s2.upsert(doc(1, 'نیا', 'نئی خبر'));
    expect(ids(s2, 'پرانی')).toEqual([]);
    expect(ids(s2, 'نئی')).toEqual([1]);
    s2.remove(1);
    expect(s2.size).toBe(0);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(buildQuery('  ۔،؟ ')).toBeNull();
    expect(s.search('۔')).toEqual([]);
  });
});

describe('the saved index', () => {
  it('loads to the same answers', async () => {
    const s = LibrarySearch.build(DOCS);
    const loaded = await LibrarySearch.fromJSON(s.toJSON());
    for (const q of ['پاكستاني', 'لڑکی', 'کے لیے', 'china', 'نے']) expect(loaded.search(q)).toEqual(s.search(q));
  });

  it('loads to the same answers when it pauses after every term, and keeps working after loading', async () => {
    const words = ['پاکستان', 'کرکٹ', 'حکومت', 'لڑکی', 'لڑکے', 'انعام', 'شہر', 'بازار', 'خبر', 'اسکول'];
    const many = Array.from({ length: 60 }, (_, i) =>
      doc(i + 1, `${words[i % 10]} ${i}`, `${words[(i * 3) % 10]} ${words[(i * 7) % 10]} نمبر${i} ${words[i % 4]}`, {
        tags: i % 5 ? [] : ['کھیل'],
      }),
    );
    const built = LibrarySearch.build(many);
    built.remove(7); // a discarded document is saved too (MiniSearch keeps its dirt count)
    const loaded = await LibrarySearch.fromJSON(built.toJSON(), 0);
    expect(loaded.size).toBe(built.size);
    for (const q of [...words, 'نمبر12', 'پاک', 'کرکٹ حکومت', 'لڑکی انعام']) {
      expect(loaded.search(q), q).toEqual(built.search(q));
      expect(loaded.search(q, { tag: 'کھیل' }), q).toEqual(built.search(q, { tag: 'کھیل' }));
    }
    // The same index inside (terms in another order: the term tree keeps them in the order added).
    const plain = (x: LibrarySearch) => {
      const o = JSON.parse(x.toJSON()) as { index: unknown[][] };
      return { ...o, index: Object.fromEntries(o.index.map(([term, ...fields]) => [term, fields])) };
    };
    expect(plain(loaded)).toEqual(plain(built));
    loaded.upsert(doc(8, 'نیا', 'ہاکی'));
    loaded.remove(9);
    expect(ids(loaded, 'ہاکی')).toEqual([8]);
    expect(ids(loaded, 'نمبر8')).toEqual([]);
    expect(ids(loaded, 'نمبر9')).toEqual([10]);
  });

  it("loads through MiniSearch's own loader, to the same answers, if MiniSearch's inside changes", async () => {
    const s = LibrarySearch.build(DOCS);
    const loadJS = MiniSearch.loadJS.bind(MiniSearch);
    const spy = vi.spyOn(MiniSearch, 'loadJS').mockImplementation((js, options) => {
      const ms = loadJS(js, options);
      Object.defineProperty(ms, '_index', { value: undefined });
      return ms;
    });
    const own = vi.spyOn(MiniSearch, 'loadJSAsync');
    try {
      const loaded = await LibrarySearch.fromJSON(s.toJSON());
      expect(own).toHaveBeenCalledTimes(1);
      for (const q of ['پاكستاني', 'لڑکی', 'کے لیے', 'china', 'نے']) expect(loaded.search(q)).toEqual(s.search(q));
    } finally {
      spy.mockRestore();
      own.mockRestore();
    }
  });

  it('pins the tokenizer: change what gets indexed and INDEX_FORMAT must change with it', () => {
    // If this fails because normalisation or tokenizing changed, bump INDEX_FORMAT (saved indexes
    // of the old format are then rebuilt) and update both values here.
    const sample = 'حکومتِ پاكستان نے ۲۰۲۳ میں کےلیے‌ہی EV آئی ۂ ة ي ى إ';
    expect({ format: INDEX_FORMAT, terms: tokenizeForSearch(sample) }).toEqual({
      format: 2,
      terms: ['حکومت', 'پاکستان', 'نے', '2023', 'میں', 'کےلیے', 'ہی', 'ev', 'ائی', 'ہ', 'ۃ', 'ی', 'ی', 'ا'],
    });
  });
});

describe('snippets', () => {
  it('marks whole original words, diacritics and all, for folded matches', () => {
    const hits = LibrarySearch.build([doc(1, 't', 'حکومتِ پاكستان نے کہا')]).search('پاکستان');
    const segs = highlight('حکومتِ پاكستان نے کہا', hits[0]!.terms);
    expect(segs.filter((x) => x.hit).map((x) => x.text)).toEqual(['پاكستان']);
    expect(segs.map((x) => x.text).join('')).toBe('حکومتِ پاكستان نے کہا');
  });

  it('cuts a window around the first hit with ellipses', () => {
    const words = Array.from({ length: 100 }, (_, i) => `لفظ${i}`);
    words[60] = 'کرکٹ';
    const segs = snippet(words.join(' '), ['کرکٹ'], 12);
    const text = segs.map((x) => x.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(segs.filter((x) => x.hit).map((x) => x.text)).toEqual(['کرکٹ']);
    expect(text.split(' ').length).toBeLessThan(20);
  });

  it('falls back to the start of the text when only the title matched', () => {
    const segs = snippet('پہلا دوسرا تیسرا', ['غیر'], 2);
    expect(segs).toEqual([{ text: 'پہلا دوسرا …', hit: false }]);
  });

  it('reads only as far as the window but gives what splitting the whole text gives', () => {
    // The snippet as first written: split everything, then cut the window.
    const whole = (text: string, terms: string[], words: number): Segment[] => {
      const marks = highlight(text, terms);
      const hitWords = new Set(
        marks
          .filter((m) => m.hit)
          .flatMap((m) =>
            splitWords(m.text)
              .filter((p) => p.word)
              .map((p) => p.text),
          ),
      );
      const parts = splitWords(text);
      const wordIdx = parts.flatMap((p, i) => (p.word ? [i] : []));
      const firstHit = wordIdx.findIndex((i) => hitWords.has(parts[i]!.text));
      const startWord = Math.max(0, firstHit - Math.floor(words / 3));
      const endWord = Math.min(wordIdx.length, startWord + words);
      if (wordIdx.length === 0) return [];
      const from = wordIdx[startWord]!;
      const to = wordIdx[endWord - 1]!;
      const out = parts.slice(from, to + 1).map((p) => ({ text: p.text, hit: p.word && hitWords.has(p.text) }));
      if (from > 0) out.unshift({ text: '… ', hit: false });
      if (to < parts.length - 1) out.push({ text: ' …', hit: false });
      const merged: Segment[] = [];
      for (const x of out) {
        const last = merged[merged.length - 1];
        if (last && last.hit === x.hit) last.text += x.text;
        else merged.push({ ...x });
      }
      return merged;
    };
    const word = fc.constantFrom('کرکٹ', 'پاكستان', 'میچ', 'ہے', 'لفظ', 'نے', 'كراچی');
    const sep = fc.constantFrom(' ', '، ', '۔ ', '\n\n', ' - ');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 80 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.subarray(['کرکٹ', 'پاکستان', 'کراچی', 'غیر']), fc.integer({ min: 1, max: 40 }), (t, terms, words) => {
        expect(snippet(t, terms, words)).toEqual(whole(t, terms, words));
        expect(snippet(' ' + t, terms, words)).toEqual(whole(' ' + t, terms, words));
      }),
    );
  });

  it('marks a word exactly when its normalised terms meet the matched terms (every Arabic-block letter)', () => {
    const letter = fc.oneof(
      fc.integer({ min: 0x600, max: 0x6ff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('a', 'Z', '7', '\u200d', '\u0654'),
    );
    const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(word, word, (w, other) => {
        for (const terms of [tokenizeForSearch(w), tokenizeForSearch(other)]) {
          const marked = splitWords(w).some((p) => p.word && highlight(p.text, terms).some((x) => x.hit));
          const expected = splitWords(w).some((p) => p.word && tokenizeForSearch(p.text).some((t) => terms.includes(t)));
          expect(marked).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
