import { describe, expect, it } from 'vitest';
import { orphanHeadings } from './orphan-headings';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';

const post = { phase: 'post' as const };

describe('orphan-headings', () => {
  it('removes a one-word heading the story ends on, and a short heading over tag links only', () => {
    const html = `${PROSE_UR}<h3>کرکٹ</h3>`;
    expect(clean([orphanHeadings], html, post).text).not.toContain('کرکٹ');
    const tags = `${PROSE_AR}<h4>TAG-HEAD</h4><p><a href="/x/a">السودان</a>، <a href="/x/b">الأمم المتحدة</a></p>${PROSE_AR}`;
    const { text } = clean([orphanHeadings], tags, { ...post, lang: 'ar' });
    expect(text).not.toContain('TAG-HEAD');
    expect(text).not.toContain('السودان');
    expect(text).toContain('وقال وزير الصحة');
  });

  it('removes a trailing heading over what other rules left of a list (long links, nothing else)', () => {
    const html = `${PROSE_UR}<h4>پاکستان</h4><ul><li><a href="/s/1">LEFT-1 وزیر اعظم کا دورہ اور نئے منصوبوں کا اعلان</a></li></ul>`;
    const { text } = clean([orphanHeadings], html, post);
    expect(text).not.toContain('پاکستان');
    expect(text).not.toContain('LEFT-1');
  });

  it('keeps story headings: over a short paragraph, a plain list, a table, a quote, a picture, a sub-section (traps)', () => {
    const html = `${PROSE_UR}
      <h2>H-PART</h2><h3>H-SUB</h3>${PROSE_UR}
      <h3>H-SHORT</h3><p>شاندار فتح۔</p>
      <h3>H-LIST</h3><ul><li>بابر</li><li>رضوان</li></ul>
      <h3>H-TABLE</h3><table><tr><td>1</td></tr></table>
      <h3>H-QUOTE</h3><blockquote><a href="/q">x</a></blockquote>
      <h3>H-PIC</h3><figure><img src="/a.jpg"></figure>
      <h3>H-DOCS</h3><ul><li><a href="/d/1">بجٹ تقریر کا مکمل متن یہاں</a></li></ul>${PROSE_UR}`;
    const { text } = clean([orphanHeadings], html, post);
    for (const h of ['H-PART', 'H-SUB', 'H-SHORT', 'H-LIST', 'H-TABLE', 'H-QUOTE', 'H-PIC', 'H-DOCS']) expect(text).toContain(h);
    expect(text).toContain('شاندار فتح');
  });

  it('keeps a heading of three or more words over links: the "More ways to customize" tiles of a product page (mozilla-1, trap)', () => {
    const html = `${PROSE_UR}<h3>TRAP More ways to customize</h3><div><a href="/themes">Themes</a><a href="/addons">Add-ons</a><a href="/bar">Awesome Bar</a></div>`;
    const { text } = clean([orphanHeadings], html, post);
    expect(text).toContain('TRAP More ways to customize');
    expect(text).toContain('Awesome Bar');
  });

  it('leaves a long heading alone, even at the end', () => {
    const html = `${PROSE_UR}<h3>TRAP یہ ایک لمبی سرخی ہے جو کسی حصے کا عنوان ہو سکتی ہے</h3>`;
    expect(clean([orphanHeadings], html, post).text).toContain('TRAP یہ ایک لمبی سرخی');
  });
});
