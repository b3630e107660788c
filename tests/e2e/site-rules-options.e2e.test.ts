/**
 * Issue 13, the options page's site rules in real Chromium and Firefox ESR with the built
 * extension: a rules file is imported (a rule that would eat the open article's story is marked),
 * listed, tested on the open tab, applied by the reader (reported as `user:<id>` and counted),
 * turned off and deleted. Pages: the made-up template of tests/fixtures/site-rules/e2e, whose
 * leftover box (`div.mx-club`) the general rules keep.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, REPO_ROOT, clickInShadow, inShadow, overlayOpen, poll, waitForOverlay } from './harness';
import { useBrowser } from './setup';

const DIR = join(REPO_ROOT, 'tests/fixtures/site-rules/e2e');
const page = (name: string) => ({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(DIR, name), 'utf8') });
/** Words of the template's leftover box and of the story of article B. */
const LEFTOVER = 'مطالعہ حلقہ';
const STORY_B = 'شجرکاری مہم';

const rule = (id: string, selector: string, name: string) => ({
  id,
  host: '127.0.0.1',
  name,
  kind: 'selector',
  selector,
  example: '',
  created: '2026-11-30T00:00:00.000Z',
  fired: 0,
  enabled: true,
});
const RULES_FILE = JSON.stringify({
  format: 'saaf-site-rules',
  version: 1,
  rules: [rule('club', 'div.mx-club', 'Study circle notice'), rule('eats', 'div.mx-body > p', 'Every paragraph')],
});

describe.each(BROWSER_KINDS)('%s: site rules in the options page', (kind) => {
  const ctx = useBrowser(kind, (s) => {
    s.route('/news/b', page('article-b.html'));
  });
  const open: Page[] = [];
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
  });

  /** The text of the blocks the reader shows. */
  const shownText = (p: Page) =>
    inShadow(p, (root) =>
      [...root.querySelectorAll('.saaf-body *')]
        .filter((el) => !el.closest('[data-saaf-removed]') && el.children.length === 0)
        .map((el) => el.textContent)
        .join(' '),
    );
  const rows = (opts: Page) =>
    opts.evaluate(() =>
      [...document.querySelectorAll('[data-site="127.0.0.1"] [data-rule]')].map((li) => ({
        id: li.getAttribute('data-rule'),
        flag: li.getAttribute('data-flag'),
        enabled: li.getAttribute('data-enabled'),
        text: li.textContent ?? '',
      })),
    );
  const clickIn = (opts: Page, id: string, control: string) =>
    opts.evaluate((i, c) => (document.querySelector(`[data-rule="${i}"] [data-control="${c}"]`) as HTMLElement).click(), id, control);

  it('imports a rules file, marks the rule that eats the story, tests, applies, turns off and deletes', async () => {
    const article = await ctx.browser.newPage(ctx.server.url('/news/b'));
    open.push(article);
    await article.setViewport({ width: 1000, height: 800 });
    const opts = await ctx.browser.openExtensionPage('options.html');
    open.push(opts);
    await opts.evaluate(() => {
      // A headless browser's permission prompt never answers: the user allows (the e2e build may
      // read 127.0.0.1 already).
      type Perms = { permissions: { request: (p: unknown, cb?: (granted: boolean) => void) => Promise<boolean> } };
      const g = globalThis as unknown as { chrome?: Perms; browser?: Perms };
      (g.chrome?.permissions ? g.chrome : g.browser)!.permissions.request = (_p, cb) => {
        cb?.(true);
        return Promise.resolve(true);
      };
    });

    // Import, as choosing the file in the dialog does.
    await opts.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'rules.json', { type: 'application/json' }));
      const input = document.querySelector<HTMLInputElement>('[data-control="rules-import"]')!;
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, RULES_FILE);
    const flagged = await poll('the imported rules, the story-eating one marked', async () => {
      const r = await rows(opts);
      return r.length === 2 && r.some((x) => x.flag === 'story') ? r : undefined;
    });
    expect(flagged.map((r) => [r.id, r.flag])).toEqual([
      ['club', null],
      ['eats', 'story'],
    ]);
    expect(await opts.evaluate(() => document.querySelector('[data-control="rules-status"]')?.textContent)).toMatch(
      /Imported 2 rules\. 1 imported rule/,
    );

    // A broken file changes nothing and says why.
    await opts.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"format": "saaf-site-rules"'], 'broken.json', { type: 'application/json' }));
      const input = document.querySelector<HTMLInputElement>('[data-control="rules-import"]')!;
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await poll('the refusal', () =>
      opts.evaluate(() => (document.querySelector('[data-control="rules-status"]')?.textContent?.includes('not JSON') ? true : undefined)),
    );
    expect((await rows(opts)).length).toBe(2);

    await clickIn(opts, 'eats', 'rule-delete');
    await poll('the deletion', async () => ((await rows(opts)).length === 1 ? true : undefined));

    // Test on the open tab: the leftover box, once, and no story.
    await clickIn(opts, 'club', 'rule-test');
    const note = await poll('the test result', () =>
      opts.evaluate(() => {
        const t = document.querySelector('[data-rule="club"] [data-control="rule-note"]')?.textContent ?? '';
        return t.startsWith('On the open tab') ? t : undefined;
      }),
    );
    expect(note).toContain('it matches 1 block.');
    expect(note).not.toContain('Careful');

    // The reader applies the imported rule, names it user:club, and the page counts it.
    expect(await ctx.browser.openReader(article)).toEqual({ ok: true });
    expect(await waitForOverlay(article)).toBe('article');
    const text = await shownText(article);
    expect(text).toContain(STORY_B);
    expect(text).not.toContain(LEFTOVER);
    await clickInShadow(article, '[data-control="removed"]');
    expect(
      await poll('the removed panel', () =>
        inShadow(article, (root) => root.querySelector('li[data-rule="user:club"]')?.textContent ?? undefined),
      ),
    ).toContain(LEFTOVER);
    await poll('the count in the options page', async () =>
      (await rows(opts))[0]?.text.includes('removed something once') ? true : undefined,
    );

    // Turned off in the options page, the next open of the reader keeps the box.
    await clickIn(opts, 'club', 'rule-on');
    await poll('the rule off', async () => ((await rows(opts))[0]?.enabled === 'false' ? true : undefined));
    expect(await ctx.browser.openReader(article)).toEqual({ ok: true });
    await poll('the reader closed', async () => ((await overlayOpen(article)) ? undefined : true));
    expect(await ctx.browser.openReader(article)).toEqual({ ok: true });
    expect(await waitForOverlay(article)).toBe('article');
    expect(await shownText(article)).toContain(LEFTOVER);

    await clickIn(opts, 'club', 'rule-delete');
    await poll('no rules left', () => opts.evaluate(() => (document.querySelector('[data-control="rules-none"]') ? true : undefined)));
  });
});
