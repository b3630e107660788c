/** A hostile-but-realistic saved article for the export tests (imported by *.test.ts only). */
import { JSDOM } from 'jsdom';
import type { ExportInput } from '../../utils/export/input';

export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export function testWindow(): Window {
  return new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
}

export function testInput(over: Partial<ExportInput['article']> = {}): ExportInput {
  return {
    article: {
      url: 'https://www.example.pk/news/ev-china?id=1&x=2',
      title: 'چین کی برقی گاڑیاں <script>alert(1)</script>',
      byline: 'نامہ نگار "خصوصی"',
      siteName: 'مثال نیوز',
      lang: 'ur',
      dir: 'rtl',
      publishedTime: '2023-09-27',
      excerpt: null,
      leadImage: 'https://cdn.example.pk/lead.png',
      contentHtml:
        '<p>پہلا پیراگراف: PTI کے رہنما نے کہا۔</p>' +
        '<p>متن میں لکھا ہوا &lt;img src=x onerror=alert(1)&gt; اور &lt;javascript:alert(2)&gt; صرف متن ہے۔</p>' +
        '<figure><img src="https://cdn.example.pk/body.png" alt="تصویر"><figcaption>کیپشن</figcaption></figure>' +
        '<p><img src="https://cdn.example.pk/missing.png" alt="غائب"> <a href="https://www.example.pk/other">ربط</a> <a href="javascript:alert(3)">برا ربط</a></p>' +
        '<blockquote data-saaf-embed="0"></blockquote>',
      text: 'پہلا پیراگراف',
      embeds: [
        {
          kind: 'tweet',
          lang: 'en',
          text: 'Wonderful to meet <b>the Ambassador</b>',
          author: 'Jane',
          handle: '@jane',
          url: 'https://x.com/jane/status/1',
          date: 'September 27, 2023',
        },
      ],
      removed: [],
      ...over,
    },
    savedAt: Date.UTC(2026, 10, 1),
    tags: ['معیشت', 'tech'],
    images: new Map([['https://cdn.example.pk/body.png', { type: 'image/png', bytes: PNG }]]),
  };
}
