/**
 * Pages that are not one story get the "not one story" message, in both browsers: the project's
 * section-page fixture (a WordPress category page whose teasers carry excerpts long enough to pass
 * the length test), the project's own front-page fixture, and, when the shared corpus is present,
 * the New York Times en Español front page.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, inShadow, pressKey, waitForOverlay, waitForOverlayGone } from './harness';
import { FIXTURES, corpusDir, readAnnotation } from './cases';
import { useBrowser } from './setup';

const SECTION_DIR = join(FIXTURES, 'section-page');
const section = readAnnotation(SECTION_DIR);
const FRONT_DIR = join(FIXTURES, 'front-page');
const front = readAnnotation(FRONT_DIR);
const corpus = corpusDir();
const NYT_ES = corpus && join(corpus, 'mozilla-readability/nytimes-5');

describe.each(BROWSER_KINDS)('%s: pages that are not one story', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    s.servePage(SECTION_DIR);
    s.servePage(FRONT_DIR);
    if (NYT_ES) s.servePage(NYT_ES, '/es/');
  });
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  async function message(path: string) {
    const page = await ctx.browser.newPage(ctx.server.url(path), 'domcontentloaded');
    open.push(page);
    await ctx.browser.openReader(page);
    expect(await waitForOverlay(page)).toBe('message');
    const shown = await inShadow(page, (root) => {
      const m = root.querySelector<HTMLElement>('.saaf-message');
      return {
        reason: m?.dataset.reason ?? null,
        role: m?.getAttribute('role') ?? null,
        title: m?.querySelector('h1')?.textContent?.trim() ?? '',
        articles: root.querySelectorAll('.saaf-article').length,
      };
    });
    return { page, shown };
  }

  it('a section page (teasers with excerpts): the "list of stories" message, no article, Esc closes it', async () => {
    const { page, shown } = await message(section.url!);
    expect(shown).toMatchObject({ reason: 'not-a-story', role: 'alert', articles: 0 });
    expect(shown.title.length).toBeGreaterThan(10);
    await pressKey(page, 'Escape');
    await waitForOverlayGone(page);
  });

  it('a news front page (our own fixture, always run): the same message', async () => {
    const { shown } = await message(front.url!);
    expect(shown).toMatchObject({ reason: 'not-a-story', role: 'alert', articles: 0 });
  });

  it.skipIf(!NYT_ES)('the New York Times en Español front page (needs the corpus): the same message', async () => {
    const { shown } = await message('/es/');
    expect(shown).toMatchObject({ reason: 'not-a-story', articles: 0 });
  });
});
