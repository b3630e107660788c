import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { cleanInPlace, removedNodes, slimCopy } from './slim';

const src = () =>
  parsePage(
    `<!doctype html><html lang="ur" dir="rtl"><head><title>عنوان</title><base href="javascript:alert(1)//"><meta name="author" content="ویب ڈیسک"><link rel="canonical" href="https://a.example/1"><script>evil()</script></head>
     <body class="b"><div id="keep"><p>پہلا</p><aside id="drop"><a href="/x">ربط</a></aside><iframe id="embed" src="https://www.youtube.com/embed/abcdefghijk"></iframe><p>دوسرا</p></div><footer>آخر</footer></body></html>`,
    'https://a.example/1',
  ).window.document;

describe('slimCopy', () => {
  it('copies an AMP page whose <html> carries the ⚡ attribute (not a name setAttribute accepts)', () => {
    const page = parsePage(
      '<!doctype html><html ⚡ lang="fa"><head><title>t</title></head><body ⚡4email><p>متن</p></body></html>',
      'https://a.example/amp',
    ).window.document;
    const doc = slimCopy(page, new Set(), new Map());
    expect(doc.documentElement.getAttribute('lang')).toBe('fa');
    expect(doc.body.textContent).toContain('متن');
  });

  it('copies the kept page into a new document: attributes, safe head, drops left out, embeds replaced', () => {
    const page = src();
    const drop = new Set([page.getElementById('drop')!]);
    const replace = new Map([
      [page.getElementById('embed')!, (d: Document) => Object.assign(d.createElement('blockquote'), { textContent: 'ویڈیو' })],
    ]);
    const doc = slimCopy(page, drop, replace, [{ name: 'author', content: 'X' }]);
    expect(doc).not.toBe(page);
    expect(doc.documentElement.getAttribute('lang')).toBe('ur');
    expect(doc.body.getAttribute('class')).toBe('b');
    expect(doc.head.querySelector('base, script')).toBeNull();
    expect(doc.head.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://a.example/1');
    expect(doc.head.querySelectorAll('meta[name=author]')).toHaveLength(2);
    expect(doc.body.textContent).toContain('پہلا');
    expect(doc.body.textContent).toContain('ویڈیو');
    expect(doc.body.querySelector('aside, iframe')).toBeNull();
    // The page itself is untouched.
    expect(page.getElementById('drop')).not.toBeNull();
    expect(page.getElementsByTagName('base')).toHaveLength(1);
  });

  it('with a focus, the body holds only that subtree', () => {
    const page = src();
    const doc = slimCopy(page, new Set(), new Map(), [], page.getElementById('keep'));
    expect(doc.body.children).toHaveLength(1);
    expect(doc.body.textContent).not.toContain('آخر');
  });
});

describe('cleanInPlace', () => {
  it('removes drops, replaces embeds and drops the <base> on a throwaway page', () => {
    const page = src();
    expect(removedNodes(new Set([page.getElementById('drop')!]))).toBe(2);
    cleanInPlace(page, new Set([page.getElementById('drop')!]), new Map(), [{ name: 'author', content: 'X' }]);
    expect(page.getElementById('drop')).toBeNull();
    expect(page.getElementsByTagName('base')).toHaveLength(0);
  });
});
