import { describe, expect, it } from 'vitest';
import { boilerplate, storyContainer } from './boilerplate';
import { clean, PROSE_AR, PROSE_UR } from '../../../tests/helpers/clean';
import { TextIndex } from '../dom';
import { parsePage } from '../../../scripts/lib/node-dom';

const links = (n: number, label: string) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/x/${i}">${label} ${i}</a></li>`).join('')}</ul>`;
const page = (outside: string) =>
  `<div class="site"><div class="menu">${links(8, 'قسم')}</div><div class="main"><div class="post"><h1>عنوان</h1><div class="story">${PROSE_UR}${PROSE_AR}${PROSE_UR}</div></div></div><div class="rail">${outside}</div></div>`;

describe('boilerplate', () => {
  it('finds the element holding most of the prose', () => {
    const doc = parsePage(`<!doctype html><body>${page(links(10, 'خبر'))}</body>`, null).window.document;
    expect(storyContainer(doc.body, new TextIndex(doc.body))?.className).toBe('story');
  });

  it('removes link farms around the story and keeps only the story region', () => {
    const { text, root } = clean([boilerplate], page(links(10, 'مقبول خبر')));
    expect(text).not.toContain('مقبول خبر');
    expect(text).not.toContain('قسم 3');
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(root.querySelector('h1')?.textContent).toBe('عنوان');
  });

  it('keeps prose outside the story and then stays out of the rest (when unsure, keep)', () => {
    const other = `<div class="aside-story">${PROSE_AR}</div><div class="promo">ایک مختصر نوٹ بغیر ربط کے</div>`;
    const { text } = clean([boilerplate], page(other));
    expect(text).toContain('وزير الصحة');
    expect(text).toContain('ایک مختصر نوٹ بغیر ربط کے');
  });

  it("keeps a photo series told in captions beside the story (the story's gallery), not a strip of labelled pictures", () => {
    const cap = (i: number) =>
      `<figure><img src="/p${i}.jpg"><figcaption>تصویر ${i}: سیلاب کے بعد گاؤں کے لوگ کشتیوں کے ذریعے اپنا سامان محفوظ مقامات تک پہنچا رہے ہیں۔</figcaption></figure>`;
    const gallery = `<section class="album">${[1, 2, 3].map(cap).join('')}</section>`;
    const { text } = clean([boilerplate], page(gallery));
    expect(text).toContain('تصویر 3: سیلاب کے بعد');
    const labels = `<section class="album">${[1, 2, 3].map((i) => `<figure><img src="/p${i}.jpg"><figcaption>میلہ ${i}</figcaption></figure>`).join('')}</section>`;
    expect(clean([boilerplate], page(labels)).text).not.toContain('میلہ 3');
  });

  it('does nothing on a page without enough paragraph prose to locate the story', () => {
    const { text } = clean([boilerplate], `<div>${links(10, 'خبر')}</div><div>کچھ متن</div>`);
    expect(text).toContain('خبر 3');
  });
});
