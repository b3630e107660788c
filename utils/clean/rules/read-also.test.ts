import { describe, expect, it } from 'vitest';
import { readAlso } from './read-also';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

describe('read-also', () => {
  it.each([
    ['ur', '<p><strong>یہ بھی پڑھیں:</strong> <a href="/news/2">آئی ایم ایف بورڈ سے معاہدہ منظور</a></p>', 'آئی ایم ایف بورڈ'],
    ['ur', '<p><a href="/news/3">مزید پڑھیے:</a></p>', 'مزید پڑھیے'],
    ['ur', '<p>مزید پڑھیں: <a href="/news/4">ڈالر کی قیمت میں مزید کمی</a></p>', 'ڈالر کی قیمت'],
    [
      'ar',
      '<div class="box"><span>اقرأ أيضاً</span><ul><li><a href="/a">المدير الفني لفريق الفيوم: هدفنا المربع الذهبي</a></li><li><a href="/b">مصر تكسر حاجز ألف إصابة بكورونا منذ 169 يوما</a></li></ul></div>',
      'المربع الذهبي',
    ],
    ['fa', '<p>بیشتر بخوانید: <a href="/fa/5">افزایش قیمت سکه، طلا و ارز در بازار</a></p>', 'افزایش قیمت سکه'],
    ['en', '<p>Related: <a href="/x">Chicago is America’s most segregated city</a></p>', 'most segregated city'],
    // Pashto (Minimal Mistakes notice box on a Jekyll site) and Sindhi lead-ins.
    [
      'ps',
      '<p class="notice--info"><strong>دا هم ولولئ:</strong> <a href="/ps/economy/onion-prices/">په پېښور کې د پیازو بیه دوه چنده شوه</a></p>',
      'د پیازو بیه',
    ],
    ['sd', '<p><strong>هي به پڙهو:</strong> <a href="/2026/08/keenjhar/">ڪينجهر تي سياحن لاءِ نيون ٻيڙيون</a></p>', 'ڪينجهر تي سياحن'],
  ])('%s: removes %s', (lang, html, gone) => {
    const { text, removed } = clean([readAlso], `${PROSE_UR}${html}${PROSE_AR}`, { lang });
    expect(text).not.toContain(gone);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(text).toContain('وزير الصحة');
    expect(removed.every((r) => r.rule === 'read-also')).toBe(true);
  });

  it('takes the list of links that follows a lead-in alone on its line; keeps a plain list after it and a key-points list (traps)', () => {
    const html = `<div class="content">${PROSE_AR}<p><b>بیشتر بخوانید:</b></p><ul><li><a href="/news/1">فرونشست زمین در دشت مرکزی به ۲۸ سانتی‌متر رسید</a></li><li><a href="/news/2">قیمت آب کشاورزی دو برابر می‌شود؟</a></li></ul>
      <p><b>آنچه تاکنون می‌دانیم:</b></p><ul><li>TRAP ذخایر پنج سد اصلی به ۲۳ درصد ظرفیت رسیده است.</li><li>TRAP برداشت از چاه‌ها محدود شده است.</li></ul>
      ${PROSE_AR}<p><b>بیشتر بخوانید:</b></p><ul><li>TRAP-2 کتاب‌های تازه کتابخانه شهر در فهرست زیر آمده است</li></ul></div>`;
    const { text } = clean([readAlso], html);
    expect(text).not.toContain('فرونشست زمین');
    expect(text).not.toContain('قیمت آب کشاورزی');
    expect(text).toContain('TRAP ذخایر پنج سد اصلی به ۲۳ درصد ظرفیت رسیده است.');
    expect(text).toContain('TRAP-2');
  });

  it('keeps a quoted sentence that starts with یہ بھی (the quote trap)', () => {
    const quote = '<p>"یہ بھی ضروری ہے کہ ہم اپنے وسائل کو بہتر طریقے سے استعمال کریں،" وزیر نے کہا۔</p>';
    const { text } = clean([readAlso], `${PROSE_UR}${quote}`);
    expect(text).toContain('یہ بھی ضروری ہے کہ ہم اپنے وسائل');
  });

  it('keeps Pashto and Sindhi story sentences that open like a lead-in (trap)', () => {
    const ps = '<p>دا هم د یادونې وړ ده چې د تورخم لاره تېر کال هم څو ځله بنده شوې وه او سوداګرو ډېر زیان لیدلی و.</p>';
    const sd =
      '<p><b>هي به پڙهو:</b> ماهرن جو چوڻ آهي ته ڍنڍ جي پاڻي جي سطح برقرار رهي ته لڏپلاڻ ڪندڙ پکين جي واپسي به ممڪن آهي ۽ مهاڻن جو روزگار بحال ٿيندو.</p>';
    const { text } = clean([readAlso], `${ps}${sd}`, { lang: 'ps' });
    expect(text).toContain('دا هم د یادونې وړ ده');
    expect(text).toContain('لڏپلاڻ ڪندڙ پکين جي واپسي');
  });

  it('keeps a paragraph that opens with "مزید پڑھیں" but carries no link (a sentence, not a promo)', () => {
    const p =
      '<p><b>مزید پڑھیں:</b> وزیر اعظم نے کہا کہ تعلیم کے شعبے میں اصلاحات کا عمل جاری رہے گا اور اساتذہ کی تربیت کے لیے نئے مراکز قائم کیے جائیں گے۔</p>';
    const { text } = clean([readAlso], p);
    expect(text).toContain('تعلیم کے شعبے میں اصلاحات');
  });
});
