import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';
import { isArticle, judgePage } from './verdict';
import { readPageClaims } from './page-claims';
import { readPageMeta } from './metadata';
import { htmlToText } from '../text/html-text';

function judge(html: string): boolean {
  const holder = parsePage(`<!doctype html><body><div id="h">${html}</div></body>`, null).window.document.getElementById('h')!;
  return isArticle(holder, htmlToText(holder), 250);
}

describe('isArticle', () => {
  it('accepts a short story of sentences (generic mobile Arabic page: three sentences)', () => {
    expect(
      judge(
        '<p>قالت البلدية إنها ستضيف رحلات إضافية وتعيد تنظيم محطات الحافلات في وسط المدينة.</p><p>وسيبدأ العمل بالخطة تدريجيا خلال الأسبوع المقبل مع متابعة يومية من فرق التشغيل.</p><p>وسيتم نشر الإرشادات الجديدة عبر الرسائل القصيرة ولوحات المحطات الذكية.</p>',
      ),
    ).toBe(true);
  });

  it('rejects a few linked headlines (what is left of a home page)', () => {
    expect(
      judge(
        '<p><a href="/1">وفاقی کابینہ کا اجلاس آج ہوگا، اہم فیصلے متوقع ہیں۔</a></p><p><a href="/2">قومی ٹیم کا اعلان کل کیا جائے گا اور کپتان بھی۔</a></p>',
      ),
    ).toBe(false);
    expect(judge('<p>مختصر</p>')).toBe(false);
  });
});

const SECTION_HTML = readFileSync(new URL('../../tests/fixtures/pages/section-page/source.html', import.meta.url), 'utf8');
const SECTION = JSON.parse(readFileSync(new URL('../../tests/fixtures/pages/section-page/annotation.json', import.meta.url), 'utf8')) as {
  url: string;
};
/** The fixture's page with everything it says about itself removed (no canonical, og:, JSON-LD). */
const SECTION_SILENT = SECTION_HTML.replace(
  /<link rel="canonical"[^>]*>|<meta property="og:[^>]*>|<script type="application\/ld\+json"[^]*?<\/script>/g,
  '',
);

/** A teaser of a listing: thumbnail link, headline link, time, one-sentence excerpt. */
const teaser = (i: number) =>
  `<article><a href="/2026/11/2${i}/story-number-${i}-slug-here/"><img src="/t${i}.jpg" alt=""></a><h2><a href="/2026/11/2${i}/story-number-${i}-slug-here/">شہر میں نئی سڑک کا افتتاح نمبر ${i} کر دیا گیا</a></h2><time>2${i} نومبر</time><p>بلدیہ کے مطابق منصوبہ مقررہ وقت سے پہلے مکمل ہوا اور اس پر لاگت بھی تخمینے سے کم آئی ہے، شہریوں نے خوشی کا اظہار کیا۔</p></article>`;
const STORY_PARAS = [
  'وفاقی حکومت نے بجلی کے نرخوں میں کمی کا اعلان کیا ہے جس کا اطلاق اگلے ماہ سے ہوگا۔',
  'وزیر توانائی نے پریس کانفرنس میں بتایا کہ گھریلو صارفین کو سب سے زیادہ فائدہ پہنچے گا۔',
  'انہوں نے کہا کہ صنعتی صارفین کے لیے الگ پیکج پر بھی کام جاری ہے اور جلد اعلان ہوگا۔',
  'ماہرین کا کہنا ہے کہ اس فیصلے سے مہنگائی کی شرح پر بھی مثبت اثر پڑے گا۔',
].map((p) => `<p>${p}</p>`);

function verdictOf(body: string, url: string | null, head = '') {
  const doc = parsePage(`<!doctype html><html><head>${head}</head><body><div id="h">${body}</div></body></html>`, url).window.document;
  const holder = doc.getElementById('h')!;
  return judgePage(holder, htmlToText(holder), 250, readPageClaims(doc, readPageMeta(doc), url), url);
}

describe('judgePage: one story or many', () => {
  it('reads excerpts given as a function only when they can change the verdict', () => {
    // Excerpts whose headline links were cleaned away: only the excerpts tell this is a listing.
    const texts = [1, 2, 3, 4, 5, 6].map(
      (i) => `بلدیہ کے مطابق منصوبہ نمبر ${i} مقررہ وقت سے پہلے مکمل ہوا اور اس پر لاگت بھی تخمینے سے کم آئی ہے۔`,
    );
    const judgeWith = (url: string, head: string) => {
      const doc = parsePage(
        `<!doctype html><html><head>${head}</head><body><div id="h">${texts.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`,
        url,
      ).window.document;
      const holder = doc.getElementById('h')!;
      let reads = 0;
      const excerpts = () => (reads++, new Set(texts));
      const { verdict } = judgePage(holder, htmlToText(holder), 250, readPageClaims(doc, readPageMeta(doc), url), url, excerpts);
      return { verdict, reads };
    };
    expect(judgeWith('https://x.example/news', '')).toEqual({ verdict: 'not-a-story', reads: 1 });
    // A story by its JSON-LD and its URL is never refused for its teasers: nothing to read.
    const story = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script>';
    expect(judgeWith('https://x.example/2026/11/20/city-road-opened/', story)).toEqual({ verdict: 'article', reads: 0 });
  });

  it("counts an excerpt that Readability cut at its <br><br> into paragraphs once, as its teaser (Weebly's blog index at /blog)", () => {
    const halves = [1, 2, 3].map((i) => [
      `پس از هشت ماه پیگیری، شهرداری منطقه سرانجام چراغ شماره ${i} را در پارک کوچک انتهای کوچه نصب کرد.`,
      `مسئول فضای سبز منطقه گفت تأخیر شماره ${i} به دلیل تأمین نشدن بودجه کابل کشی بود و قول داد تا پایان زمستان کار تمام شود.`,
    ]);
    const excerpts = new Set(halves.map(([a, b]) => `${a} ${b}`));
    const judgeParts = (paras: string[]) => {
      const url = 'https://kooye-saadi.example.ir/blog';
      const doc = parsePage(`<!doctype html><body><div id="h">${paras.map((p) => `<p>${p}</p>`).join('')}</div></body>`, url).window
        .document;
      const holder = doc.getElementById('h')!;
      return judgePage(holder, htmlToText(holder), 250, readPageClaims(doc, readPageMeta(doc), url), url, excerpts);
    };
    const r = judgeParts(halves.flat());
    expect(r.facts).toMatchObject({ teasers: 3, longestRun: 0 });
    expect(r.verdict).toBe('not-a-story');
    // trap: paragraphs that are no part of an excerpt are a story's, even at /blog
    const story = judgeParts(STORY_PARAS.map((p) => p.replace(/<\/?p>/g, '')));
    expect(story.facts.teasers).toBe(0);
    expect(story.verdict).toBe('article');
  });

  it('refuses teasers with excerpts on a page that claims nothing (six or more, alternating with their excerpts)', () => {
    const r = verdictOf([1, 2, 3, 4, 5, 6, 7].map(teaser).join(''), null);
    expect(r.facts).toMatchObject({ teasers: 7, longestRun: 1 });
    expect(r.verdict).toBe('not-a-story');
  });

  it('refuses fewer teasers when the URL is a home, search or category URL', () => {
    expect(verdictOf([1, 2, 3].map(teaser).join(''), 'https://x.example/?s=سڑک').verdict).toBe('not-a-story');
    expect(verdictOf([1, 2, 3].map(teaser).join(''), null).verdict).toBe('article');
  });

  it('keeps a short story followed by a related list that survived cleaning (trap: the story runs in consecutive paragraphs)', () => {
    const r = verdictOf(STORY_PARAS.join('') + [1, 2, 3, 4, 5, 6, 7].map(teaser).join(''), null);
    expect(r.facts.teasers).toBe(7);
    expect(r.verdict).toBe('article');
  });

  it('keeps a story with many inline links to other stories (they sit inside sentences, not as headlines)', () => {
    const linked = [1, 2, 3, 4, 5, 6, 7]
      .map(
        (i) =>
          `<p>اس سے پہلے <a href="/2026/10/1${i}/earlier-report-number-${i}/">گزشتہ ماہ کی رپورٹ نمبر ${i}</a> میں بتایا گیا تھا کہ نرخ بڑھیں گے، مگر اب صورتحال بدل گئی ہے۔</p>`,
      )
      .join('');
    const r = verdictOf(linked, null);
    expect(r.facts.teasers).toBe(0);
    expect(r.verdict).toBe('article');
  });

  it('keeps a live blog: timed entries with headings but no links to other stories', () => {
    const entries = [1, 2, 3, 4, 5, 6, 7]
      .map((i) => `<section><h3>اپڈیٹ ${i}: اجلاس جاری ہے</h3><time>1${i}:00</time><p>${STORY_PARAS[i % 4]}</p></section>`)
      .join('');
    expect(verdictOf(entries, 'https://jang.com.pk/liveblog/6').verdict).toBe('article');
  });

  it('never refuses a page that claims a story in JSON-LD on a story URL for its teasers', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(verdictOf([1, 2, 3, 4, 5, 6, 7].map(teaser).join(''), 'https://x.example/2026/11/28/the-story-slug-here/', head).verdict).toBe(
      'article',
    );
  });

  it('refuses a writer page (og:type profile or JSON-LD ProfilePage) whose biography is all that cleaning left; a story that says so in JSON-LD is kept (trap)', () => {
    const sentences = STORY_PARAS.map((p) => p.replace(/<\/?p>/g, '')).join(' ');
    // Twice the verdict's minimum: long enough to pass as a short story on letters alone.
    const bio = `<p>${sentences} ${sentences}</p>`;
    const url = 'https://x.example/writers/some-name';
    expect(verdictOf(bio, url, '<meta property="og:type" content="profile">').verdict).toBe('not-a-story');
    expect(verdictOf(bio, url, '<script type="application/ld+json">{"@type":"ProfilePage"}</script>').verdict).toBe('not-a-story');
    const story = '<meta property="og:type" content="profile"><script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(verdictOf(STORY_PARAS.join(''), 'https://x.example/2026/11/28/the-story-slug-here/', story).verdict).toBe('article');
    expect(
      verdictOf(STORY_PARAS.join(''), 'https://x.example/2026/11/28/the-story-slug-here/', '<meta property="og:type" content="article">')
        .verdict,
    ).toBe('article');
  });

  it("counts a search page's results whose URLs look like nothing (/news/1402/7781) as teasers; not on a page that does not say it is a listing (trap)", () => {
    const result = (i: number) =>
      `<li><h3><a href="/news/1402/77${i}1">نتیجه شماره ${i} درباره افزایش قیمت بلیت مترو</a></h3><p>شورای شهر با افزایش ۲۵ درصدی نرخ بلیت مترو و اتوبوس موافقت کرد و نرخ‌های جدید اعمال می‌شود.</p><span>۱۴۰۲/۱۲/۲۰</span></li>`;
    const body = `<ol>${[1, 2, 3, 4, 5].map(result).join('')}</ol>`;
    const head = '<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>';
    const search = verdictOf(body, 'https://x.example.ir/search?q=metro', head);
    expect(search.facts.teasers).toBe(5);
    expect(search.verdict).toBe('not-a-story');
    // The same markup on a page that claims nothing strongly: unknown URLs are not teasers.
    expect(verdictOf(body, null).facts.teasers).toBe(0);
  });

  it('counts a link that wraps its heading as a headline (Pangea media blocks); a story with three such cards after it stays an article (trap)', () => {
    const block = (i: number) =>
      `<li><div class="media-block"><a href="/a/3301${i}456.html"><img src="/i${i}.jpg" alt=""></a><span>۲ ساعته وړاندې</span><a href="/a/3301${i}456.html"><h4>د ښار نوې سړک نمبر ${i} پرانیستل شو</h4></a><p>ښاروالۍ ویلي چې دا سړک د ټاکلي وخت څخه مخکې بشپړ شوی او لګښت یې هم له اټکل څخه کم و، خلک خوښ دي.</p></div></li>`;
    const listing = verdictOf(`<ul>${[1, 2, 3, 4, 5, 6].map(block).join('')}</ul>`, 'https://x.example/z/2045');
    expect(listing.facts.teasers).toBe(6);
    expect(listing.verdict).toBe('not-a-story');
    const story = verdictOf(
      `${STORY_PARAS.join('')}${STORY_PARAS.join('')}<ul>${[1, 2, 3].map(block).join('')}</ul>`,
      'https://x.example/a/33099999.html',
    );
    expect(story.verdict).toBe('article');
  });

  it('says not-a-story instead of too-short when a listing page kept only a few headlines', () => {
    expect(verdictOf('<h2><a href="/2026/11/1/a-b-c-d/">ایک خبر کی سرخی یہاں ہے</a></h2>', 'https://x.example/').verdict).toBe(
      'not-a-story',
    );
    expect(verdictOf('<h2><a href="/2026/11/1/a-b-c-d/">ایک خبر کی سرخی یہاں ہے</a></h2>', null).verdict).toBe('too-short');
  });
});

describe('the section-page fixture (a WordPress category page) in the whole pipeline', () => {
  it('is refused as not one story', () => {
    const r = extractFile(SECTION_HTML, `https://misaal.example${SECTION.url}`);
    expect(r.ok ? 'article' : r.reason).toBe('not-a-story');
  });

  it('is refused from its teasers alone when it says nothing about itself and sits on a section-like URL', () => {
    expect(SECTION_SILENT).not.toMatch(/CollectionPage|og:type|canonical/);
    const r = extractFile(SECTION_SILENT, 'https://misaal.example/pakistan');
    expect(r.ok ? 'article' : r.reason).toBe('not-a-story');
  });
});

describe('the front-page fixture (a news front page in Arabic whose teasers carry excerpts) in the whole pipeline', () => {
  const html = readFileSync(new URL('../../tests/fixtures/pages/front-page/source.html', import.meta.url), 'utf8');
  const silent = html.replace(
    /<link rel="canonical"[^>]*>|<meta property="og:[^>]*>|<script type="application\/ld\+json"[^]*?<\/script>/g,
    '',
  );

  it('is refused as not one story, on its own URL and on the site root', () => {
    for (const url of ['https://akhbar.example/', 'http://127.0.0.1:8080/front/']) {
      const r = extractFile(html, url);
      expect(r.ok ? 'article' : r.reason, url).toBe('not-a-story');
    }
  });

  it('is refused from its teasers alone when it says nothing about itself', () => {
    expect(silent).not.toMatch(/WebSite|og:type|canonical/);
    const r = extractFile(silent, 'https://akhbar.example/');
    expect(r.ok ? 'article' : r.reason).toBe('not-a-story');
  });
});

describe('a blog main index whose entries print two paragraphs each, on a section-like URL (Movable Type)', () => {
  const P1 = 'بازار کے پرانے قہوہ خانوں میں کبھی شام ڈھلتے ہی داستان گو بیٹھ جاتے تھے اور تاجر رات گئے تک کہانیاں سنتے تھے۔';
  const P2 = 'آج ان قہوہ خانوں میں ٹیلی وژن چلتا ہے اور کہانی سنانے والا کوئی نہیں رہا، صرف پرانی تصویریں دیواروں پر باقی ہیں۔';
  const entry = (i: number) =>
    `<div id="entry-${i}" class="entry-asset asset hentry"><div class="asset-header"><h2 class="asset-name entry-title"><a href="https://qissa.example/blog/2026/11/entry-${i}.html" rel="bookmark">ڈائری کی تحریر نمبر ${i} کی سرخی یہاں</a></h2><div class="asset-meta"><span class="byline">از طارق خلیل بتاریخ نومبر ${i}، 2026</span> | <a class="permalink" href="https://qissa.example/blog/2026/11/entry-${i}.html">مستقل ربط</a> | <a href="https://qissa.example/blog/2026/11/entry-${i}.html#comments">تبصرے (${i})</a></div></div><div class="asset-content entry-content"><div class="asset-body"><p>${P1} ${i}</p><p>${P2} ${i}</p></div><div class="asset-more-link"><a href="https://qissa.example/blog/2026/11/entry-${i}.html#more">مزید پڑھیں</a></div></div></div>`;
  const page = (body: string) =>
    `<!doctype html><html lang="ur"><head><title>قصہ خوانی</title><meta property="og:type" content="website"></head><body><div id="alpha">${body}</div></body></html>`;

  it('is refused: og:type website on /blog/ is a (weak) listing claim, and the entries are long teasers', () => {
    const r = extractFile(page([1, 2, 3, 4, 5].map(entry).join('')), 'https://qissa.example/blog/');
    expect(r.ok ? 'article' : r.reason).toBe('not-a-story');
  });

  it('keeps a story with the same claim whose text follows one "read also" heading link (trap)', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${P1} ${P2} ${i}</p>`).join('');
    const also = '<h3><a href="https://qissa.example/blog/2026/11/entry-9.html">یہ بھی پڑھیں: ڈائری کی ایک اور تحریر</a></h3>';
    const r = extractFile(page(`<article><h1>پشاور کے قہوہ خانے</h1>${also}${story}</article>`), 'https://qissa.example/qehwa');
    expect(r.ok ? 'article' : r.reason).toBe('article');
  });
});
