/**
 * Real right-to-left news pages from the shared corpus (Urdu, Arabic, Persian) opened in the
 * reader in both browsers: title visible, direction and language right, story fragments shown.
 * Skipped, with a warning, when the corpus is not present (a clone without ../shared).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { checkFragments, normalizeForMatch, type Annotation } from '../../scripts/lib/match';
import { BROWSER_KINDS, inShadow, waitForOverlay } from './harness';
import { CORPUS_CASES, corpusDir, readAnnotation, spread } from './cases';
import { overlayText } from './checks';
import { useBrowser } from './setup';

const corpus = corpusDir();
if (!corpus) {
  console.warn(
    `No corpus at ${process.env.SAAF_CORPUS ?? '../shared/corpus'}: the ${CORPUS_CASES.length} corpus page cases in ` +
      'tests/e2e/corpus.e2e.test.ts are SKIPPED in both browsers. Set SAAF_CORPUS to run them.',
  );
}
const annotations = new Map<string, Annotation>(corpus ? CORPUS_CASES.map((c) => [c, readAnnotation(join(corpus, c))]) : []);

describe.each(BROWSER_KINDS)('%s: corpus pages in the reader', (kind) => {
  const urls = new Map<string, string>();
  const ctx = corpus
    ? useBrowser(kind, (s) => {
        for (const c of CORPUS_CASES) urls.set(c, s.servePage(join(corpus, c)));
      })
    : undefined;
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  it.skipIf(!corpus).each(CORPUS_CASES)(
    '%s (needs the corpus): title visible, language, right to left, story fragments shown',
    async (name) => {
      const annotation = annotations.get(name)!;
      // domcontentloaded: the Youm7 page re-requests a missing image for ever and never fires load.
      const page = await ctx!.browser.newPage(urls.get(name)!, 'domcontentloaded');
      open.push(page);
      await ctx!.browser.openReader(page);
      expect(await waitForOverlay(page)).toBe('article');
      const view = await overlayText(page);
      expect(view.covers).toBe(true);
      // The title may be the reader's heading or the page's own <h1> kept in the body.
      expect(normalizeForMatch(`${view.title}\n${view.text}`)).toContain(normalizeForMatch(annotation.title!));
      const { missing } = checkFragments({ mustInclude: spread(annotation.mustInclude ?? [], 3) }, view.title, view.text);
      expect(missing, 'story fragments not visible in the overlay').toEqual([]);
      const attrs = await inShadow(page, (root) => {
        const art = root.querySelector('.saaf-article')!;
        return { lang: art.getAttribute('lang') ?? '', dir: art.getAttribute('dir'), direction: getComputedStyle(art).direction };
      });
      expect(attrs.lang.split('-')[0]).toBe(annotation.lang);
      expect({ dir: attrs.dir, direction: attrs.direction }).toEqual({ dir: 'rtl', direction: 'rtl' });
    },
  );
});
