import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { countTeasers, teaserExcerpts } from './teasers';

const body = (html: string) => parsePage(`<!doctype html><body>${html}</body>`, null).window.document.body;
const BASE = 'https://x.example/2026/11/30/this-page-story/';
const EXCERPT = 'بلدیہ کے مطابق منصوبہ مقررہ وقت سے پہلے مکمل ہوا اور اس پر لاگت بھی کم آئی۔';

describe('countTeasers', () => {
  it('counts headline links to story URLs once per target, not links inside sentences, nav links or the page itself', () => {
    const root = body(
      `<nav><a href="/category/world/">دنیا کی تمام خبریں یہاں</a></nav>
       <h3><a href="/2026/11/1/first-story-slug-here/">پہلی خبر کی سرخی یہاں ہے</a></h3>
       <a href="/2026/11/1/first-story-slug-here/"><img src="a.jpg"></a>
       <div><a href="/2026/11/2/second-story-slug-here/">دوسری خبر کی سرخی یہاں ہے</a></div>
       <p>جیسا کہ <a href="/2026/11/3/third-story-slug-here/">تیسری خبر کی سرخی یہاں</a> میں بتایا گیا تھا، حکومت نے یہ فیصلہ پہلے ہی کر لیا تھا اور اب اس پر عمل ہو رہا ہے۔</p>
       <h3><a href="${BASE}">یہی صفحہ اپنی سرخی کے ساتھ</a></h3>`,
    );
    const r = countTeasers(root, BASE);
    expect(r.teasers).toBe(2);
    // the thumbnail is returned with the headlines (it separates teasers) but not counted
    expect(r.headlines.size).toBe(3);
  });

  it("counts a collection's items by where they live: one level below the page, whatever their slug (Squarespace)", () => {
    const items = ['kurdish-wedding-season', 'mashhad-hostels', 'bazaar-night'].map(
      (slug, i) =>
        `<article class="blog-item"><h1 class="blog-title"><a href="/photo-stories/${slug}">گزارش تصویری شماره ${i} از شهر</a></h1></article>`,
    );
    expect(countTeasers(body(items.join('')), 'https://ghab.example/photo-stories').teasers).toBe(3);
    // Traps: on a story page, the same links are siblings, not children; a link two levels down, to
    // another host, or anything below the site root is not an item either.
    expect(countTeasers(body(items.join('')), 'https://ghab.example/photo-stories/salt-workers').teasers).toBe(0);
    const others = `<h2><a href="/photo-stories/a/b">گزارش تصویری در دو سطح پایین‌تر</a></h2><h2><a href="https://other.example/photo-stories/x">گزارش تصویری در سایتی دیگر</a></h2>`;
    expect(countTeasers(body(others), 'https://ghab.example/photo-stories').teasers).toBe(0);
    expect(countTeasers(body(items.join('')), 'https://ghab.example/').teasers).toBe(0);
  });
});

describe('countTeasers: pages named like files (Contao, TYPO3)', () => {
  it('counts items in the folder of a `.html` page, resolving relative links against the base the page gives', () => {
    const items = ['ghanoon-shahrvandi', 'blue-card', 'kelas-zaban'].map(
      (slug) => `<div class="layout_latest"><h2><a href="akhbar/mohajerat/${slug}.html">عنوان خبر درباره اقامت ${slug}</a></h2></div>`,
    );
    const page = 'https://peyvand.example.de/akhbar/mohajerat.html';
    expect(countTeasers(body(items.join('')), page, false, 'https://peyvand.example.de/').teasers).toBe(3);
    // Traps: resolved against the page itself the links point elsewhere; on one item's page its
    // siblings are not its children.
    expect(countTeasers(body(items.join('')), page).teasers).toBe(0);
    const item = 'https://peyvand.example.de/akhbar/mohajerat/blue-card.html';
    expect(countTeasers(body(items.join('')), item, false, 'https://peyvand.example.de/').teasers).toBe(0);
  });
});

describe('countTeasers: short page files at the site root (Pelican)', () => {
  it('on a listing, counts heading links to `/<three-word-slug>.html` pages, which look like sections by their length', () => {
    const h = (href: string) => `<article><h2><a href="${href}">A headline of several words here</a></h2></article>`;
    const items = ['/flood-schools-tents.html', '/crop-insurance-pilot.html', '/dadu-embankment-repairs.html'].map(h).join('');
    expect(countTeasers(body(items), 'https://ledger.example.org/tag/floods.html', true).teasers).toBe(3);
    // Traps: a section folder or a one- or two-word page file is no story; off a listing, nothing counts.
    const sections = ['/science-and-technology/', '/world.html', '/sindh-news.html'].map(h).join('');
    expect(countTeasers(body(sections), 'https://ledger.example.org/tag/floods.html', true).teasers).toBe(0);
    expect(countTeasers(body(items), 'https://ledger.example.org/some-story-page.html').teasers).toBe(0);
  });
});

describe('countTeasers: card links', () => {
  const card = (i: number, excerpt: string) =>
    `<a href="/posts/story-number-${i}-here/" class="post-preview"><img src="/${i}.webp"><div class="card-body"><h2 class="card-title">کارڈ نمبر ${i} کی سرخی یہاں ہے</h2><div class="card-text"><p>${excerpt}</p></div><div class="post-meta"><time>Mar ${i}, 2026</time></div></div></a>`;

  it('counts a link that wraps a whole card, its heading and its excerpt (Jekyll Chirpy), even with a long excerpt', () => {
    // As Readability leaves them: the cards side by side in one box (their <article> wrappers gone).
    const root = body(`<div id="post-list">${[1, 2, 3].map((i) => card(i, `${EXCERPT} `.repeat(i === 1 ? 6 : 2))).join('')}</div>`);
    expect(countTeasers(root, BASE).teasers).toBe(3);
  });

  it('does not count a link wrapping a heading and a story-length text, nor a link without a heading (traps)', () => {
    const long = `<div><a href="/posts/one-long-wrapped-story/"><h2>پوری خبر ایک لنک کے اندر</h2><p>${`${EXCERPT} `.repeat(40)}</p></a>${`<p>${`${EXCERPT} `.repeat(5)}</p>`.repeat(10)}</div>`;
    const noHeading = `<div><a href="/posts/plain-linked-paragraph-here/"><p>${EXCERPT} ${EXCERPT}</p></a><p>${EXCERPT}</p><p>${EXCERPT}</p></div>`;
    expect(countTeasers(body(`${long}${noHeading}`), BASE).teasers).toBe(0);
  });
});

describe('countTeasers: title lines on a listing', () => {
  // Plone's search results: the title link opens its record in a <span>, no heading, no story URL.
  const result = (i: number) =>
    `<li><span class="result-title"><a href="/ar/news/2026/result-${i}">عنوان النتيجة رقم ${i} في البحث</a></span> <span class="discreet">— نُشر 2026/11/2${i}</span><p class="discreet croppedDescription">${EXCERPT}</p></li>`;
  it('counts a link that opens its record on a page that claims to be a listing', () => {
    const root = body(`<ol class="searchResults">${[1, 2, 3].map(result).join('')}</ol>`);
    expect(countTeasers(root, 'https://water.example.org/ar/@@search', true).teasers).toBe(3);
    // without the listing claim the same links are not headlines
    expect(countTeasers(root, 'https://water.example.org/ar/@@search').teasers).toBe(0);
  });
  it('does not count a link that opens a story paragraph longer than a record, nor one inside a sentence (traps)', () => {
    const long = `<p><a href="/ar/news/2026/other-item">بيان الوزارة الصادر صباح اليوم</a> ${EXCERPT.repeat(25)}</p>`;
    const inside = `<p>وقال <a href="/ar/news/2026/other-item-2">بيان الوزارة الصادر صباح اليوم</a> إن الخطة ستنفذ.</p>`;
    expect(countTeasers(body(long + inside), 'https://water.example.org/ar/@@search', true).teasers).toBe(0);
  });
});

describe('teaserExcerpts', () => {
  it('finds the excerpt of each small record around one headline link', () => {
    const root = body(
      [1, 2]
        .map(
          (i) =>
            `<article><h2><a href="/2026/11/${i}/story-${i}-slug-here/">خبر نمبر ${i} کی سرخی یہاں</a></h2><p>${EXCERPT} ${i}</p></article>`,
        )
        .join(''),
    );
    expect([...teaserExcerpts(root, BASE)]).toEqual([`${EXCERPT} 1`, `${EXCERPT} 2`]);
  });

  it('takes nothing from a story that holds a single headline link (trap: the record would be the whole story)', () => {
    const paras = Array.from({ length: 8 }, (_, i) => `<p>${EXCERPT} پیراگراف ${i}</p>`).join('');
    const root = body(
      `<article>${paras}<h3><a href="/2026/11/5/read-also-story-slug/">یہ بھی پڑھیں: ایک اور خبر یہاں</a></h3>${paras}</article>`,
    );
    expect(teaserExcerpts(root, BASE).size).toBe(0);
  });

  it('takes nothing from a SHORT story (under a record\'s size) around one "read also" line (trap: its paragraphs would count as excerpts and the page as a listing)', () => {
    const p = (i: number) => `<p>${EXCERPT} ${EXCERPT} ${i}</p>`;
    const root = body(
      `<div>${p(1)}${p(2)}<p>یہ بھی پڑھیں: <a href="/2026/11/5/read-also-story-slug/">صوبے میں گندم کی خریداری کا ہدف پورا نہ ہو سکا، کسان پریشان</a></p>${p(3)}</div>`,
    );
    expect(teaserExcerpts(root, BASE).size).toBe(0);
  });

  it('on a page that claims to be a listing, takes the two-paragraph excerpts of a blog index (Hexo NexT posts-expand)', () => {
    const post = (i: number) =>
      `<div class="post-block"><article><header class="post-header"><h2 class="post-title"><a href="/2026/10/${i}/post-${i}/" class="post-title-link">نوشته شماره ${i} در وبلاگ</a></h2></header><div class="post-body"><p>${EXCERPT} ${EXCERPT} ${EXCERPT} ${i}</p><p>${EXCERPT} ${EXCERPT} ${i}</p><div class="post-button"><a class="btn" href="/2026/10/${i}/post-${i}/#more">ادامه مطلب</a></div></div></article></div>`;
    const root = body([1, 2, 3].map(post).join(''));
    const wide = teaserExcerpts(root, 'https://blog.example/page/2/', true);
    expect(wide.has(`${EXCERPT} ${EXCERPT} 2`)).toBe(true);
    // without the claim, two long paragraphs around one link read as a short story
    expect(teaserExcerpts(root, 'https://blog.example/page/2/').size).toBe(0);
  });

  it('on a listing, counts a record by its own blocks, not the wrappers around them (Movable Type entry-asset: meta line, two paragraphs in nested boxes)', () => {
    const entry = (i: number) =>
      `<div class="entry-asset asset hentry"><div class="asset-header"><h2 class="asset-name entry-title"><a href="/blog/2026/11/entry-${i}.html">ڈائری کی تحریر نمبر ${i} کی سرخی</a></h2><div class="asset-meta"><span class="byline">از طارق خلیل بتاریخ نومبر ${i}، 2026</span> | <a href="/blog/2026/11/entry-${i}.html#comments">تبصرے (${i})</a> | مستقل ربط</div></div><div class="asset-content entry-content"><div class="asset-body"><p>${EXCERPT} ${EXCERPT} ${i}</p><p>${EXCERPT} ${i}</p></div><div class="asset-more-link"><a href="/blog/2026/11/entry-${i}.html#more">مزید پڑھیں</a></div></div></div>`;
    const found = teaserExcerpts(body([1, 2, 3].map(entry).join('')), 'https://blog.example/blog/', true);
    expect(found.has(`${EXCERPT} ${EXCERPT} 2`)).toBe(true);
    expect(found.has(`${EXCERPT} 3`)).toBe(true);
    // trap: four paragraphs of its own around one link are a short story, wrappers or not
    const story = `<article><h3><a href="/2026/11/5/read-also-story-slug/">یہ بھی پڑھیں: ایک اور خبر یہاں</a></h3><div class="body"><div class="inner">${[1, 2, 3, 4].map((i) => `<p>${EXCERPT} ${i}</p>`).join('')}</div></div></article>`;
    expect(teaserExcerpts(body(story), 'https://blog.example/page/2/', true).size).toBe(0);
  });

  it('takes nothing from a short story around one "read also" heading, even on a listing-shaped URL (traps: before it, or five paragraphs after it)', () => {
    const paras = (n: number) => Array.from({ length: n }, (_, i) => `<p>${EXCERPT} ${i}</p>`).join('');
    const also = `<h3><a href="/2026/11/5/read-also-story-slug/">یہ بھی پڑھیں: ایک اور خبر یہاں</a></h3>`;
    expect(teaserExcerpts(body(`<article>${paras(3)}${also}</article>`), 'https://blog.example/page/2/', true).size).toBe(0);
    expect(teaserExcerpts(body(`<article>${also}${paras(5)}</article>`), 'https://blog.example/page/2/', true).size).toBe(0);
  });

  it('counts an excerpt once when its <div> wraps its <p>', () => {
    const root = body(
      `<article><h2><a href="/2026/11/1/story-1-slug-here/">خبر نمبر ایک کی سرخی یہاں</a></h2><div class="entry-summary"><p>${EXCERPT} ${EXCERPT}</p></div></article>`,
    );
    expect([...teaserExcerpts(root, BASE)]).toEqual([`${EXCERPT} ${EXCERPT}`]);
  });
});

describe('countTeasers: one-block records', () => {
  it('counts a record whose headline link shares its block with a date and an excerpt block (eleventy postlist); not a long block or a link in prose (traps)', () => {
    const items = [1, 2, 3].map(
      (i) =>
        `<li class="postlist-item"><a href="/posts/2026/11/story-number-${i}/" class="postlist-link">د ښوونځیو په اړه نوې خبره شمېره ${i}</a> <time class="postlist-date" datetime="2026-11-0${i}">۲۹ نومبر ۲۰۲۶</time><p class="postlist-excerpt">${'د ښوونې او روزنې ریاست د کلنۍ راپور له مخې شمېر زیات شو. '.repeat(2)}</p></li>`,
    );
    expect(countTeasers(body(`<ol class="postlist">${items.join('')}</ol>`), 'https://x.example/tags/zdakra/').teasers).toBe(3);
    // A story's block: its own line is a lead-in plus the link, and a block of story text is longer than a record.
    const story = `<div>وزیر وویل: <a href="/posts/2026/11/story-number-9/">د ښوونځیو په اړه نوې خبره</a><p>${'د پوهنتون سنډیکېټ فیسونه لوړ کړل او محصلینو اعتراض وکړ. '.repeat(14)}</p></div>`;
    expect(countTeasers(body(story), BASE).teasers).toBe(0);
  });
});
