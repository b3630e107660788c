/**
 * Accessibility of the reader in real Chromium and Firefox: axe-core (run inside the reader's
 * shadow root, settings panel open) finds no serious or critical violation in any theme, with the
 * Urdu and the English UI (this covers colour contrast per theme, labels, landmarks, headings).
 * Chromium also saves the screenshots of the mission page in each theme and UI language; with
 * SAAF_UPDATE_SCREENSHOTS=1 they replace the ones in docs/ that the README shows (squeezed with
 * Debian's pngquant when it is installed: ~60 KB instead of ~210 KB each).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSER_KINDS,
  HOST,
  REPO_ROOT,
  clickInShadow,
  inShadow,
  revealShadowRoot,
  screenshot,
  waitInShadow,
  waitForOverlay,
} from './harness';
import { MISSION_DIR, readAnnotation } from './cases';
import { useBrowser } from './setup';
import { setControl } from './reader-controls.helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const mission = readAnnotation(MISSION_DIR);
const THEMES = ['light', 'sepia', 'dark'] as const;
const UI_LANGS = ['ur', 'en'] as const;

function updateDocsPicture(from: string, to: string): void {
  try {
    execFileSync('pngquant', ['--quality', '60-85', '--speed', '1', '--force', '--output', to, from]);
  } catch {
    copyFileSync(from, to);
  }
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Contrast of the reader's text against the background it is painted on, measured in the page for
 * each theme. axe's own color-contrast rule reports "incomplete" (cannot find the background)
 * inside the overlay's fixed shadow host, so the same WCAG formula is applied here directly.
 */
async function lowContrast(page: Page): Promise<{ bad: string[]; checked: number }> {
  return inShadow(page, (root) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b]
        .map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const bgOf = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (rgb(c).length === 3 || (rgb(c)[3] ?? 0) > 0.99) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const sel =
      '.saaf-title, .saaf-meta, .saaf-byline, .saaf-body p, .saaf-body a, .saaf-embed-head, .saaf-embed-text, .saaf-embed-link, .saaf-btn, .saaf-time, .saaf-panel label, .saaf-panel legend, .saaf-hint, .saaf-field output';
    const bad: string[] = [];
    let checked = 0;
    for (const el of root.querySelectorAll(sel)) {
      if (!(el.textContent ?? '').trim()) continue;
      checked++;
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bgOf(el)))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) bad.push(`${el.className || el.localName}: ${ratio.toFixed(2)}`);
    }
    return { bad, checked };
  });
}

/**
 * Runs axe-core on the reader's shadow tree; returns serious and critical violations, and the
 * rules that passed (so a context that matched nothing cannot pass silently).
 */
async function axeReader(page: Page): Promise<{ violations: Violation[]; passed: string[] }> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // axe walks open shadow roots only: the test hands it the closed one.
  await revealShadowRoot(page);
  return page.evaluate(async (host) => {
    type Rule = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    type AxeResult = { violations: Rule[]; passes: Rule[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const res = await axe.run({ include: [{ fromShadowDom: [host, '.saaf-root'] }] }, {});
    return {
      violations: res.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) })),
      passed: res.passes.filter((p) => p.nodes.length > 0).map((p) => p.id),
    };
  }, HOST);
}

describe.each(BROWSER_KINDS)('%s: reader accessibility', (kind) => {
  const ctx = useBrowser(kind, (s) => void s.servePage(MISSION_DIR));
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  async function setUiLang(lang: string): Promise<void> {
    const ext = await ctx.browser.messenger();
    type Ext = { storage: { local: { set(v: object): Promise<void> } } };
    await ext.evaluate(
      (v) =>
        ((globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({
          'ui.lang': v,
        }),
      lang,
    );
  }

  it.each(UI_LANGS)('options page in the %s UI: no serious or critical axe violations', async (uiLang) => {
    await setUiLang(uiLang);
    const opts = await ctx.browser.openExtensionPage('options.html');
    open.push(opts);
    await opts.waitForSelector('fieldset[data-script="latin"]', { timeout: 10_000 });
    await opts.waitForFunction((l) => document.documentElement.lang === l, { timeout: 5000 }, uiLang);
    // evaluate, not a <script> tag: the extension page's CSP allows only its own scripts.
    await opts.evaluate(AXE_SOURCE);
    const violations = await opts.evaluate(async () => {
      type Rule = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
      const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      const res = await axe.run(document);
      if (!res.passes.some((p) => p.id === 'label' && p.nodes.length > 10)) return ['axe checked no labelled controls'];
      return res.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => JSON.stringify(n.target))
              .join(' ')}`,
        );
    });
    expect(violations).toEqual([]);
  });

  it.each(UI_LANGS)('%s UI: no serious or critical axe violations in any theme; screenshots', async (uiLang) => {
    await setUiLang(uiLang);
    const page = await ctx.browser.newPage(ctx.server.url(new URL(mission.url!).pathname));
    open.push(page);
    await page.setViewport({ width: 820, height: 1100 });
    expect(await ctx.browser.openReader(page)).toEqual({ ok: true });
    expect(await waitForOverlay(page)).toBe('article');
    expect(await inShadow(page, (root) => root.querySelector('.saaf-root')?.getAttribute('lang'))).toBe(uiLang);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    for (const theme of THEMES) {
      if (await inShadow(page, (root) => root.querySelector('[data-control="settings"]')?.getAttribute('aria-expanded') !== 'true'))
        await clickInShadow(page, '[data-control="settings"]');
      await setControl(page, `theme-${theme}`);
      await waitInShadow(page, {}, (root, th) => root.querySelector('.saaf-root')?.getAttribute('data-theme') === th, theme);
      const { violations, passed } = await axeReader(page);
      expect(violations, `${theme} theme, ${uiLang} UI`).toEqual([]);
      const contrast = await lowContrast(page);
      expect(contrast.checked).toBeGreaterThan(20);
      expect(contrast.bad, `text below 4.5:1 in the ${theme} theme`).toEqual([]);
      expect(passed, 'axe checked the reader itself').toEqual(
        expect.arrayContaining(['label', 'button-name', 'valid-lang', 'heading-order']),
      );

      if (kind !== 'chromium') continue;
      // The picture for the README: panel closed, the tweet card in view below the opening lines.
      await clickInShadow(page, '[data-control="settings"]');
      await inShadow(page, (root) => {
        const scroller = root.querySelector('.saaf-root') as HTMLElement;
        const card = root.querySelector<HTMLElement>('.saaf-embed');
        scroller.scrollTop = card ? Math.max(0, card.offsetTop - 560) : 0;
      });
      await new Promise((r) => setTimeout(r, 300));
      const shot = await screenshot(page, `reader-${theme}-${uiLang}`);
      if (process.env.SAAF_UPDATE_SCREENSHOTS === '1') updateDocsPicture(shot, join(REPO_ROOT, 'docs', `reader-${theme}-${uiLang}.png`));
      await inShadow(page, (root) => {
        (root.querySelector('.saaf-root') as HTMLElement).scrollTop = 0;
      });
    }
  });
});
