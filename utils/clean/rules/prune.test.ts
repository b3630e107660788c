import { describe, expect, it } from 'vitest';
import { prune } from './prune';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('prune', () => {
  it('removes scripts, styles, hidden nodes, menus, controls and small forms', () => {
    const html = `<nav><a href="/">صفحہ اول</a><a href="/pk">پاکستان</a></nav><script>x()</script><style>p{}</style>
      <div hidden>چھپا ہوا</div><div style="display: none">چھپا دوسرا</div><div aria-hidden="true">چھپا تیسرا</div>
      <form action="/search"><input name="q"><button>تلاش</button></form><div role="dialog">کوکیز قبول کریں</div>${PROSE_UR}`;
    const { text, root } = clean([prune], html);
    expect(root.querySelector('nav, script, style, form, [hidden]')).toBeNull();
    for (const gone of ['صفحہ اول', 'چھپا', 'تلاش', 'کوکیز']) expect(text).not.toContain(gone);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps the ASP.NET form that wraps a whole page (aryanews.com) and a noscript image', () => {
    const html = `<form id="aspnetForm" action="/News/1"><input type="hidden" name="__VIEWSTATE"><div>${PROSE_UR}${PROSE_UR}${PROSE_UR}</div><noscript><img src="/real.jpg" alt="تصویر"></noscript></form>`;
    const { text, root } = clean([prune], html);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(root.querySelector('noscript')).not.toBeNull();
  });

  it('removes a sign-up box without a <form> (a typed field, its prompts and privacy line), not the story around it', () => {
    const html = `<article>${PROSE_UR}<div class="k3j9"><h3>BOX-1 Get the morning briefing</h3><p>BOX-2 The top stories in your inbox.</p><input type="email" placeholder="Email"><button>Sign up</button><p>BOX-3 By signing up you agree to our privacy policy.</p></div>${PROSE_UR}</article>`;
    const { text } = clean([prune], html);
    for (const n of [1, 2, 3]) expect(text).not.toContain(`BOX-${n}`);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps a story paragraph that holds a field, and a checkbox or hidden field beside the story (traps)', () => {
    const html = `<article><div><p>TRAP-1 قارئین اپنی رائے اس خانے میں لکھ سکتے ہیں <input type="text"> اور ادارہ منتخب آرا اگلے ہفتے شائع کرے گا تاکہ بحث جاری رہے۔</p>${PROSE_UR}</div><div><input type="checkbox"> <span>TRAP-2 نوٹ</span></div><div><input type="hidden" name="id"><span>TRAP-3 حاشیہ</span></div></article>`;
    const { text } = clean([prune], html);
    for (const n of [1, 2, 3]) expect(text).toContain(`TRAP-${n}`);
  });

  it('takes a small form with its heading and call to action (newsletter and comment blocks), not a story paragraph beside a form (trap)', () => {
    const html = `<article>${PROSE_UR}</article><div class="NewsletterSignupModule"><h3>النشرة البريدية</h3><p>FORM-1 اشترك ليصلك ملخص أهم الأخبار كل صباح</p><form><input type="email"><button>اشترك</button></form></div>
      <section class="comments"><h2>FORM-2 تبصرا</h2><form action="/comment"><label>توهان جو نالو</label><input type="text" name="name"><textarea></textarea></form></section>
      <div class="post-end"><p>TRAP پولیس نے واقعے کی تحقیقات شروع کر دی ہیں اور ملزمان کی تلاش جاری ہے۔</p><form action="/comment"><input type="text" name="name"><textarea></textarea></form></div>`;
    const { text } = clean([prune], html);
    expect(text).not.toContain('FORM-1');
    expect(text).not.toContain('FORM-2');
    expect(text).toContain('TRAP پولیس نے واقعے کی تحقیقات شروع کر دی ہیں');
    expect(text).toContain('برقی گاڑیوں');
  });

  it('takes a headed sign-up box (email field) with its one sentence of call to action (a Prismic newsletter slice), not a story paragraph beside a sign-up form (trap)', () => {
    const html = `<article>${PROSE_UR}<section data-slice-type="newsletter"><h2>FORM-P خبرنامه هفتگی کتاب</h2><p>FORM-P2 تازه‌های نشر و گفت‌وگوهای ما را هر پنجشنبه در ایمیل خود بخوانید.</p><form><input type="email"><button>عضویت</button></form></section>
      <div class="post-end"><p>TRAP شهرداری گفت ساکنان می‌توانند از هفته آینده شکایت‌های خود را با ایمیل بفرستند.</p><form><input type="email"><button>ثبت</button></form></div>
      <section><h2>TRAP-2 واکنش‌ها</h2><p>TRAP-2b نماینده مجلس گفت این طرح باید پیش از تصویب به نظرسنجی عمومی گذاشته شود.</p><form action="/c"><input type="text" name="n"><textarea></textarea></form></section></article>`;
    const { text } = clean([prune], html);
    expect(text).not.toContain('FORM-P');
    expect(text).toContain('TRAP شهرداری گفت ساکنان');
    expect(text).toContain('TRAP-2 واکنش');
    expect(text).toContain('TRAP-2b نماینده مجلس');
  });

  it("takes a form's box when its call to action is a whole sentence about the newsletter (Kadence row layout), not when the sentence is story (trap)", () => {
    const html = `<article>${PROSE_UR}<div class="kb-row-layout-wrap"><div class="kt-inside-inner-col"><h3>FORM-K داخلوں اور وظائف کی خبریں سب سے پہلے</h3><p>FORM-K2 ہمارے ہفتہ وار تعلیمی نیوز لیٹر میں شامل ہوں — کوئی اسپیم نہیں۔</p><div class="kb-form-wrap"><form><input type="email"><button>شامل ہوں</button></form></div></div></div>
      <div class="post-end"><p>TRAP بورڈ نے طلبہ کے لیے ایک نیا آن لائن فارم جاری کیا ہے جس میں وہ اپنے نتائج کی دوبارہ جانچ کی درخواست دے سکیں گے۔</p><form action="/q"><input type="text" name="roll"></form></div></article>`;
    const { text } = clean([prune], html);
    expect(text).not.toContain('FORM-K');
    expect(text).toContain('TRAP بورڈ نے طلبہ کے لیے ایک نیا آن لائن فارم جاری کیا ہے');
    expect(text).toContain('برقی گاڑیوں');
  });

  it('removes what the site leaves out of print (BLOX hidden-print, Bootstrap d-print-none, no-print), not prose it mislabels or a story sentence about subscribing (traps)', () => {
    const html = `<article><div class="asset-body">${PROSE_UR}<div class="subscription-required hidden-print"><p>PRINT-1 Thank you for reading! Please log in, or sign up for a new account to continue reading.</p></div>
      <p>TRAP-1 Residents can log in to the county portal or sign up for text alerts to follow the detour, officials said.</p></div>
      <div class="tncms-region hidden-print"><div class="card-panel"><h3>PRINT-2 Support local journalism</h3><p>Your subscription keeps reporters at county meetings.</p></div></div>
      <aside class="d-print-none">PRINT-3 Most popular</aside><footer class="u-no-print">PRINT-4 © 2026</footer></article>
      <div class="story-extra no-print">${PROSE_UR.replace('<p>', '<p>TRAP-2 ')}${PROSE_UR}${PROSE_UR}${PROSE_UR}</div>`;
    const { text } = clean([prune], html);
    for (const n of [1, 2, 3, 4]) expect(text).not.toContain(`PRINT-${n}`);
    for (const n of [1, 2]) expect(text).toContain(`TRAP-${n}`);
  });
});
