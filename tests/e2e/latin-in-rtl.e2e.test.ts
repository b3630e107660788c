/**
 * Issue 10 item 4 in real Chromium: in Arabic, Persian and Urdu articles, Latin words and digits
 * are drawn by the same family as the Arabic script around them (the bundled face's latin subset),
 * not by a fallback serif of another size. Chromium's DevTools protocol names the platform fonts
 * that really drew a node's text (CSS.getPlatformFontsForNode); Firefox has no equivalent, so this
 * runs in Chromium only, and the stacks themselves are unit-tested in utils/fonts.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickInShadow, inShadow, waitForOverlay } from './harness';
import { fontsDrawing } from './checks';
import { useBrowser } from './setup';
import { setControl, waitForStyle } from './reader-controls.helpers';
import { fontStack } from '../../utils/fonts';
import { FONT_CHOICES, scriptKeyFor } from '../../utils/settings/prefs';

const LATIN = 'Reuters COVID-19 2023';
const story = (
  lang: string,
  title: string,
  text: string,
) => `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"></head><body><main><article><h1>${title}</h1>
${Array.from({ length: 5 }, () => `<p>${text}</p>`).join('\n')}
<p id="mixed">${text} <span class="latin">${LATIN}</span> ${text}</p>
</article></main></body></html>`;

const CASES = [
  {
    lang: 'ar',
    family: 'Noto Naskh Arabic',
    title: 'باكستان تطلب مساعدة الصين في السيارات الكهربائية',
    text: 'طلبت السلطات في باكستان من الصين المجاورة المساعدة في قطاعي السيارات الكهربائية والبطاريات، بحسب ما قاله الوزير بعد اجتماع في إسلام آباد.',
  },
  {
    lang: 'fa',
    family: 'Vazirmatn',
    title: 'پاکستان از چین برای خودروهای برقی کمک خواست',
    text: 'مقامات پاکستان از کشور همسایه چین در زمینه خودروهای برقی و باتری‌ها درخواست کمک کردند، وزیر پس از دیدار در اسلام‌آباد گفت.',
  },
  {
    lang: 'ur',
    family: 'Noto Nastaliq Urdu',
    title: 'پاکستان نے الیکٹرک گاڑیوں میں چین سے مدد طلب کر لی',
    text: 'پاکستان میں حکام نے پڑوسی ملک چین سے الیکٹرک گاڑیوں اور بیٹریوں کے شعبوں میں مدد طلب کی ہے، نگران وزیر نے اسلام آباد میں ملاقات کے بعد بتایا۔',
  },
];

describe('chromium: Latin words and digits in RTL articles come from the article face', () => {
  const ctx = useBrowser('chromium', (s) => {
    for (const c of CASES) s.route(`/${c.lang}/story`, { contentType: 'text/html; charset=utf-8', body: story(c.lang, c.title, c.text) });
  });
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  it.each(CASES)('$lang: Latin and digits are drawn by $family', { timeout: 60_000 }, async ({ lang, family }) => {
    const page = await ctx.browser.newPage(ctx.server.url(`/${lang}/story`));
    open.push(page);
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    await inShadow(page, async (root) => {
      await (root.ownerDocument ?? document).fonts.ready;
    });
    expect(await inShadow(page, (root) => root.querySelector('.saaf-body p:last-child')?.textContent)).toContain('COVID-19 2023');
    const fonts = await fontsDrawing(page, '.saaf-body p:last-child');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.map((f) => f.familyName)).toEqual([family]);
    // Every other font choice offered for the script: one family draws Arabic, Latin and digits.
    await clickInShadow(page, '[data-control="settings"]');
    const seen: Record<string, string[]> = {};
    for (const choice of FONT_CHOICES[scriptKeyFor(lang)].filter((f) => f !== 'jameel')) {
      await setControl(page, 'font', choice);
      await waitForStyle(page, (s) => s.fontFamily.replace(/["']/g, '') === fontStack(choice).replace(/["']/g, ''));
      await inShadow(page, async (root) => {
        await (root.ownerDocument ?? document).fonts.ready;
      });
      seen[choice] = (await fontsDrawing(page, '.saaf-body p:last-child')).map((f) => f.familyName);
    }
    for (const [choice, families] of Object.entries(seen)) expect(families, choice).toHaveLength(1);
  });
});
