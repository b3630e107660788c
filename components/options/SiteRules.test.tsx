// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { siteRulesService } from '@/utils/site-rules/site-rules-service';
import { loadAllRules, loadSiteRules, saveSiteRules } from '@/utils/site-rules/site-rules-storage';
import type { UserRule } from '@/utils/site-rules/types';
import { parseRulesFile, rulesFile } from '@/utils/site-rules/validate';
import { SiteRules } from './SiteRules';

const rule = (id: string, host = 'news.example.pk', extra: Partial<UserRule> = {}): UserRule => ({
  id,
  host,
  name: `rule ${id}`,
  kind: 'selector',
  selector: `div.${id}`,
  example: 'ایپ ڈاؤن لوڈ کریں',
  created: '2024-07-10T00:00:00.000Z',
  fired: 0,
  enabled: true,
  ...extra,
});

let host: HTMLElement;
let executeScript: ReturnType<typeof vi.fn>;
let pageAnswer: unknown;
let tabs: { id: number; url: string; lastAccessed?: number; active?: boolean }[];
let allow: boolean;
const saveFile = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  pageAnswer = undefined;
  allow = true;
  tabs = [];
  saveFile.mockClear();
  executeScript = vi.fn(async (inj: { files?: string[] }) => (inj.files ? [{ frameId: 0, result: pageAnswer }] : []));
  (fakeBrowser as unknown as Record<string, Record<string, unknown>>).scripting!.executeScript = executeScript;
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => allow);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => tabs as never);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
async function until(what: string, cond: () => boolean) {
  for (let i = 0; i < 100 && !cond(); i++) await settle();
  if (!cond()) throw new Error(`never: ${what}`);
}
async function mount() {
  await act(async () => render(<SiteRules uiLang="en" service={siteRulesService()} saveFile={saveFile} />, host));
  await until('the list', () => !!host.querySelector('[data-control="rules-none"], [data-rule]'));
}
const row = (site: string, id: string) => host.querySelector(`[data-site="${site}"] [data-rule="${id}"]`);
const click = async (el: Element | null | undefined) => {
  if (!el) throw new Error('no element');
  await act(async () => (el as HTMLElement).click());
  await settle();
};
const status = () => host.querySelector('[data-control="rules-status"]')!;
async function chooseFile(text: string) {
  const input = host.querySelector<HTMLInputElement>('[data-control="rules-import"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'rules.json', { type: 'application/json' })] });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('SiteRules on the options page', () => {
  it('says there are no rules yet', async () => {
    await mount();
    expect(host.querySelector('[data-control="rules-none"]')?.textContent).toMatch(/No rules yet/);
  });

  it('lists sites in order with their rules, and turns off, renames and deletes a rule in storage', async () => {
    await saveSiteRules('news.example.pk', [rule('p1', undefined, { fired: 3 }), rule('p2')]);
    await saveSiteRules('another.example', [rule('q1', 'another.example')]);
    await mount();
    expect([...host.querySelectorAll('[data-site]')].map((s) => s.getAttribute('data-site'))).toEqual([
      'another.example',
      'news.example.pk',
    ]);
    expect(row('news.example.pk', 'p1')?.textContent).toContain('div.p1');
    expect(row('news.example.pk', 'p1')?.textContent).toMatch(/removed something 3 times/);

    await click(row('news.example.pk', 'p1')?.querySelector('[data-control="rule-on"]'));
    await until('turned off', () => row('news.example.pk', 'p1')?.getAttribute('data-enabled') === 'false');
    expect((await loadSiteRules('news.example.pk'))[0]!.enabled).toBe(false);

    const name = row('news.example.pk', 'p2')!.querySelector<HTMLInputElement>('[data-control="rule-name"]')!;
    name.value = '  ایپ کا اشتہار\u202E ';
    await act(async () => void name.dispatchEvent(new Event('change', { bubbles: true })));
    await until(
      'renamed',
      () => row('news.example.pk', 'p2')?.querySelector<HTMLInputElement>('[data-control="rule-name"]')?.value === 'ایپ کا اشتہار',
    );
    expect((await loadSiteRules('news.example.pk'))[1]!.name).toBe('ایپ کا اشتہار');

    await click(row('another.example', 'q1')?.querySelector('[data-control="rule-delete"]'));
    await until('deleted', () => !host.querySelector('[data-site="another.example"]'));
    expect([...(await loadAllRules()).keys()]).toEqual(['news.example.pk']);
    expect(status().textContent).toBe('Deleted the rule “rule q1”.');
  });

  it('imports a valid file and lists it; a broken, foreign or partly bad file changes nothing and says why', async () => {
    await saveSiteRules('news.example.pk', [rule('p1')]);
    await mount();
    for (const [text, why] of [
      ['{"format": "saaf-site-rules", "version": 1, "rules": [', 'not JSON'],
      [JSON.stringify({ format: 'other-extension', rules: [] }), 'not a Saaf rules file'],
      [JSON.stringify(rulesFile([rule('ok1'), { ...rule('bad'), selector: 'div:has(p)' }])), 'rule 2: bad selector'],
    ] as const) {
      await chooseFile(text);
      await until(why, () => status().getAttribute('role') === 'alert' && status().textContent.includes(why));
      expect(status().textContent).toBe(`This file was not imported (${why}). Nothing was changed.`);
      expect((await loadSiteRules('news.example.pk')).map((r) => r.id)).toEqual(['p1']);
    }
    await chooseFile(JSON.stringify(rulesFile([rule('p3'), rule('s1', 'shared.example')])));
    await until('imported', () => status().textContent === 'Imported 2 rules.');
    await until('listed', () => !!row('shared.example', 's1') && !!row('news.example.pk', 'p3'));
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('marks an imported rule that matches story text on an open page of its site, without asking for access', async () => {
    await mount();
    tabs = [{ id: 4, url: 'https://www.news.example.pk/2024/a', lastAccessed: 10 }];
    pageAnswer = {
      ok: true,
      article: true,
      checks: [
        { id: 'eats', matches: 6, story: true },
        { id: 'fine', matches: 1, story: false },
        { id: 'not-imported', matches: 1, story: true },
      ],
    };
    await chooseFile(JSON.stringify(rulesFile([rule('eats'), rule('fine')])));
    await until('the flag', () => !!row('news.example.pk', 'eats')?.querySelector('[data-control="rule-flag"]'));
    expect(row('news.example.pk', 'eats')?.getAttribute('data-flag')).toBe('story');
    expect(row('news.example.pk', 'fine')?.getAttribute('data-flag')).toBeNull();
    expect(status().textContent).toBe('Imported 2 rules. 1 imported rule matches story text on the open page: it is marked below.');
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    // The rules went to the tab as data, then the check script.
    expect(
      executeScript.mock.calls.map(([inj]) => (inj as { files?: string[] }).files ?? (inj as { args: unknown[][] }).args[0]!.length),
    ).toEqual([2, ['/rule-check.js']]);
  });

  it('tests a rule on the open tab of its site: asks for access on the click, says how many blocks and whether it touches the story', async () => {
    await saveSiteRules('news.example.pk', [rule('p1', undefined, { pathPrefix: '/urdu/' })]);
    await mount();
    const test = () => click(row('news.example.pk', 'p1')?.querySelector('[data-control="rule-test"]'));
    const note = () => row('news.example.pk', 'p1')?.querySelector('[data-control="rule-note"]');

    await test();
    await until('no tab', () => !!note()?.textContent?.startsWith('No open tab'));
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://news.example.pk/*', '*://www.news.example.pk/*'] });

    // Of the site's tabs, the most recent one under the rule's path.
    tabs = [
      { id: 1, url: 'https://news.example.pk/english/x', lastAccessed: 50 },
      { id: 2, url: 'https://news.example.pk/urdu/old', lastAccessed: 10 },
      { id: 3, url: 'https://news.example.pk/urdu/new', lastAccessed: 20 },
    ];
    pageAnswer = { ok: true, article: true, checks: [{ id: 'p1', matches: 2, story: false }] };
    await test();
    await until('tested', () => !!note()?.textContent?.includes('matches 2 blocks'));
    expect(note()?.textContent).toBe('On the open tab (https://news.example.pk/urdu/new) it matches 2 blocks.');
    expect(executeScript.mock.calls.at(-1)![0]).toEqual({ target: { tabId: 3 }, files: ['/rule-check.js'] });

    pageAnswer = { ok: true, article: true, checks: [{ id: 'p1', matches: 1, story: true }] };
    await test();
    await until('story', () => !!note()?.textContent?.includes('Careful'));
    expect(note()?.getAttribute('role')).toBe('alert');

    allow = false;
    await test();
    await until('refused', () => !!note()?.textContent?.startsWith('Saaf may not read news.example.pk'));
  });

  it('exports every rule as a rules file that imports again', async () => {
    await saveSiteRules('news.example.pk', [rule('p1')]);
    await saveSiteRules('another.example', [rule('q1', 'another.example', { enabled: false })]);
    await mount();
    await click(host.querySelector('[data-control="rules-export"]'));
    await until('saved', () => saveFile.mock.calls.length === 1);
    const [text, name] = saveFile.mock.calls[0] as [string, string];
    expect(name).toMatch(/^saaf-site-rules-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseRulesFile(text);
    expect(parsed.ok && parsed.rules).toEqual([rule('q1', 'another.example', { enabled: false }), rule('p1')]);
    expect(status().textContent).toBe(`Your rules are in the file ${name}.`);
  });
});
