import { describe, expect, it } from 'vitest';
import { KEPT_BY_NORM, duplicateHeadline, norm } from './duplicate-headline';
import { runRules } from '../runner';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

const TITLE = 'پاکستان نے الیکٹرک گاڑیوں اور بیٹریز کے شعبوں میں چین سے مدد طلب کرلی';

describe('duplicate-headline', () => {
  it('removes the Urdu title repeated above the story (Readability cannot: its word split finds no Urdu words)', () => {
    const { text } = clean([duplicateHeadline], `<div><h2>${TITLE}</h2>${PROSE_UR}</div>`, { phase: 'post', title: `${TITLE}!` });
    expect(text).not.toContain('چین سے مدد طلب کرلی');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it("removes a newsletter's one-paragraph greeting in its own box above the title's heading copy (Mailchimp archive); keeps a paragraph beside the copy and a two-paragraph preface (traps)", () => {
    const greeting = '<p>GREETING ګرانو لوستونکو، سلامونه! د دې اونۍ په ګڼه کې د زاړه ښار یوه ښه خبر درسره شریکوو او نور هم.</p>';
    const opts = { phase: 'post' as const, title: TITLE };
    const mc = clean(
      [duplicateHeadline],
      `<div><div><div>${greeting}</div></div><div><div><h2>${TITLE}</h2>${PROSE_UR}</div></div></div>`,
      opts,
    );
    expect(mc.text).not.toContain('GREETING');
    expect(mc.text).not.toContain('چین سے مدد طلب کرلی');
    expect(mc.text).toContain('برقی گاڑیوں کی صنعت');
    const beside = clean([duplicateHeadline], `<div>${greeting}<h2>${TITLE}</h2>${PROSE_UR}</div>`, opts);
    expect(beside.text).toContain('GREETING');
    const two = clean(
      [duplicateHeadline],
      `<div><div>${greeting}</div><div>${PROSE_UR}</div><div><h2>${TITLE}</h2>${PROSE_UR}</div></div>`,
      opts,
    );
    expect(two.text).toContain('GREETING');
  });

  it('counts as kept only characters norm keeps (the shortcut that rejects long boxes unread)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ch.match(KEPT_BY_NORM)) expect(norm(`x${ch}x`).length, c.toString(16)).toBeGreaterThanOrEqual(3);
    }
  });

  it('finds a copy behind a long run of punctuation, marks and spaces (nothing the shortcut counts)', () => {
    const noise = '— ، ۔ ! ‌ ـ َ '.repeat(40);
    const { text } = clean([duplicateHeadline], `<div><div class="kicker">${noise}${TITLE}</div>${PROSE_UR}</div>`, {
      phase: 'post',
      title: TITLE,
    });
    expect(text).not.toContain('چین سے مدد طلب کرلی');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes the title behind a date stamp in its own span (WordPress Bridge entry_title); keeps a heading that adds words to the title and a stamp of words (traps)', () => {
    const stamped = clean(
      [duplicateHeadline],
      `<div><h2 class="entry_title"><span class="date entry_date">۱۳ آذر</span> ${TITLE}</h2>${PROSE_UR}</div>`,
      {
        phase: 'post',
        title: TITLE,
      },
    );
    expect(stamped.text).not.toContain('چین سے مدد طلب کرلی');
    expect(stamped.text).toContain('برقی گاڑیوں کی صنعت');
    for (const h of [`<h2>TRAP-1 وزیر اعظم کا اعلان: ${TITLE}</h2>`, `<h2><span>TRAP-B تجزیہ</span> ${TITLE}</h2>`]) {
      const { text } = clean([duplicateHeadline], `<div>${h}${PROSE_UR}</div>`, { phase: 'post', title: TITLE });
      expect(text).toContain('TRAP-');
      expect(text).toContain('چین سے مدد طلب کرلی');
    }
  });

  it('keeps a different heading, and the title repeated after the story began', () => {
    const other = clean([duplicateHeadline], `<div><h2>پس منظر</h2>${PROSE_UR}</div>`, { phase: 'post', title: TITLE });
    expect(other.text).toContain('پس منظر');
    const later = clean([duplicateHeadline], `<div>${PROSE_UR}<h2>${TITLE}</h2></div>`, { phase: 'post', title: TITLE });
    expect(later.text).toContain('چین سے مدد طلب کرلی');
  });

  it('removes the title behind a label heading (Magnolia breadcrumb "أنت هنا:"), keeping that heading and a later title-like subheading (trap)', () => {
    const html = `<div><p><h2>أنت هنا:</h2></p><p>حوار العدد</p><h2>${TITLE}</h2>${PROSE_UR}<h2>${TITLE}</h2><p>TRAP ${PROSE_UR}</p></div>`;
    const { text } = clean([duplicateHeadline], html, { phase: 'post', title: TITLE });
    expect(text.split('چین سے مدد طلب کرلی').length).toBe(2);
    expect(text.indexOf('چین سے مدد طلب کرلی')).toBeGreaterThan(text.indexOf('برقی گاڑیوں کی صنعت'));
    expect(text).toContain('أنت هنا:');
  });

  it('removes the title when Readability wrapped it in a paragraph of its own (BBC World Service pages)', () => {
    // The parser would close the <p> before an <h2>: Readability builds this tree with DOM calls.
    const { root } = clean([], `<div id="story">${PROSE_UR}</div>`, { phase: 'post' });
    const doc = root.ownerDocument;
    const p = doc.createElement('p');
    p.append(Object.assign(doc.createElement('h2'), { textContent: TITLE }));
    root.querySelector('#story')!.prepend(p);
    const removed = runRules([duplicateHeadline], 'post', root, { doc, lang: 'ur', dir: 'rtl', title: TITLE, url: null });
    expect(removed.map((r) => r.rule)).toEqual(['duplicate-headline']);
    expect(root.textContent).not.toContain('چین سے مدد طلب کرلی');
    expect(root.textContent).toContain('برقی گاڑیوں کی صنعت');
  });

  it('removes the title under a kicker and a date line (Persian agency pages), not after a story paragraph', () => {
    const { text } = clean(
      [duplicateHeadline],
      `<div><p>۲۸ فروردین ۱۴۰۳ - ۱۰:۳۵</p><p>وزیر بهداشت اعلام کرد</p><h2>${TITLE}</h2>${PROSE_UR}</div>`,
      { phase: 'post', title: TITLE },
    );
    expect(text).not.toContain('چین سے مدد طلب کرلی');
    expect(text).toContain('۲۸ فروردین');
  });

  it('removes a desk credit line above the story and the title printed in a <div>; keeps a dateline credit and a later one (traps)', () => {
    const html = `<div><div class="news_head_small">سکر بيورو</div><div class="news_heading">${TITLE}</div><div class="sub">TRAP-SUB ذیلی سرخی کا متن</div>
      <p>TRAP اسلام آباد (ویب ڈیسک) ${PROSE_UR.slice(3)}<div>نیوز ڈیسک</div></div>`;
    const { text, removed } = clean([duplicateHeadline], html, { phase: 'post', title: TITLE });
    expect(text).not.toContain('سکر بيورو');
    expect(text).not.toContain('چین سے مدد طلب کرلی');
    expect(text).toContain('TRAP-SUB ذیلی سرخی کا متن');
    expect(text).toContain('TRAP اسلام آباد (ویب ڈیسک) وفاقی وزیر');
    expect(text).toContain('نیوز ڈیسک');
    expect(removed).toHaveLength(2);
  });
});
