import { describe, expect, it } from 'vitest';
import { counters } from './counters';
import { isBareCount, isCounter, isNewsId } from '../patterns/counters';
import { isListenLabel, startsWithListen } from '../patterns';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

describe('counter patterns', () => {
  it.each([
    '12.3K بازدید',
    '۱۲٫۳K بازدید',
    '۴۱ دیدگاه',
    '41 دیدگاه',
    '2.1K شیئرز',
    '١٢ ألف مشاهدة',
    'مشاهدات: ١٬٢٠٤',
    '3 هزار بازدید',
    '0 comments',
    '1.2M views',
    'تعليقات (5)',
    '17 تبصرے',
    '۳ نظر',
    'بازدید: ۱۲۳',
    '5 لائکس',
    '١٠ إعجابات',
    // Pashto (Pangea most-read lists) and Sindhi (Drupal statistics counters)
    '۱۲.۳ زره کتنې',
    '۸ زره کتنې',
    '1,204 ڀيرا پڙهيو ويو',
    '۳ تبصرې',
    'تبصرا (0)',
    // The participle as the label, "times" after the count (Sindhi and Urdu dailies' CMSs)
    'ڏٺو ويو: 1,204 ڀيرا',
    'مشاہدات 4512 مرتبہ',
    'دیکھا گیا: ۱۲ ہزار بار',
    // Arabic passive verb as the label (a ProcessWire daily's tool row)
    'قرئ 2,318 مرة',
    'شوهد ١٢ ألف مرة',
  ])('counter: %s', (t) => expect(isCounter(t)).toBe(true));

  it.each([
    'اس ویڈیو کو 12 ہزار بار دیکھا گیا اور اس پر بحث جاری ہے',
    '41 دیدگاه مختلف درباره این طرح مطرح شد',
    'بازدید رئیس جمهور از نمایشگاه',
    '2024 میں انتخابات',
    'Comments are closed',
    'دغې ویډیو په یوه ورځ کې له سل زرو ډېرې کتنې ترلاسه کړې',
    'هي مضمون 1,204 ڀيرا پڙهيو ويو ۽ ان تي بحث ٿيو',
    'قرئ البيان 3 مرات أمام البرلمان',
  ])('not a counter: %s', (t) => expect(isCounter(t)).toBe(false));

  it('bare counts and news ids', () => {
    for (const t of ['0', '۱۲٫۳K', '2.1 هزار', '(41)']) expect(isBareCount(t), t).toBe(true);
    for (const t of ['کد خبر: ۸۲۳۴۵۶۷', 'رقم الخبر: 12345', 'News ID: 4411827', 'شناسه خبر ۱۲۳۴۵']) expect(isNewsId(t), t).toBe(true);
    for (const t of ['کد خبر', 'رقم الخبر الذي نشرته الوكالة 12345 مرة']) expect(isNewsId(t), t).toBe(false);
  });
});

describe('counters', () => {
  it('removes counters in three notations and keeps story sentences that quote numbers', () => {
    const html = `<h1>عنوان</h1><div class="meta"><span><i class="fa fa-eye"></i> ۱۲٫۳K بازدید</span> <span>۴۱ دیدگاه</span> <span>2.1K شیئرز</span></div>
      ${PROSE_UR}<p>TRAP اس ویڈیو کو 12 ہزار بار دیکھا گیا اور 41 دیدگاه ثبت ہوئے۔</p>`;
    const { text, removed } = clean([counters], html);
    expect(text).not.toContain('بازدید');
    expect(text).not.toContain('شیئرز');
    expect(text).toContain('TRAP اس ویڈیو کو 12 ہزار بار دیکھا گیا');
    expect(text).toContain('برقی گاڑیوں');
    expect(removed.every((r) => r.rule === 'counters')).toBe(true);
  });

  it('removes a lone 0 only where the markup names it a counter', () => {
    const html = `<div class="post-meta"><a href="/x#comments"><span>0</span></a> <span class="views-count">٣٤٥</span> <span><i class="icon-comment"></i><b>7</b></span></div>
      ${PROSE_AR}<table><tr><td>TRAP-CELL</td><td>0</td></tr></table><ol><li><span>12</span> TRAP-ITEM</li></ol><p>الفقرة <span>٣</span> TRAP-INLINE</p>`;
    const { text } = clean([counters], html, { lang: 'ar' });
    expect(text).not.toContain('٣٤٥');
    expect(text.startsWith('0')).toBe(false);
    expect(text).not.toContain('7');
    expect(text).toMatch(/TRAP-CELL\s*0/);
    expect(text).toContain('12 TRAP-ITEM');
    expect(text).toContain('٣ TRAP-INLINE');
  });

  it('removes news ids near the headline, never numbers inside the story', () => {
    const html = `<h1>عنوان خبر</h1><div><span>کد خبر: ۸۲۳۴۵۶۷</span></div><div class="x"><span>4411827</span></div>
      ${PROSE_UR}<p>TRAP بجٹ کا حجم 4411827 روپے تھا۔</p><div><span>8234567</span></div>`;
    const { text } = clean([counters], html, { lang: 'fa' });
    expect(text).not.toContain('کد خبر');
    expect(text).not.toMatch(/^عنوان خبر 4411827/);
    expect(text).toContain('TRAP بجٹ کا حجم 4411827');
    // After the story starts, a bare number is not taken for an id.
    expect(text).toContain('8234567');
  });

  it('removes video duration badges on thumbnails and in teaser links; keeps durations in story sentences and tables', () => {
    const html = `<ul><li><a href="/v/1"><span><img src="a.jpg"><span>۰۳:۱۲</span></span><span>ویدیو اول</span></a></li><li><a href="/v/2"><img src="b.jpg"><span class="dur">3min</span> ویدیو دوم</a></li></ul>
      ${PROSE_UR}<p>TRAP ویدیوی عملیات که ۰۳:۱۲ دقیقه طول می‌کشد</p><table><tr><td>12:05</td></tr></table><p><span>10:30</span> TRAP-TIME</p>`;
    const { text } = clean([counters], html, { lang: 'fa' });
    expect(text).not.toContain('3min');
    expect(text).not.toMatch(/^\s*۰۳:۱۲/);
    expect(text).toContain('TRAP ویدیوی عملیات که ۰۳:۱۲ دقیقه');
    expect(text).toContain('12:05');
    expect(text).toContain('10:30 TRAP-TIME');
  });

  it('removes gallery slide counters and a player clock with its label; keeps scores in sentences and tables (traps)', () => {
    const html = `<div><span>PLAYER اس خبر کو سنیں</span><span>00:00</span> / <span>03:12</span></div>${PROSE_UR}
      <figure><img src="/g.jpg"><figcaption><span>1 / 12</span> CAPTION کراچی میں بارش</figcaption></figure>
      <div class="gallery"><img src="/h.jpg"><span>۳ از ۱۲</span></div>
      <p>TRAP-1 پاکستان نے سیریز <span>2 / 3</span> سے جیت لی اور کپتان نے ٹیم کی تعریف کی۔</p><table><tr><td>1 / 12</td></tr></table>${PROSE_UR}`;
    const { text } = clean([counters], html, { lang: 'ur' });
    expect(text).not.toContain('PLAYER');
    expect(text).not.toContain('00:00');
    expect(text).not.toContain('۳ از ۱۲');
    expect(text).toContain('CAPTION کراچی میں بارش');
    // The table cell's "1 / 12" is the only one left.
    expect(text.match(/1 \/ 12/g)).toHaveLength(1);
    expect(text).not.toMatch(/1 \/ 12 CAPTION/);
    expect(text).toContain('TRAP-1 پاکستان نے سیریز 2 / 3 سے جیت لی');
  });

  it('removes Pashto and Sindhi counters in lists and meta lines; keeps a story sentence about views (trap)', () => {
    const html = `<h1>عنوان</h1><ul class="links inline"><li class="statistics-counter">1,204 ڀيرا پڙهيو ويو</li></ul>
      ${PROSE_UR}<ol><li><a href="/a/1.html">د تورخم لار بیا پرانیستل شوه</a><span class="views">۱۲.۳ زره کتنې</span></li></ol>
      <p>TRAP دغې ویډیو په یوه ورځ کې له سل زرو ډېرې کتنې ترلاسه کړې، خو مرسته لا نه ده رسېدلې.</p>`;
    const { text } = clean([counters], html);
    expect(text).not.toContain('ڀيرا پڙهيو ويو');
    expect(text).not.toContain('زره کتنې');
    expect(text).toContain('TRAP دغې ویډیو په یوه ورځ کې له سل زرو ډېرې کتنې ترلاسه کړې');
  });

  it('removes a meta line of stamps, counters and tool links; keeps a story line with a separator and a count (trap)', () => {
    const html = `<div class="news_info">اپلوڊ ٿيل: 03-12-2026 10:42 AM | ڏٺو ويو: 1,204 ڀيرا | <a href="print.php?id=7">پرنٽ ڪريو</a> | <a href="mailto:?subject=x">دوست ڏي موڪليو</a></div>
      <p class="meta">28 نومبر 2026 • 2.1K شیئرز</p>${PROSE_UR}
      <p>TRAP اسکور: پاکستان 245 | بھارت 240، اور ویڈیو کو 12 ہزار بار دیکھا گیا</p>
      <p>TRAP-2 نتائج | 12 ہزار بار دیکھا گیا</p>`;
    const { text } = clean([counters], html);
    expect(text).not.toContain('ڏٺو ويو');
    expect(text).not.toContain('اپلوڊ ٿيل');
    expect(text).not.toContain('2.1K');
    expect(text).toContain('TRAP اسکور: پاکستان 245 | بھارت 240، اور ویڈیو کو 12 ہزار بار دیکھا گیا');
    expect(text).toContain('TRAP-2 نتائج | 12 ہزار بار دیکھا گیا');
  });

  it('removes reading times and dated labels; keeps a headline and a sentence that hold minutes or a date (traps)', () => {
    const html = `<div class="meta"><span>۶ دقیقه مطالعه</span> <span>6 min read</span> <span>مدة القراءة ٧ دقائق</span> <span>زمان مطالعه: ۴ دقیقه</span>
      <span class="article-module--readTime--0Lk2m">⏱ ۵ دقیقه</span> <span>آخرین به‌روزرسانی: ۱۱ آذر ۱۴۰۵</span> <span>آخر تحديث: 2 ديسمبر 2026</span>
      <time>منتشرشده: ۱۱ آذر ۱۴۰۵ - ۲۳:۱۵</time> <time>به‌روزشده: ۱۲ آذر ۱۴۰۵ - ۱۰:۵۰</time>
      <span class="time">ارسال شده در ۹:۱۰</span> <span class="time">Posted at 10:22h</span></div>${PROSE_AR}
      <h2>TRAP 30 دقيقة قراءة يومياً تغير حياتك</h2>
      <p>TRAP قال إن المحطة ستعمل خلال ۵ دقیقه فقط بعد الانقطاع.</p>
      <p>TRAP-2 مدت پخش: <span>۸ دقیقه</span></p>
      <p>TRAP-3 Updated: the council will vote again next week on 3 proposals.</p>
      <p>TRAP-4 منتشرشده در ۱۴۰۵ به قلم دو پژوهشگر دانشگاه تهران است.</p>
      <p>ارسال شده در ۱۲ کامیون به روستاهای زلزله‌زده رسید و میان خانواده‌ها تقسیم شد.</p>`;
    const { text } = clean([counters], html);
    for (const gone of [
      'دقیقه مطالعه',
      'min read',
      'مدة القراءة',
      'زمان مطالعه',
      '⏱',
      'آخرین به',
      'آخر تحديث',
      '۲۳:۱۵',
      '۱۰:۵۰',
      '۹:۱۰',
      '10:22h',
    ])
      expect(text).not.toContain(gone);
    expect(text).toContain('TRAP 30 دقيقة قراءة يومياً تغير حياتك');
    expect(text).toContain('TRAP قال إن المحطة ستعمل خلال ۵ دقیقه فقط');
    expect(text).toContain('TRAP-2 مدت پخش: ۸ دقیقه');
    expect(text).toContain('TRAP-3 Updated: the council will vote again next week on 3 proposals.');
    expect(text).toContain('TRAP-4 منتشرشده در ۱۴۰۵ به قلم');
    expect(text).toContain('ارسال شده در ۱۲ کامیون به روستاهای');
  });

  it("removes a dateline of a stamp and the section's link above the story; keeps such a line inside the story and one with a plain word (traps)", () => {
    const html = `<p class="uk-article-meta"> · <time>3 ديسمبر 2026 - 09:02</time> · <a href="/akhbar/mahalliyat/">محليات</a></p>
      <p class="where">TRAP-1 الشارقة · 3 ديسمبر 2026</p>${PROSE_AR}
      <p>TRAP-2 · 2026 · <a href="/reports/x">التقرير</a></p>`;
    const { text } = clean([counters], html, { lang: 'ar' });
    expect(text).not.toContain('09:02');
    expect(text).toContain('TRAP-1 الشارقة · 3 ديسمبر 2026');
    expect(text).toContain('TRAP-2 · 2026 · التقرير');
  });

  it('removes a date line alone in the headline area, with the separators its meta line left; keeps story lines that hold a date (traps)', () => {
    const html = `<ul class="post-detail-meta"><li>December 3, 2026, 1:10 p.m.</li></ul>
      <p class="article-meta"> | <span class="date">ڪراچي، 2 ڊسمبر 2026</span> | | </p>
      <p><time datetime="2026-12-02">۱۱ آذر ۱۴۰۵</time></p>
      <p class="live-time"><time>9:40 PM</time></p>
      ${PROSE_UR}
      <p>ڪراچي، 2 ڊسمبر 2026: TRAP-1 ميلي جي آخري ڏينهن خريدارن جو رش رهيو ۽ منتظمن ٻڌايو ته ايندڙ سال ميلو ٻيهر ٿيندو.</p>
      <p class="where">ڪراچي، 3 ڊسمبر 2026</p>
      ${PROSE_UR}<p class="date">TRAP-3 ۱۲ آذر ۱۴۰۵</p>`;
    const { text } = clean([counters], html, { phase: 'post' });
    expect(text).not.toContain('December 3');
    expect(text).not.toContain('2 ڊسمبر 2026 |');
    expect(text).not.toContain('|');
    expect(text).not.toContain('۱۱ آذر');
    // A clock alone is a live blog's entry time; a dated paragraph and an unmarked dateline are story.
    expect(text).toContain('9:40 PM');
    expect(text).toContain('ڪراچي، 2 ڊسمبر 2026: TRAP-1');
    expect(text).toContain('ڪراچي، 3 ڊسمبر 2026');
    // Below the story's second paragraph a date is the story's own.
    expect(text).toContain('TRAP-3 ۱۲ آذر ۱۴۰۵');
  });

  it('removes a listen-to-this-article player with its duration; keeps a story sentence that starts the same way (trap)', () => {
    const html = `<div class="entry"><div id="beyondwords-player"><span class="bw-title">استمع إلى هذا المقال</span> <span class="bw-duration">٤:١٢ دقيقة</span></div>
      <div class="audio"><span>این مطلب را بشنوید</span></div>${PROSE_AR}
      <p>TRAP استمع إلى هذا المقال قبل أن تحكم عليه، قال الوزير للصحفيين.</p></div>`;
    const { text } = clean([counters], html);
    expect(text).not.toContain('٤:١٢');
    expect(text).not.toContain('این مطلب را بشنوید');
    expect(text).toContain('TRAP استمع إلى هذا المقال قبل أن تحكم عليه');
  });

  it('one vocabulary of calls to listen: a whole label is a call (never the bare verb), a player box opens with a call or the verb', () => {
    for (const call of ['یہ تحریر سنیں', 'اس خبر کو سنیں', 'دا خبر واورئ', 'خبر ٻڌو', 'شنیدن خبر', 'Listen to this article'])
      expect([call, isListenLabel(call), startsWithListen(`${call} 03:12`)]).toEqual([call, true, true]);
    for (const verb of ['سنیں', 'استمع', 'بشنوید', 'Listen'])
      expect([verb, isListenLabel(verb), startsWithListen(verb)]).toEqual([verb, false, true]);
    // Traps: a sentence that opens with the call is not a whole label; "listening" is not the verb.
    expect(isListenLabel('اس خبر کو سنیں اور اپنی رائے دیں کہ حکومت کا فیصلہ درست تھا یا نہیں')).toBe(false);
    expect(startsWithListen('Listening sessions with residents begin on Monday.')).toBe(false);
  });

  it('removes a slide counter with its picture word and an animated number widget; keeps such words in story text (traps)', () => {
    const html = `<div class="gallery"><img src="/a.jpg"><p class="gallery__counter">Photo 1 of 4</p><p>CAPTION Stumps along the canal road.</p></div>
      <div class="et_pb_module et_pb_number_counter" data-number-value="1200000"><div class="percent"><p><span class="percent-value"></span><span class="percent-sign">+</span></p></div><h3 class="title">WIDGET ماہانہ قارئین ہم پر بھروسا کرتے ہیں</h3></div>
      ${PROSE_UR}<h3>TRAP-H ماہانہ قارئین کی تعداد</h3>
      <p>TRAP The court was shown photo 1 of 4 that the residents took before the trees were cut down last month.</p>
      <div class="counter-box" data-to-value="40"><p>TRAP-P مل مالکان کے مطابق 40 ملیں بند ہو چکی ہیں اور مزید 25 ملیں جنوری تک بند ہو سکتی ہیں، جس سے ہزاروں مزدور متاثر ہوں گے۔</p></div>`;
    const { text } = clean([counters], html, { lang: 'ur' });
    expect(text).not.toContain('Photo 1 of 4');
    expect(text).not.toContain('WIDGET');
    expect(text).not.toMatch(/\+/);
    expect(text).toContain('CAPTION Stumps along the canal road.');
    expect(text).toContain('TRAP-H ماہانہ قارئین کی تعداد');
    expect(text).toContain('TRAP The court was shown photo 1 of 4');
    expect(text).toContain('TRAP-P مل مالکان کے مطابق 40 ملیں');
  });
});
