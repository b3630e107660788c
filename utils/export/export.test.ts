import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../scripts/lib/font-files';
import { BUNDLED_FONTS, fontStackFor } from '../fonts';
import { exportEpub } from './epub';
import { facesFor, parseUnicodeRange, stackFamilies } from './fonts';
import { exportFaces, exportHtml } from './html';
import { exportMarkdown } from './markdown';
import { PNG, testInput, testWindow } from '../../tests/helpers/export-input';
import type { ExportInput } from './input';

/** The @font-face rules of a style sheet: family, weight, src and unicode-range. */
function fontFaces(css: string) {
  return [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => ({
    family: /font-family: '([^']+)'/.exec(m[1]!)![1],
    weight: Number(/font-weight: (\d+)/.exec(m[1]!)![1]),
    src: /src: url\("([^"]+)"\)/.exec(m[1]!)![1]!,
    range: /unicode-range: ([^;]+);/.exec(m[1]!)?.[1] ?? '',
  }));
}
const ARABIC_LETTER = 0x0627;
const LATIN_LETTER = 0x0041;
const holds = (range: string, cp: number) => parseUnicodeRange(range).some(([lo, hi]) => cp >= lo && cp <= hi);
const allFonts = fontFiles(BUNDLED_FONTS);
const TR = {
  text: 'چین کے سفیر سے مل کر <i>خوشی</i> ہوئی',
  service: 'libretranslate',
  label: 'LibreTranslate',
  source: 'en',
  target: 'ur',
};

describe('export fonts', () => {
  const doc = (html: string) =>
    new JSDOM(`<!doctype html><body><article>${html}</article></body>`).window.document.querySelector('article')!;
  const names = (faces: { file: string }[]) => faces.map((f) => f.file);

  it('picks per character and weight the first family of the stack whose face covers it', () => {
    const faces = facesFor([doc('<h1>عنوان</h1><p>متن text ۱۲ 12</p>')], fontStackFor('ar'));
    expect(names(faces)).toEqual([
      'noto-naskh-arabic-arabic-400-normal.woff2',
      'noto-naskh-arabic-latin-400-normal.woff2',
      'noto-naskh-arabic-arabic-700-normal.woff2',
    ]);
    expect(names(facesFor([doc('<p>سلام</p>')], fontStackFor('fa')))).toEqual(['vazirmatn-arabic-400-normal.woff2']);
    expect(names(facesFor([doc('<p><b>Bold</b> plain</p>')], fontStackFor('en')))).toEqual([
      'source-serif-4-latin-400-normal.woff2',
      'source-serif-4-latin-700-normal.woff2',
    ]);
    // An English page quoting Arabic: the stack's Naskh fallback draws the Arabic letters.
    expect(names(facesFor([doc('<p>He said سلام</p>')], fontStackFor('en')))).toEqual([
      'noto-naskh-arabic-arabic-400-normal.woff2',
      'source-serif-4-latin-400-normal.woff2',
    ]);
    expect(stackFamilies('\'Noto Nastaliq Urdu\', "X Y", serif')).toEqual(['Noto Nastaliq Urdu', 'X Y', 'serif']);
  });

  it('HTML embeds the faces of the scripts the article uses as data:font/woff2, and none other', () => {
    const html = exportHtml(testInput(), testWindow(), allFonts);
    const css = new JSDOM(html).window.document.querySelector('style')!.textContent;
    const faces = fontFaces(css);
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) expect(f.src).toMatch(/^data:font\/woff2;base64,/);
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Noto Nastaliq Urdu']));
    const urduRegular = faces.find((f) => f.weight === 400 && holds(f.range, ARABIC_LETTER))!;
    expect(urduRegular).toBeDefined();
    const file = BUNDLED_FONTS.find((f) => f.family === 'Noto Nastaliq Urdu' && f.weight === 400 && f.unicodeRange === urduRegular.range)!;
    expect(Buffer.from(urduRegular.src.split(',')[1]!, 'base64').equals(Buffer.from(allFonts.get(file.file)!))).toBe(true);
    // The CSP lets exactly these load: data: fonts and nothing remote.
    expect(html).toContain('font-src data:');
  });

  it('HTML of an article without Arabic script carries no Arabic face', () => {
    const input = testInput({
      lang: 'en',
      dir: 'ltr',
      title: 'Electric cars',
      byline: 'Staff',
      siteName: 'Example',
      contentHtml: '<p>Plain English text.</p>',
      embeds: [],
    });
    const faces = fontFaces(new JSDOM(exportHtml(input, testWindow(), allFonts)).window.document.querySelector('style')!.textContent);
    expect(faces.map((f) => f.family)).toEqual(['Source Serif 4', 'Source Serif 4']);
    for (const f of faces) expect(holds(f.range, ARABIC_LETTER)).toBe(false);
    for (const f of faces) expect(holds(f.range, LATIN_LETTER)).toBe(true);
  });

  it('exportFaces names the same faces exportHtml embeds (what the library page loads)', () => {
    const input = testInput();
    const embedded = fontFaces(new JSDOM(exportHtml(input, testWindow(), allFonts)).window.document.querySelector('style')!.textContent);
    expect(exportFaces([input], testWindow()).map((f) => `${f.family}/${f.weight}/${f.unicodeRange}`)).toEqual(
      embedded.map((f) => `${f.family}/${f.weight}/${f.range}`),
    );
  });
});

describe('HTML export', () => {
  const html = exportHtml(testInput(), testWindow());

  it('matches the reviewed snapshot', async () => {
    await expect(html).toMatchFileSnapshot('__snapshots__/article.html');
  });

  it('is self-contained: charset, script-free CSP, images as data URIs, no remote loads', () => {
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const srcs = [...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toHaveLength(1);
    expect(srcs[0]).toMatch(/^data:image\/png;base64,/);
    expect(html).not.toContain('missing.png');
    expect(html).not.toMatch(/javascript:/i.source.replace('javascript', 'href="javascript'));
  });

  it('keeps an inline data: image the page had (already inline, nothing to fetch)', () => {
    const dataImg = 'data:image/png;base64,iVBORw0KGgo=';
    const input = testInput({ contentHtml: `<p>متن</p><p><img src="${dataImg}" alt="x"></p>`, leadImage: null });
    const doc = new JSDOM(exportHtml(input, testWindow())).window.document;
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([dataImg]);
  });

  it('leaves out origin ids (they point into a page that is gone)', () => {
    const input = testInput({
      contentHtml: '<p data-saaf-origin="12">متن</p><ul data-saaf-origin="13"><li data-saaf-origin="14">ا</li></ul>',
      leadImage: null,
    });
    const out = exportHtml(input, testWindow());
    expect(out).toContain('متن');
    expect(out).not.toContain('data-saaf-origin');
    expect(exportMarkdown(input, testWindow())).not.toContain('data-saaf-origin');
  });

  it('keeps lang and dir, and shows metadata and embed text as text', () => {
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.getAttribute('lang')).toBe('ur');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('h1')!.textContent).toBe('چین کی برقی گاڑیاں <script>alert(1)</script>');
    const quote = doc.querySelector('blockquote.saaf-embed')!;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.querySelector('b')).toBeNull();
    expect(quote.textContent).toContain('Wonderful to meet <b>the Ambassador</b>');
  });
});

describe('embed cards in exports', () => {
  const card = (embed: ExportInput['article']['embeds'][number]) =>
    new JSDOM(exportHtml(testInput({ embeds: [embed] }), testWindow())).window.document.querySelector('blockquote.saaf-embed')!;

  it('a Telegram post without text is its channel and a link to the post, with no empty paragraph', () => {
    const q = card({
      kind: 'telegram',
      lang: null,
      text: '',
      author: null,
      handle: 'bbcpersian',
      url: 'https://t.me/bbcpersian/81234',
      date: null,
    });
    expect(q.querySelectorAll('p')).toHaveLength(1);
    expect(q.querySelector('a')!.getAttribute('href')).toBe('https://t.me/bbcpersian/81234');
    expect(q.textContent).toBe('— bbcpersian');
  });

  it('writes no link for a URL that is not http(s)', () => {
    const q = card({ kind: 'telegram', lang: null, text: 'متن', author: null, handle: 'chan', url: 'javascript:alert(1)', date: null });
    expect(q.querySelector('a')).toBeNull();
    expect(q.textContent).toBe('متن— chan');
  });
});

describe('Markdown export', () => {
  const md = exportMarkdown(testInput(), testWindow());

  it('matches the reviewed snapshot', async () => {
    await expect(md).toMatchFileSnapshot('__snapshots__/article.md');
  });

  it('has front matter with quoted values that read back unchanged and hold no markup', () => {
    const fm = md.split('---\n')[1]!;
    const value = (key: string) => JSON.parse(fm.match(new RegExp(`^${key}: (.*)$`, 'm'))![1]!) as unknown;
    expect(value('title')).toBe('چین کی برقی گاڑیاں <script>alert(1)</script>');
    expect(value('author')).toBe('نامہ نگار "خصوصی"');
    expect(fm).not.toMatch(/[<>]/);
    expect(fm).toContain('dir: "rtl"');
    expect(fm).toContain('tags: ["معیشت", "tech"]');
  });

  it('escapes markup written as text and drops non-http links', () => {
    const body = md.split('---\n').slice(2).join('---\n');
    expect(body).not.toMatch(/<img|<script|<javascript|\]\(\s*javascript:/i);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('[ربط](https://www.example.pk/other)');
    expect(body).toContain('برا ربط');
    expect(body).toContain('![تصویر](https://cdn.example.pk/body.png)');
  });
});

describe('EPUB export', () => {
  const opts = { win: testWindow(), uuid: '0f8fad5b-d9cb-469f-a165-70867728950e', modified: new Date(Date.UTC(2026, 10, 2)) };
  const two = [
    { ...testInput(), translations: { 'embed:0': { ...TR, original: testInput().article.embeds[0]!.text } } },
    testInput({ url: 'https://www.example.pk/news/2', title: 'دوسری خبر', embeds: [] }),
  ];
  const bytes = exportEpub(two, { ...opts, title: 'صاف مجموعہ', fonts: allFonts });
  const files = unzipSync(bytes);

  it('starts with an uncompressed mimetype entry with no extra field', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('has an OPF with RTL page progression, every chapter in manifest and spine, and a nav', () => {
    const opf = new JSDOM(strFromU8(files['OEBPS/content.opf']!), { contentType: 'application/xml' }).window.document;
    expect(opf.querySelector('spine')!.getAttribute('page-progression-direction')).toBe('rtl');
    expect([...opf.querySelectorAll('spine itemref')].map((i) => i.getAttribute('idref'))).toEqual(['a1', 'a2']);
    const hrefs = [...opf.querySelectorAll('manifest item')].map((i) => i.getAttribute('href'));
    for (const h of hrefs) expect(files[`OEBPS/${h}`], h!).toBeDefined();
    expect(hrefs).toContain('images/a1-1.png');
    expect(opf.querySelector('item[properties="nav"]')!.getAttribute('href')).toBe('nav.xhtml');
    expect(opf.getElementsByTagName('dc:title')[0]!.textContent).toBe('صاف مجموعہ');
    const nav = strFromU8(files['OEBPS/nav.xhtml']!);
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toContain('چین کی برقی گاڑیاں &#60;script&#62;');
    expect(files['OEBPS/images/a1-1.png']).toEqual(PNG);
  });

  it('writes well-formed XHTML chapters that keep lang and dir and load nothing remote', () => {
    const xhtml = strFromU8(files['OEBPS/a1.xhtml']!);
    const doc = new JSDOM(xhtml, { contentType: 'application/xhtml+xml' }).window.document;
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ur');
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['images/a1-1.png']);
    expect(xhtml).not.toContain('<script');
  });

  it('embeds the fonts its text needs as files in the manifest, named by the style sheet', () => {
    const opf = strFromU8(files['OEBPS/content.opf']!);
    const fontItems = [...opf.matchAll(/href="(fonts\/[^"]+)" media-type="font\/woff2"/g)].map((m) => m[1]!);
    expect(fontItems.length).toBeGreaterThan(0);
    const css = strFromU8(files['OEBPS/style.css']!);
    const faces = fontFaces(css);
    expect(faces.map((f) => f.src).sort()).toEqual([...fontItems].sort());
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Noto Nastaliq Urdu']));
    expect(faces.some((f) => f.weight === 400 && holds(f.range, ARABIC_LETTER))).toBe(true);
    for (const item of fontItems) expect(files[`OEBPS/${item}`]).toEqual(allFonts.get(item.slice('fonts/'.length)));
    expect(Object.keys(files).filter((k) => k.startsWith('OEBPS/fonts/'))).toHaveLength(fontItems.length);
  });

  it('writes a saved translation after its tweet, the original kept', () => {
    const doc = new JSDOM(strFromU8(files['OEBPS/a1.xhtml']!), { contentType: 'application/xhtml+xml' }).window.document;
    const card = doc.querySelector('blockquote.saaf-embed')!;
    expect(card.querySelector('p')!.textContent).toBe('Wonderful to meet <b>the Ambassador</b>');
    expect(card.querySelector('.saaf-translation p')!.textContent).toBe(TR.text);
  });

  it('gives an LTR book no RTL progression', () => {
    const ltr = unzipSync(exportEpub([testInput({ lang: 'en', dir: 'ltr', title: 'EV' })], opts));
    expect(strFromU8(ltr['OEBPS/content.opf']!)).not.toContain('page-progression-direction');
  });

  // Debian's `epubcheck` package (apt-get install epubcheck) ships a jar; /usr/bin/epubcheck only
  // runs through binfmt, so call java on the jar. Skipped, visibly, where it is not installed.
  const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';
  const epubcheck = existsSync(EPUBCHECK_JAR);
  it.skipIf(!epubcheck)('passes epubcheck', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'saaf-epub-'));
    const file = join(dir, 'book.epub');
    writeFileSync(file, bytes);
    let out: string;
    try {
      out = execFileSync('java', ['-jar', EPUBCHECK_JAR, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      throw new Error(`epubcheck failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: err });
    }
    expect(out).toMatch(/No errors or warnings detected/);
  });
});

describe('translations made in the reader, in every export', () => {
  const win = testWindow();
  const base = testInput({
    contentHtml: '<p>متن</p><blockquote lang="en">A quote in English.</blockquote><blockquote data-saaf-embed="0"></blockquote>',
  });
  const tweet = base.article.embeds[0]!.text;
  const withTr = {
    ...base,
    translations: {
      'embed:0': { ...TR, original: tweet },
      'quote:0': { ...TR, text: 'انگریزی میں ایک اقتباس۔', original: 'A quote in English.' },
    },
  };

  it('HTML shows each original and, after it, its translation in its own language and direction, as text', () => {
    const doc = new JSDOM(exportHtml(withTr, win)).window.document;
    const card = doc.querySelector('blockquote.saaf-embed')!;
    expect(card.querySelector('p')!.textContent).toBe(tweet);
    const tr = card.querySelector('.saaf-translation')!;
    expect([tr.getAttribute('lang'), tr.getAttribute('dir')]).toEqual(['ur', 'rtl']);
    expect(tr.querySelector('p')!.textContent).toBe(TR.text);
    expect(tr.querySelector('i')).toBeNull(); // markup in a translation stays text
    expect(tr.querySelector('.saaf-translation-note')!.textContent).toContain('LibreTranslate');
    const quote = doc.querySelector('blockquote[lang="en"]:not(.saaf-embed)')!;
    expect(quote.textContent).toBe('A quote in English.');
    expect(quote.nextElementSibling!.matches('.saaf-translation')).toBe(true);
    expect(quote.nextElementSibling!.querySelector('p')!.textContent).toBe('انگریزی میں ایک اقتباس۔');
  });

  it('Markdown carries original and translation', () => {
    const md = exportMarkdown(withTr, win);
    expect(md).toContain('Wonderful to meet');
    expect(md).toContain('انگریزی میں ایک اقتباس۔');
    expect(md.indexOf('A quote in English.')).toBeLessThan(md.indexOf('انگریزی میں ایک اقتباس۔'));
    expect(md).toContain('چین کے سفیر سے مل کر');
  });

  it('a translation of another text (the page changed since) or none at all adds nothing', () => {
    const changed = { ...base, translations: { 'embed:0': { ...TR, original: 'another tweet' }, 'quote:1': { ...TR, original: 'x' } } };
    for (const input of [base, changed]) {
      const html = exportHtml(input, win);
      expect(html).not.toContain('class="saaf-translation');
      expect(html).not.toContain('چین کے سفیر');
    }
  });
});
