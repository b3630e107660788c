/**
 * Synthetic saved Urdu articles for the library benchmark: common Urdu function and news words
 * (written here, not copied from any page) plus generated words, drawn with a Zipf-like
 * distribution so that some words are everywhere and most are rare, as in real news text.
 */
import type { SearchFilters } from '../../utils/library/search';
import { readingMinutes } from '../../utils/reading-time';
import type { StoredArticle } from '../../utils/library/types';

const COMMON = `کے میں کی نے کو سے اور کا ہے کہ یہ پر ہیں تھا ایک بھی کیا گیا اس وہ ہو کر جو تھے لیے
  گی گا ہی نہیں کہا انہوں ان جس بعد کرنے دیا رہا تک اپنے حکومت پاکستان وزیر اعظم ملک عوام
  معیشت بجٹ قومی اسمبلی عدالت فیصلہ کرکٹ ٹیم میچ کھلاڑی صوبہ پنجاب سندھ کراچی لاہور اسلام آباد
  چین امریکہ بھارت سفیر ملاقات تعاون منصوبہ بجلی گیس پانی قیمت مہنگائی ڈالر روپے بینک قرض
  تعلیم اسکول یونیورسٹی طلبہ صحت ہسپتال ڈاکٹر مریض بارش سیلاب موسم گرمی سردی شہر گاؤں سڑک
  پولیس ملزم گرفتار مقدمہ انتخابات جماعت رہنما بیان پریس کانفرنس اجلاس کمیٹی رپورٹ ادارہ
  ٹیکنالوجی انٹرنیٹ موبائل فون گاڑیاں بیٹری برقی صنعت برآمدات درآمدات تجارت سرمایہ کاری`
  .split(/\s+/)
  .filter(Boolean);
const LETTERS = [...'ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہیے'];
const SITES = ['www.example.pk', 'urdu.example.com', 'news.example.org', 'akhbar.example.pk', 'khabar.example.net'];
const TAGS = ['سیاست', 'کھیل', 'معیشت', 'ٹیکنالوجی', 'صحت'];

/** A seeded PRNG (mulberry32), so every run measures the same library. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let vocab: string[] | null = null;
/** ~20,000 words: the common ones first (most frequent), then generated 3-7 letter words. */
function vocabulary(random: () => number): string[] {
  if (vocab) return vocab;
  const set = new Set(COMMON);
  while (set.size < 20_000) {
    const len = 3 + Math.floor(random() * 5);
    let w = '';
    for (let i = 0; i < len; i++) w += LETTERS[Math.floor(random() * LETTERS.length)];
    set.add(w);
  }
  return (vocab = [...set]);
}

/** A Zipf-like pick: rank r with probability ~ 1/r. */
function word(random: () => number): string {
  const v = vocab!;
  return v[Math.min(v.length - 1, Math.floor(Math.exp(random() * Math.log(v.length))) - 1)]!;
}

function sentence(random: () => number, n: number): string {
  return Array.from({ length: n }, () => word(random)).join(' ');
}

/** One stored article of about 450-750 words in 8-12 paragraphs. */
export function makeArticle(i: number, random: () => number): StoredArticle {
  vocabulary(random);
  const paras = Array.from({ length: 8 + Math.floor(random() * 5) }, () => `${sentence(random, 40 + Math.floor(random() * 30))}۔`);
  const title = sentence(random, 6 + Math.floor(random() * 6));
  const site = SITES[i % SITES.length]!;
  const url = `https://${site}/news/${i}`;
  const text = paras.join('\n\n');
  const contentHtml = paras.map((p) => `<p>${p}</p>`).join('');
  const savedAt = Date.UTC(2025, 0, 1) + i * 3_600_000;
  const article = {
    url,
    title,
    byline: 'نامہ نگار',
    siteName: site,
    lang: 'ur',
    dir: 'rtl' as const,
    publishedTime: '2025-01-01',
    excerpt: paras[0]!.slice(0, 200),
    leadImage: null,
    contentHtml,
    text,
    embeds: [],
    removed: [],
  };
  return {
    url,
    site,
    article,
    translations: {},
    tags: random() < 0.3 ? [TAGS[i % TAGS.length]!] : [],
    savedAt,
    updatedAt: savedAt,
    readAt: random() < 0.5 ? savedAt + 1000 : null,
    deletedAt: null,
    bytes: 2 * JSON.stringify(article).length + 4,
    imageCount: 0,
    readingMinutes: readingMinutes(text, 'ur'),
  };
}

/** Queries as people type them: 1-3 words, sometimes with Arabic-keyboard letters, sometimes filtered. */
export function makeQueries(n: number, random: () => number): { text: string; filters: SearchFilters }[] {
  const arabicForms = (w: string) => w.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  return Array.from({ length: n }, (_, i) => {
    const count = 1 + Math.floor(random() * 3);
    const words = Array.from({ length: count }, () => COMMON[Math.floor(random() * COMMON.length)]!);
    const text = i % 3 === 0 ? words.map(arabicForms).join(' ') : words.join(' ');
    const filters: SearchFilters = i % 5 === 0 ? { site: SITES[i % SITES.length] } : i % 7 === 0 ? { tag: TAGS[i % TAGS.length] } : {};
    return { text, filters };
  });
}
