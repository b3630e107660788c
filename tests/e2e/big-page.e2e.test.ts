/**
 * Issue 14.10 in real Chromium and Firefox ESR: a ~10 MB news page, generated here (not
 * committed). The reader shell appears at once with its "preparing" state while the article is read
 * in slices, then the article shows, and Save from the reader stores it: the reader never shows an
 * article that Save then refuses.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, ExtensionBrowser, HOST, clickInShadow, inShadow, startServer, waitForOverlay, waitInShadow } from './harness';
import { rng } from '../../scripts/lib/synthetic-urdu';

const WORDS = `کے میں کی نے کو سے اور کا ہے کہ یہ پر ہیں تھا ایک بھی کیا گیا اس وہ ہو کر جو تھے لیے حکومت پاکستان
  وزیر اعظم ملک عوام معیشت بجٹ قومی اسمبلی عدالت فیصلہ صوبہ پنجاب سندھ کراچی لاہور چین امریکہ سفیر ملاقات
  تعاون منصوبہ بجلی گیس پانی قیمت مہنگائی تعلیم اسکول صحت ہسپتال بارش سیلاب موسم شہر سڑک پولیس رپورٹ`
  .split(/\s+/)
  .filter(Boolean);

/**
 * About `bytes` of an Urdu news page: a long story between a menu, link rails and a footer, and
 * (as on pages built by script frameworks) most of the bytes in an inline JSON data block.
 */
function bigPage(bytes: number): string {
  const random = rng(14_10);
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + '۔';
  const rail = (k: number) =>
    `<aside class="rail"><h3>مزید خبریں</h3><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${k}-${i}">${sentence(6)}</a></li>`).join('')}</ul></aside>`;
  const head = `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>بہت لمبی خبر | مثال نیوز</title>
    <meta property="og:site_name" content="مثال نیوز"></head><body>
    <nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">${sentence(2)}</a></li>`).join('')}</ul></nav>
    <main><article><h1>بہت لمبی خبر</h1><p class="byline">رپورٹ: مثال نامہ نگار</p>`;
  const parts: string[] = [head];
  let size = Buffer.byteLength(head);
  const add = (s: string) => {
    parts.push(s);
    size += Buffer.byteLength(s);
  };
  for (let i = 0; size < bytes * 0.25; i++) add(`<p>${sentence(40 + (i % 30))}</p>`);
  add('</article></main>');
  for (let k = 0; size < bytes * 0.35; k++) add(rail(k));
  add('<footer><p>© مثال نیوز</p></footer><script type="application/json" id="page-data">[');
  for (let i = 0; size < bytes; i++) add(`${i ? ',' : ''}{"id":${i},"title":"${sentence(8)}","body":"${sentence(60)}"}`);
  add(']</script></body></html>');
  return parts.join('\n');
}

/**
 * Watches the page from before the reader opens: the frames the page renders (its own
 * requestAnimationFrame loop) and the frame count when the overlay's host first appears. The
 * host's root is closed, so what it shows is checked through the harness once it is there
 * ({@link watchRoot}).
 */
const watch = (page: Page, host: string) =>
  page.evaluate((host) => {
    const w = window as unknown as { beats: number; atHost: number | null; atArticle: number | null };
    w.beats = 0;
    w.atHost = null;
    w.atArticle = null;
    const tick = () => {
      w.beats++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver((_, self) => {
      if (!document.querySelector(host)) return;
      self.disconnect();
      w.atHost = w.beats;
    }).observe(document.documentElement, { childList: true });
  }, host);

/**
 * Once the host is there: whether its root shows the "preparing" state and no article yet, and
 * from then on the frame count when the article replaces it.
 */
const watchRoot = (page: Page) =>
  waitInShadow(page, { timeout: 60_000 }, (root) => {
    const w = window as unknown as { beats: number; atArticle: number | null };
    const preparing = !!root.querySelector('[data-saaf-preparing][role=status]') && !root.querySelector('.saaf-article');
    if (preparing) {
      new MutationObserver((_, me) => {
        if (!root.querySelector('.saaf-article')) return;
        w.atArticle = w.beats;
        me.disconnect();
      }).observe(root, { childList: true, subtree: true });
    }
    return { preparing };
  });
const watched = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { atHost: number | null; atArticle: number | null };
    return { atHost: w.atHost, atArticle: w.atArticle };
  });

describe.each(BROWSER_KINDS)('%s: a 10 MB page', (kind) => {
  it('shows a preparing state at once, then the article, and Save stores it', { timeout: 300_000 }, async () => {
    const html = bigPage(10_000_000);
    expect(Buffer.byteLength(html)).toBeGreaterThan(9_000_000);
    const server = await startServer();
    server.route('/big/', { contentType: 'text/html; charset=utf-8', body: html });
    const b = await ExtensionBrowser.launch(kind);
    try {
      const page = await b.newPage(server.url('/big/'));
      // The page's own first layout of 10 MB (tens of seconds on a loaded machine) is over first.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await watch(page, HOST);
      await b.openReader(page);
      // The overlay came up in its "preparing" state, before the article was ready...
      expect(await watchRoot(page)).toEqual({ preparing: true });
      expect(await waitForOverlay(page, 240_000)).toBe('article');
      const { atHost, atArticle } = await watched(page);
      expect(atHost).not.toBeNull();
      expect(atArticle).not.toBeNull();
      // Frames the page rendered while the article was read (between the stages): reported, not
      // asserted; a stage itself still holds the page (README, Speed).
      console.log(`${kind}: ${atArticle! - atHost!} frames rendered while the 10 MB page was read`);
      expect(await inShadow(page, (root) => root.querySelector('[data-saaf-preparing]'))).toBeNull();
      const text = await inShadow(page, (root) => root.querySelector('.saaf-article')?.textContent?.length ?? 0);
      expect(text).toBeGreaterThan(1_000_000);

      await clickInShadow(page, '[data-control="save"]');
      await waitInShadow(
        page,
        { timeout: 120_000 },
        (root) => root.querySelector('[data-control="save"]')?.getAttribute('data-state') === 'saved',
      );
      const listed = await b.sendMessage<{ entries: { title: string }[] }>({ type: 'library-list' });
      expect(listed.entries.map((e) => e.title)).toEqual(['بہت لمبی خبر']);
    } finally {
      await b.close();
      await server.close();
    }
  });
});
