import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { dateCandidates, findSiteName, findTitle, readPageMeta } from './metadata';
import { publishedFrom } from './dates';
import { findByline } from './byline';
import { findDek } from './dek';

const doc = (head: string, body: string) =>
  parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, null).window.document;

describe('title and site name', () => {
  it('takes the <h1> part of "headline - site" and names the site from the rest', () => {
    const d = doc('<title>أميركا :50 الفا حصيلة الوفيات - المدينة نيوز</title>', '<h1>أميركا :50 الفا حصيلة الوفيات</h1>');
    const pm = readPageMeta(d);
    const t = findTitle(d, pm, null);
    expect(t).toEqual({ title: 'أميركا :50 الفا حصيلة الوفيات', siteFromTitle: 'المدينة نيوز' });
    expect(findSiteName(d, pm, t.siteFromTitle)).toBe('المدينة نيوز');
  });

  it('strips a known site name prefix or suffix (Urdu, compared as folded strings)', () => {
    const d = doc(
      '<meta property="og:site_name" content="خبرنامہ"><meta property="og:title" content="پاکستان نے چین سے مدد طلب کرلی - خبرنامہ">',
      '',
    );
    expect(findTitle(d, readPageMeta(d), 'خبرنامہ').title).toBe('پاکستان نے چین سے مدد طلب کرلی');
  });

  it('never takes the logo <h1> that is the site name for the headline (Liferay)', () => {
    const d = doc(
      '<title>إطلاق حملة التطعيم ضد الإنفلونزا في 480 مركزاً - وزارة الصحة</title><meta property="og:site_name" content="وزارة الصحة"><meta property="og:title" content="إطلاق حملة التطعيم ضد الإنفلونزا في 480 مركزاً">',
      '<header><a class="logo"><h1>وزارة الصحة</h1></a></header><span class="asset-title">إطلاق حملة التطعيم ضد الإنفلونزا في 480 مركزاً</span>',
    );
    expect(findTitle(d, readPageMeta(d), 'وزارة الصحة').title).toBe('إطلاق حملة التطعيم ضد الإنفلونزا في 480 مركزاً');
    // Trap: a headline <h1> that merely starts with the site's name is still the headline.
    const d2 = doc(
      '<title>وزارة الصحة تطلق حملة التطعيم - وزارة الصحة</title><meta property="og:site_name" content="وزارة الصحة">',
      '<h1>وزارة الصحة تطلق حملة التطعيم</h1>',
    );
    expect(findTitle(d2, readPageMeta(d2), 'وزارة الصحة').title).toBe('وزارة الصحة تطلق حملة التطعيم');
  });

  it('prefers the Urdu <h1> over a Latin <title> (Urdu Point)', () => {
    const d = doc('<title>Ravi Ki Kahani - Special Urdu Article</title>', '<h1>راوی کی کہانی</h1>');
    expect(findTitle(d, readPageMeta(d), null).title).toBe('راوی کی کہانی');
  });
});

const findPublishedTime = (d: Document) => publishedFrom(dateCandidates(d));

describe('published date', () => {
  it('prefers a local timestamp (JSON-LD +02:00) over the UTC meta of the same moment', () => {
    const d = doc(
      '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-25T01:59:50+02:00"}</script>',
      '',
    );
    expect(findPublishedTime(d)?.slice(0, 10)).toBe('2020-12-25');
  });

  it('reads a dated element when there are no metas, but not the masthead "today"', () => {
    const d = doc(
      '',
      '<header><div class="headerdate">دوشنبه ۹ تير ۱۳۹۹</div></header><article><span class="date-created">2 تير 1399 - 12:09:08</span></article>',
    );
    expect(findPublishedTime(d)).toBe('2020-06-22');
  });

  it('reads the elements when no declared date parses, and not when one surely does', () => {
    const body = '<article><time datetime="2021-03-04">4 March</time></article>';
    expect(findPublishedTime(doc('<meta property="article:published_time" content="soon">', body))).toBe('2021-03-04');
    const sure = dateCandidates(doc('<meta property="article:published_time" content="2020-01-02T03:04:05Z">', body));
    expect(sure.dated).toEqual([]);
    expect(publishedFrom(sure)).toBe('2020-01-02T03:04:05Z');
  });
});

describe('byline', () => {
  it('joins name items and strips the lead-in; never the site name', () => {
    const d = doc(
      '<meta name="author" content="المدينة نيوز">',
      '<div class="writers-names"><span>עידן קוולר</span><span>עמית אביטן</span></div>',
    );
    expect(findByline(d, readPageMeta(d), 'וואלה חדשות', null)).toBe('עידן קוולר, עמית אביטן');
    const d2 = doc('<meta name="author" content="المدينة نيوز">', '<span class="writeBy">كتبت أسماء نصار</span>');
    expect(findByline(d2, readPageMeta(d2), 'اليوم السابع', null)).toBe('أسماء نصار');
    const d3 = doc('<meta name="author" content="المدينة نيوز">', '');
    expect(findByline(d3, readPageMeta(d3), 'المدينة نيوز', null)).toBeNull();
  });

  it('keeps "ویب ڈیسک" as the byline', () => {
    const d = doc('', '<div class="by_author"><h5>ویب ڈیسک</h5></div>');
    expect(findByline(d, readPageMeta(d), 'jang.com.pk', null)).toBe('ویب ڈیسک');
  });
});

describe('dek', () => {
  it('finds the summary between the headline and the story', () => {
    const d = doc(
      '',
      '<header><h1>כותרת</h1><h2 class="subtitle">במהלך פסגת נאט"ו באנקרה, טראמפ טען כי ארה"ב היא היחידה שמחזיקה בציוד</h2></header><p>' +
        'טקסט '.repeat(40) +
        '</p>',
    );
    expect(findDek(d)).toMatch(/^במהלך פסגת/);
  });

  it('takes a "summary" box of two or more paragraphs for the story, not a dek (ColorMag 3 brief); a one-paragraph summary stays a dek (trap)', () => {
    const brief =
      '<h1>دھند کے باعث موٹروے بند</h1><div class="cm-entry-summary"><p>شدید دھند کے باعث موٹروے کو ٹریفک کے لیے بند کر دیا گیا ہے۔</p>' +
      '<p>موٹروے دوپہر تک کھلنے کا امکان ہے۔</p><div class="ad"><small>- Advertisement -</small></div></div>';
    expect(findDek(doc('', brief))).toBeNull();
    const dek =
      '<h1>دھند کے باعث موٹروے بند</h1><div class="entry-summary"><p>TRAP-DEK موٹروے پولیس نے شہریوں سے غیر ضروری سفر سے گریز کی اپیل کی ہے۔</p></div><p>' +
      'متن '.repeat(60) +
      '</p>';
    expect(findDek(doc('', dek))).toMatch(/^TRAP-DEK/);
  });
});
