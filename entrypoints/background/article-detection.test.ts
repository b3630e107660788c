// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { probeArticle } from './article-probe';
import { detectionAllowed } from './article-detection';
import { detectItem } from '@/utils/settings/storage';

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}
const fixture = (name: string) => readFileSync(`tests/fixtures/pages/${name}/source.html`, 'utf8');

describe('probeArticle (injected into pages when detection is on)', () => {
  it('finds the Urdu mission article', () => {
    load(fixture('ev-china-tweet'));
    expect(probeArticle()).toEqual({ arabicScript: true, article: true });
  });

  it('does not call a home page an article', () => {
    load(fixture('home-page'));
    expect(probeArticle().article).toBe(false);
  });

  it('does not mark an English article', () => {
    const p = '<p>' + 'The electric vehicle market in Pakistan is growing quickly this year. '.repeat(3) + '</p>';
    load(`<html><head><meta property="og:type" content="article"></head><body><article>${p.repeat(6)}</article></body></html>`);
    expect(probeArticle()).toEqual({ arabicScript: false, article: true });
  });

  it('is self-contained, as executeScript({func}) requires (no imports or outer names)', () => {
    const src = probeArticle.toString();
    expect(src).not.toMatch(/__vite|import\(|require\(/);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: the probe must run as standalone source
    expect(() => new Function(`return (${src})`)()).not.toThrow();
  });
});

describe('detectionAllowed (nothing runs on pages without opt-in AND permission)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off by default, and needs both the switch and the host permission', async () => {
    const contains = vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    expect(await detectionAllowed('https://www.example.pk/news/1')).toBe(false);
    expect(contains).not.toHaveBeenCalled();
    await detectItem().setValue(true);
    expect(await detectionAllowed('https://www.example.pk/news/1')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://www.example.pk/*'] });
    contains.mockResolvedValue(false as never);
    expect(await detectionAllowed('https://www.example.pk/news/1')).toBe(false);
  });

  it('never probes browser pages or files', async () => {
    await detectItem().setValue(true);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    await detectionAllowed('http://127.0.0.1:8080/a');
    expect(browser.permissions.contains).toHaveBeenLastCalledWith({ origins: ['http://127.0.0.1/*'] });
    for (const url of ['chrome://extensions', 'about:addons', 'file:///tmp/a.html', undefined])
      expect(await detectionAllowed(url)).toBe(false);
  });
});
