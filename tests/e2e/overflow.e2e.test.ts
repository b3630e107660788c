/**
 * Issue 10 item 3 in real Chromium and Firefox ESR: a long Nastaliq headline and unbroken words
 * (a URL, a hashtag, a long Latin compound) never overflow the column, at the extreme widths,
 * sizes and fonts of the settings panel, on a wide and a phone-sized window. Screenshots of the
 * extremes land in the e2e artifacts for a person to look at (Nastaliq shaped, first letter whole).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, clickInShadow, inShadow, screenshot, waitForOverlay } from './harness';
import { useBrowser } from './setup';
import { setControl, waitForStyle } from './reader-controls.helpers';
import { LIMITS } from '../../utils/settings/prefs';

const URL_WORD = 'https://www.example.pk/urdu/news/2023/09/27/pakistan-china-electric-vehicles-batteries-telecom-cooperation-agreement';
const HASHTAG = '#پاکستان_چین_برقی_گاڑیاں_اور_بیٹریاں_تعاون_معاہدہ_۲۰۲۳';
const TITLE = 'پاکستان نے الیکٹرک گاڑیوں اور بیٹریز کے شعبوں میں چین سے مدد طلب کر لی، نگران وزیر کی چینی سفیر سے ملاقات';
const STORY = `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta property="og:type" content="article"></head><body><main><article><h1>${TITLE}</h1>
${Array.from({ length: 5 }, (_, i) => `<p>پیراگراف ${i + 1}: پاکستان میں حکام نے پڑوسی ملک چین سے الیکٹرک گاڑیوں اور بیٹریوں کے شعبوں میں مدد طلب کی ہے، نگران وزیر نے اسلام آباد میں ملاقات کے بعد بتایا۔</p>`).join('\n')}
<p>مکمل خبر یہاں پڑھیں: ${URL_WORD} اور سوشل میڈیا پر ${HASHTAG} ٹرینڈ کر رہا ہے۔</p>
<p>Supercalifragilisticexpialidociousantidisestablishmentarianismpneumonoultramicroscopic</p>
</article></main></body></html>`;

interface Fit {
  part: string;
  scrollWidth: number;
  clientWidth: number;
}

/** scrollWidth vs clientWidth of the headline, the body, the article and the scrolling root. */
function fits(page: Page): Promise<Fit[]> {
  return inShadow(page, (root) =>
    ['.saaf-title', '.saaf-body', '.saaf-article', '.saaf-root'].map((sel) => {
      const el = root.querySelector(sel) as HTMLElement;
      return { part: sel, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    }),
  );
}

describe.each(BROWSER_KINDS)('%s: nothing overflows the column', (kind) => {
  const ctx = useBrowser(kind, (s) => s.route('/ur/long-words', { contentType: 'text/html; charset=utf-8', body: STORY }));
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  it('keeps headline and body inside the column at every extreme of width, size and font', { timeout: 240_000 }, async () => {
    const page = await ctx.browser.newPage(ctx.server.url('/ur/long-words'));
    open.push(page);
    await page.setViewport({ width: 1200, height: 900 });
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    await clickInShadow(page, '[data-control="settings"]');
    const failures: string[] = [];
    for (const viewport of [1200, 360]) {
      await page.setViewport({ width: viewport, height: 900 });
      for (const font of ['nastaliq', 'naskh']) {
        await setControl(page, 'font', font);
        await waitForStyle(page, (s) => s.fontFamily.includes(font === 'nastaliq' ? 'Nastaliq' : 'Naskh'));
        for (const width of [LIMITS.width.min, LIMITS.width.max]) {
          await setControl(page, 'width', String(width));
          await waitForStyle(page, (s) => s.maxWidth === width);
          for (const size of [LIMITS.fontSize.min, LIMITS.fontSize.max]) {
            await setControl(page, 'fontSize', String(size));
            await waitForStyle(page, (s) => s.fontSize === size);
            await inShadow(page, async (root) => {
              await (root.ownerDocument ?? document).fonts.ready;
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            });
            for (const f of await fits(page)) {
              if (f.scrollWidth > f.clientWidth)
                failures.push(`${viewport}px window, ${font} ${size}px, column ${width}px: ${f.part} ${f.scrollWidth} > ${f.clientWidth}`);
            }
            if (size === LIMITS.fontSize.max && (width === LIMITS.width.max || viewport === 360)) {
              // The panel closed so the headline shows; opened again for the next setting.
              await clickInShadow(page, '[data-control="settings"]');
              await inShadow(page, (root) => root.querySelector('.saaf-title')!.scrollIntoView({ block: 'center' }));
              await screenshot(page, `overflow-${kind}-${viewport}-${font}-${size}-${width}`);
              await clickInShadow(page, '[data-control="settings"]');
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
