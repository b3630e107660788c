import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { readPageMeta } from './metadata';
import { acceptByline, bylineLine, findByline, locateByline } from './byline';
import { isUiLabel } from './byline-labels';

const doc = (head: string, body: string) =>
  parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, null).window.document;
const byline = (head: string, body: string, site: string | null = null) => {
  const d = doc(head, body);
  return findByline(d, readPageMeta(d), site, null);
};

describe('interface labels are never bylines', () => {
  it.each([
    'See all notifications',
    'View all',
    'تمام اطلاعات دیکھیں',
    'عرض الكل',
    'الإشعارات',
    'مشاهده همه',
    'اعلان‌ها',
    'Follow',
    'تسجيل الدخول',
  ])('%s is a label', (s) => {
    expect(isUiLabel(s)).toBe(true);
  });

  it.each(['سحر بلوچ', 'أسماء نصار', 'Tariq Panja', 'ویب ڈیسک', 'مریم مزیدی', 'Morehouse Jones'])(
    '%s is a name (trap: names that contain label-like letters)',
    (s) => {
      expect(isUiLabel(s)).toBe(false);
    },
  );

  it('skips a "see all notifications" link with an author-like class in the site header, and takes the real byline', () => {
    const body =
      '<header role="banner"><div class="author-notifications" aria-haspopup="true"><a class="author-link" href="/notifications">See all notifications</a></div></header>' +
      '<article><h1>سرخی</h1><span class="byline">تحریر: سحر بلوچ</span><p>متن</p></article>';
    expect(byline('', body)).toBe('سحر بلوچ');
  });

  it('structural check alone: a menu button whose text looks like a name is not a byline', () => {
    expect(byline('', '<div role="menu"><a class="author" href="#">Ali Raza</a></div><p>متن</p>')).toBeNull();
  });

  it("refuses Readability's guess when it is a label", () => {
    expect(acceptByline('See all notifications', null)).toBeNull();
    expect(acceptByline('By Ahiza Garcia', null)).toBe('Ahiza Garcia');
  });
});

describe('bylines filled from the article-information block and JSON-LD', () => {
  it("reads BBC World Service's article information block (screen-reader label pairs), and returns it to take out of the story", () => {
    const body =
      '<main><h1>سرخی</h1><section aria-labelledby="article-byline" role="region"><h2 id="article-byline" class="visually-hidden">مضمون کی معلومات</h2>' +
      '<ul><li><span class="visually-hidden">مصنف,</span><span>سحر بلوچ</span></li><li><span class="visually-hidden">عہدہ,</span><span>بی بی سی اردو، اسلام آباد</span></li></ul></section><p>متن</p></main>';
    const d = doc('', body);
    const found = locateByline(d, readPageMeta(d), 'BBC News اردو', null);
    expect(found?.name).toBe('سحر بلوچ');
    expect(found?.el?.getAttribute('aria-labelledby')).toBe('article-byline');
  });

  it('reads the same block in Persian and Arabic, with colon labels', () => {
    const fa = '<section aria-labelledby="article-byline"><ul><li><span>نویسنده،</span><span>مریم افشنگ</span></li></ul></section>';
    expect(byline('', fa)).toBe('مریم افشنگ');
    const ar = '<div data-testid="article-info"><p><b>الكاتب:</b><span>أحمد سالم</span></p></div>';
    expect(byline('', ar)).toBe('أحمد سالم');
  });

  it('does not read a label pair outside such a block (trap: a quoted "Author:" in the story)', () => {
    expect(byline('', '<p><b>مصنف:</b><span>کتاب کا نام</span></p>')).toBeNull();
  });

  it('reads a Sindhi byline in Drupal\'s author field ("رپورٽ: <name>" in field--name-uid), and returns it to take out of the story', () => {
    const body =
      '<article class="node node--type-article"><h1>سنڌ ۾ برسات</h1><div class="node__meta"><span class="field field--name-uid"><span>رپورٽ: علي حسن</span></span> ' +
      '<span class="field field--name-created">آچر، 7 جولاءِ 2024 - 14:20</span></div>' +
      '<div class="field field--name-body"><p>رپورٽ ۾ چيو ويو آهي ته حيدرآباد ۾ برسات سبب ڪيترائي رستا بند ٿي ويا.</p></div></article>';
    const d = doc('', body);
    const found = locateByline(d, readPageMeta(d), 'عوامي آواز', null);
    expect(found?.name).toBe('علي حسن');
    expect(found?.el?.className).toContain('field--name-uid');
    // The Sindhi writer label too, in an info block.
    expect(byline('', '<div class="post-author"><span>ليکڪ:</span> <span>سارنگ سومرو</span></div>')).toBe('سارنگ سومرو');
  });

  it('does not take a story sentence that starts with "رپورٽ" (the report) for a byline (trap)', () => {
    expect(byline('', '<div class="field--name-body"><p>رپورٽ ۾ چيو ويو آهي ته برسات سبب رستا بند ٿي ويا.</p></div>')).toBeNull();
  });

  it('resolves an @id author reference in a Yoast @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', '@id': 'https://x.example/a#article', author: { '@id': 'https://x.example/#/schema/person/1' } },
        { '@type': 'Person', '@id': 'https://x.example/#/schema/person/1', name: 'عمر سیف' },
      ],
    };
    expect(byline(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<p>متن</p>')).toBe('عمر سیف');
  });
});

describe('a byline is the name alone: lead-ins, labels, dates and handles beside it are not', () => {
  it.each([
    ['<span class="td-post-author-name">بواسطة <a href="/author/rania/">رانيا الحسيني</a> - </span>', 'رانيا الحسيني'],
    ['<div class="jeg_meta_author"><span>توسط</span>, <a href="/author/maryam/">مریم سلطانی</a></div>', 'مریم سلطانی'],
    ['<div class="post-author">مریم رضایی <time>۱۱ مهر ۱۴۰۳</time>• ۵ دقیقه مطالعه</div>', 'مریم رضایی'],
    ['<div class="author-name">خالد محمود<span>12 اپریل 2024</span></div>', 'خالد محمود'],
    ['<p class="byline">Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET</p>', 'Ahiza Garcia'],
  ])('%s -> %s', (body, name) => {
    expect(byline('', `<article><h1>سرخی</h1>${body}<p>متن</p></article>`)).toBe(name);
  });

  it('drops the label and the date items of a byline made of items', () => {
    const labelled = '<div class="field-name-author"><div class="field-label">الكاتب:</div><div class="field-item">هشام العمري</div></div>';
    expect(byline('', `<article>${labelled}<p>متن</p></article>`)).toBe('هشام العمري');
    const dated = '<div class="author-meta"><span>ویب ڈیسک</span><span>جمعرات 13 جون 2024</span><span>۳ گھنٹے پہلے</span></div>';
    expect(byline('', `<article>${dated}<p>متن</p></article>`)).toBe('ویب ڈیسک');
  });

  it('keeps two authors, and a name that only begins like a lead-in (traps)', () => {
    const two = '<div class="authors"><a href="/author/a">عمران خان</a><a href="/author/b">علی رضا</a></div>';
    expect(byline('', `<article>${two}<p>متن</p></article>`)).toBe('عمران خان, علی رضا');
    expect(acceptByline('ازهر حسین', null)).toBe('ازهر حسین');
    expect(acceptByline('Byron Katie', null)).toBe('Byron Katie');
  });

  it('keeps initials in parentheses inside a name (salon.com), not a wire credit in parentheses (trap)', () => {
    expect(acceptByline('Richard (R.J.) Eskow', null)).toBe('Richard (R.J.) Eskow');
    expect(acceptByline('Ali Raza (AFP)', null)).toBeNull();
    expect(acceptByline('(سجاڳي رپورٽ)', null)).toBeNull();
  });

  it('is no byline when nothing is left but a date', () => {
    expect(acceptByline('12 اپریل 2024', null)).toBeNull();
  });
});

describe("the story's byline, not another story's author", () => {
  const located = (body: string, title: string | null = null) => {
    const d = doc('', body);
    return locateByline(d, readPageMeta(d), null, null, undefined, title);
  };
  const columnists =
    '<div class="side_box"><div class="box_heading">ڪالم</div><ul class="column_list">' +
    '<li><a href="column.php?id=4410">سنڌو درياءَ جو ڏک</a><br><span class="col_writer">جامي چانڊيو</span></li>' +
    '<li><a href="column.php?id=4409">شهرن جي رٿابندي ڪٿي آهي؟</a><br><span class="col_writer">نوشابه ميمڻ</span></li></ul></div>';

  it("passes over a columnists' list that comes first in the page, and takes the author by the headline", () => {
    const body = `<table><tr><td>${columnists}</td><td><h1>سکر ۾ پل جي مرمت شروع</h1><span class="author">رپورٽ: علي حسن</span><p>متن</p></td></tr></table>`;
    expect(located(body)?.name).toBe('علي حسن');
  });

  it('takes the byline nearest the headline over a sidebar author box that comes first (not a list)', () => {
    const body =
      '<div class="sidebar"><div class="writer-of-week"><span class="writer">نوشابه ميمڻ</span></div></div>' +
      '<div class="post"><header><h1>لئنسڊائون پل جي مرمت</h1><div class="meta"><span class="byline">علي حسن</span></div></header><p>متن</p></div>';
    expect(located(body, 'لئنسڊائون پل جي مرمت')?.name).toBe('علي حسن');
  });

  it('keeps co-authors listed one to an item (trap: a list of names only is a byline)', () => {
    const body =
      '<h1>سرخی والی خبر</h1><ul><li><a rel="author" href="/a">عمران خان</a></li><li><a rel="author" href="/b">علی رضا</a></li></ul><p>متن</p>';
    expect(located(body)?.name).toBe('عمران خان');
  });

  it("is the bureau's line over the headline when the page names no author, and never a columnist of the sidebar", () => {
    const body = `<table><tr><td><div class="news_head_small">سکر بيورو</div><div class="news_heading">لئنسڊائون پل جي مرمت شروع</div><p>متن</p></td><td>${columnists}</td></tr></table>`;
    const found = located(body, 'لئنسڊائون پل جي مرمت شروع');
    expect(found?.name).toBe('سکر بيورو');
    expect(found?.el?.className).toBe('news_head_small');
  });

  it.each([
    ['a topic kicker naming an institution', '<div class="kicker">قومی احتساب بیورو</div>'],
    ['a kicker that links to its tag page', '<div class="kicker"><a href="/tag/bureau">اسلام آباد بیورو</a></div>'],
    ['a sentence about a bureau', '<p>ادارہ شماریات بیورو کے مطابق مہنگائی کم ہوئی</p>'],
  ])('is no credit line: %s next to the headline (trap)', (_, line) => {
    expect(located(`<div>${line}<h2 class="title">بجٹ پر نئی بحث</h2><p>متن</p></div>`, 'بجٹ پر نئی بحث')).toBeNull();
  });
});

describe('a linked name with a dateline after a comma', () => {
  it('takes the name without the place; keeps two linked names (trap)', () => {
    expect(byline('', '<span class="entry__author">رپورٽ: <a href="/lekhak/shazia-soomro">شازيه سومرو</a>، ٺٽو</span>')).toBe(
      'شازيه سومرو',
    );
    expect(byline('', '<span class="byline"><a href="/author/a">علی رضا</a>، <a href="/author/b">سارہ خان</a></span>')).toBe(
      'علی رضا, سارہ خان',
    );
  });
});

describe('bylineLine', () => {
  it('takes the lead-in with a linked name ("By <a>Name</a>"); not a sentence around the name (trap)', () => {
    const d = doc(
      '',
      '<ul><li class="byline">By <a href="/en/news/author/hina-qureshi/">Hina Qureshi</a></li></ul><p>TRAP Hina Qureshi <a href="/x">said</a> the city would appeal the ruling next week.</p>',
    );
    const a = d.querySelector('li a')!;
    expect(bylineLine({ name: 'Hina Qureshi', el: a })?.localName).toBe('li');
    const b = d.querySelector('p a')!;
    expect(bylineLine({ name: 'said', el: b })).toBeNull();
  });

  it('takes a theme meta line around the name ("Posted in <a>Cat</a> by <a>Name</a> on <date>"); not a dated story sentence (trap)', () => {
    const d = doc(
      '',
      '<p class="info">Posted in <a href="/tech/category/startups">Startups</a> by <a href="/authors/omar-siddiqui">Omar Siddiqui</a> on Dec 04, 2026</p>' +
        '<p>TRAP On 4 December <a href="/authors/omar-siddiqui">Omar Siddiqui</a> told the court the app had been copied.</p>',
    );
    const [line, trap] = [...d.querySelectorAll('p')];
    expect(bylineLine({ name: 'Omar Siddiqui', el: line!.querySelectorAll('a')[1]! })).toBe(line);
    expect(bylineLine({ name: 'Omar Siddiqui', el: trap!.querySelector('a')! })).toBeNull();
  });

  it("takes an indented byline block (Naviga's name, title and dates on their own lines); not a block longer than a line when read (trap)", () => {
    const pad = '\n' + ' '.repeat(40);
    const d = doc(
      '',
      `<div class="nv-byline-wrap">${pad}<span class="byline">بقلم <a href="/p?ID=1">سلمى الراشدي</a></span>${pad}<span class="title">مراسلة الشؤون البلدية</span>${pad}<time>نُشر في 3 ديسمبر 2026، الساعة 6:40 صباحاً</time>${pad}</div>` +
        `<div class="trap">${pad}<span class="byline">بقلم <a href="/p?ID=1">سلمى الراشدي</a></span>${pad}<span>TRAP وقالت الهيئة إن الخط الثالث يدخل الخدمة في مايو ويغطي حاجة تسعين ألف أسرة في الأحياء الجديدة شمال المدينة قبل الصيف.</span></div>`,
    );
    const [wrap, trap] = [...d.querySelectorAll('body > div')];
    expect((wrap!.textContent ?? '').trim().length).toBeGreaterThan(120);
    expect(bylineLine({ name: 'سلمى الراشدي', el: wrap! })).toBe(wrap);
    expect(bylineLine({ name: 'سلمى الراشدي', el: trap! })).toBeNull();
  });
});
