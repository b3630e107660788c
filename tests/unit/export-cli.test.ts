import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

/** Runs `npm run --silent export -- ...args` as a user would; never throws, returns code and streams. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'export', '--', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const PAGE = 'tests/fixtures/pages/ev-china-tweet/source.html';
const URL = 'https://www.example.pk/news/ev';
const dir = mkdtempSync(join(tmpdir(), 'saaf-export-cli-'));

describe('npm run export', { timeout: 120_000 }, () => {
  it('writes self-contained HTML with the article and its Nastaliq faces embedded', async () => {
    const out = join(dir, 'a.html');
    const r = await cli(PAGE, '--url', URL, '--format', 'html', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = new JSDOM(readFileSync(out, 'utf8')).window.document;
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('h1')!.textContent.length).toBeGreaterThan(5);
    expect(doc.querySelector('footer a')!.getAttribute('href')).toBe(URL);
    const css = doc.querySelector('style')!.textContent;
    expect(css).toMatch(/@font-face \{ font-family: 'Noto Nastaliq Urdu'; [^}]*src: url\("data:font\/woff2;base64,/);
    expect(css).not.toMatch(/font-family: '(Vazirmatn|Source Serif 4|Noto Naskh Arabic)'; font-style/);
  });

  it('writes Markdown and an EPUB with its fonts through the same pipeline', async () => {
    const md = join(dir, 'a.md');
    const epub = join(dir, 'a.epub');
    const [rm, re] = await Promise.all([
      cli(PAGE, '--url', URL, '--format', 'md', '-o', md),
      cli(PAGE, '--url', URL, '--format', 'epub', '-o', epub),
    ]);
    expect([rm.code, re.code, rm.stderr, re.stderr]).toEqual([0, 0, '', '']);
    expect(readFileSync(md, 'utf8')).toMatch(new RegExp(`^---\\n[^]*url: "${URL}"`));
    const files = unzipSync(new Uint8Array(readFileSync(epub)));
    expect(strFromU8(files.mimetype!)).toBe('application/epub+zip');
    expect(Object.keys(files).some((k) => /^OEBPS\/fonts\/noto-nastaliq-urdu-arabic-400-normal\.woff2$/.test(k))).toBe(true);
  });

  it.each([
    [
      'a missing file',
      ['no/such/page.html', '--format', 'html', '-o', join(dir, 'x.html')],
      /cannot read no\/such\/page\.html: no such file/,
    ],
    [
      'a page with no article',
      ['tests/fixtures/pages/home-page/source.html', '--format', 'html', '-o', join(dir, 'x.html')],
      /no article found/,
    ],
    ['a bad format', [PAGE, '--format', 'pdf', '-o', join(dir, 'x.pdf')], /bad format "pdf"/],
    ['no output file', [PAGE, '--format', 'md'], /missing -o/],
  ])('fails on %s: exit 1, a clear message on stderr, nothing on stdout', async (_label, args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
