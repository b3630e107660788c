import { describe, expect, it } from 'vitest';
import { recordLists } from './record-lists';
import { findRecordLists } from '../records';
import { TextIndex } from '../dom';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';
import { parsePage } from '../../../scripts/lib/node-dom';

const card = (i: number, extra = '') =>
  `<div class="c"><a href="/s/${i}"><img src="/t${i}.jpg"></a><h3><a href="/s/${i}">REC-${i} وزیر اعظم کا دورہ اور نئے منصوبوں کا اعلان</a></h3><span>${i} اپریل 2024</span>${extra}</div>`;

describe('record-lists', () => {
  it('removes a list of records after the story with its heading, whatever the heading says', () => {
    const html = `<main>${PROSE_UR}${PROSE_UR}<div class="w"><h2>HEAD-X کچھ اور</h2><div class="l">${[1, 2, 3, 4].map((i) => card(i)).join('')}</div></div></main>`;
    const { text, removed } = clean([recordLists], html);
    expect(text).not.toContain('REC-');
    expect(text).not.toContain('HEAD-X');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(new Set(removed.map((r) => r.rule))).toEqual(new Set(['record-lists']));
  });

  it('removes records whose one-line excerpts make them look like prose (WordPress Latest Posts)', () => {
    const li = (i: number) =>
      `<li><a href="/p/${i}">REC-${i} آٹے کی قیمت میں فی کلو دس روپے اضافہ</a><time datetime="2024-04-1${i}">1${i} اپریل 2024</time><div>شہر کی مارکیٹوں میں آٹے کی قیمت ایک بار پھر بڑھ گئی ہے اور دکانداروں نے وجہ بتائی &hellip; <a href="/p/${i}">مزید پڑھیں</a></div></li>`;
    const { text } = clean([recordLists], `${PROSE_UR}${PROSE_UR}<ul class="wp-block-latest-posts">${[1, 2, 3].map(li).join('')}</ul>`);
    expect(text).not.toContain('REC-');
    expect(text).not.toContain('دکانداروں نے وجہ بتائی');
  });

  it('removes teasers whose full excerpts read as prose, in their own box after a story told elsewhere (class 1)', () => {
    const item = (i: number) =>
      `<div class="i"><h3><a href="/local/2024-09-0${i}-1.18${i}">REC-${i} افتتاح مدرسة جديدة في الحي الشمالي</a></h3><p>EXC-${i} افتتح وزير التعليم صباح اليوم مدرسة جديدة في الحي الشمالي تتسع لألف طالب وطالبة، وتضم مختبرات علمية حديثة وقاعات للأنشطة الرياضية والفنية، ضمن خطة الوزارة لبناء خمسين مدرسة جديدة خلال السنوات الثلاث المقبلة [&hellip;]</p></div>`;
    const html = `<article><div class="b">${PROSE_AR}${PROSE_AR}${PROSE_AR}</div><section><h2>HEAD-Y آخر الأخبار</h2>${[1, 2, 3].map(item).join('')}</section></article>`;
    const { text } = clean([recordLists], html, { lang: 'ar' });
    expect(text).not.toContain('REC-');
    expect(text).not.toContain('EXC-');
    expect(text).not.toContain('HEAD-Y');
    expect(text).toContain('وقال وزير الصحة');
  });

  it('keeps a roundup story told as linked headings with a paragraph each, after a short intro (trap)', () => {
    const item = (i: number) =>
      `<div class="i"><h3><a href="/local/2024-09-0${i}-1.18${i}">TRAP-${i} مدرسة جديدة في الحي الشمالي</a></h3><p>PARA-${i} افتتح وزير التعليم صباح اليوم مدرسة جديدة في الحي الشمالي تتسع لألف طالب وطالبة، وتضم مختبرات علمية حديثة وقاعات للأنشطة الرياضية والفنية، ضمن خطة الوزارة لبناء خمسين مدرسة جديدة خلال السنوات الثلاث المقبلة.</p></div>`;
    // The intro alone is too short to be the story: the items are the story.
    const html = `<article>${PROSE_AR}<section><h2>المدارس الجديدة</h2>${[1, 2, 3, 4].map(item).join('')}</section></article>`;
    const { text } = clean([recordLists], html, { lang: 'ar' });
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`PARA-${i}`);
    // ...and with a long intro, items whose paragraphs end like sentences (not cut off) and carry
    // no time or related heading are not evidence enough either.
    const long = `<article>${PROSE_AR}${PROSE_AR}${PROSE_AR}<section>${[1, 2, 3, 4].map(item).join('')}</section></article>`;
    const kept = clean([recordLists], long, { lang: 'ar' }).text;
    for (const i of [1, 2, 3, 4]) expect(kept).toContain(`PARA-${i}`);
  });

  it('keeps a story list whose items start with a link and go on in prose (trap)', () => {
    const li = (i: number) =>
      `<li><a href="https://example.org/s${i}">TRAP-${i} دراسة جامعة صور عن ملوحة الآبار</a> التي رصدت ارتفاع نسبة الملوحة في الآبار الجوفية خلال السنوات العشر الأخيرة بسبب الضخ الجائر في المنطقة.</li>`;
    const { text } = clean([recordLists], `${PROSE_AR}<ul>${[1, 2, 3].map(li).join('')}</ul>${PROSE_AR}`, { lang: 'ar' });
    for (const i of [1, 2, 3]) expect(text).toContain(`TRAP-${i}`);
  });

  it('leaves links nested in a sentence (a hover card around a name) alone: the name stays (The Hill; its site entry takes the card)', () => {
    const card = [1, 2, 3].map((i) => `<a href="/news/${i}">REC-${i} South Dakota drops pipeline protest laws after lawsuit</a> `).join('');
    const p = `<p>South Dakota Gov. <span class="rollover-people"><a href="/people/kn">Kristi Noem</a><span class="rollover-people-block"><span><img src="/kn.jpg" alt=""><a href="/people/kn">Kristi Lynn Noem</a>${card}<a href="/people/kn">MORE</a></span></span></span> (R) is defending the state’s launch of an anti-drug campaign.</p>`;
    const prose =
      '<p>The campaign, which includes both digital and TV ads, cost the state roughly half a million dollars, the governor’s office said on Monday.</p>';
    const { text } = clean([recordLists], `<article>${p}${prose}${prose}</article>`, { lang: 'en' });
    expect(text).toContain('South Dakota Gov. Kristi Noem');
    expect(text).toContain('(R) is defending');
  });

  it('keeps story paragraphs that each carry a link, and never takes the story itself', () => {
    const p = (i: number) => `<p>STORY-${i} ${PROSE_UR.replace(/<\/?p>/g, '')} <a href="/src/${i}">ایک سرکاری رپورٹ کے مطابق</a></p>`;
    const { text } = clean([recordLists], `<article>${[1, 2, 3, 4].map(p).join('')}</article>`);
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`STORY-${i}`);
  });

  it('scores by evidence: the same cards between story paragraphs and without meta fall below the bar', () => {
    const bare = (i: number) =>
      `<div class="c"><h3><a href="/s/${i}">REC-${i} وزیر اعظم کا دورہ اور نئے منصوبوں کا اعلان</a></h3><span>ایک مختصر جملہ</span></div>`;
    const doc = parsePage(`<body>${PROSE_UR}<div>${[1, 2].map(bare).join('')}</div>${PROSE_UR}</body>`, null).window.document;
    const lists = findRecordLists(doc.body, new TextIndex(doc.body), true);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.score).toBeLessThan(3);
    const full = parsePage(`<body>${PROSE_UR}${PROSE_UR}<div>${[1, 2, 3, 4, 5].map((i) => card(i)).join('')}</div></body>`, null).window
      .document;
    const strong = findRecordLists(full.body, new TextIndex(full.body), true);
    expect(strong[0]!.score).toBeGreaterThanOrEqual(3);
    expect(strong[0]!.reasons.join(' ')).toMatch(/thumbnails.*outside the story|outside the story/);
  });
});
