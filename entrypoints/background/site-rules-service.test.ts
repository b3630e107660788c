import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRouter } from './router';
import { registerSiteRulesService } from './site-rules-service';
import { loadSiteRules } from '@/utils/site-rules/site-rules-storage';
import type { UserRule } from '@/utils/site-rules/types';

const rule = (host: string, id = 'sabc1'): UserRule => ({
  id,
  host,
  name: 'مطالعہ حلقہ',
  kind: 'selector',
  selector: 'div.mx-club > p',
  example: 'مطالعہ حلقہ',
  created: '2026-12-03T00:00:00.000Z',
  fired: 0,
  enabled: true,
});

describe("the reader's rules, stored through the background", () => {
  const router = createRouter('saaf', 'chrome-extension://saaf/');
  registerSiteRulesService(router);
  let tabId = 0;
  const fromTab = () => ({ id: 'saaf', url: 'https://www.news.example.pk/a', tab: { id: tabId, url: 'https://www.news.example.pk/a' } });
  beforeEach(async () => {
    fakeBrowser.reset();
    tabId = (await fakeBrowser.tabs.create({ url: 'https://www.news.example.pk/2026/a' })).id!;
  });

  it("stores a rule of the tab's own site and deletes it again", async () => {
    expect(await router.handle({ type: 'site-rule-add', rule: rule('news.example.pk') }, fromTab())).toEqual({
      ok: true,
      rule: rule('news.example.pk'),
    });
    expect(await loadSiteRules('news.example.pk')).toEqual([rule('news.example.pk')]);
    expect(await router.handle({ type: 'site-rule-delete', id: 'sabc1' }, fromTab())).toEqual({ ok: true });
    expect(await loadSiteRules('news.example.pk')).toEqual([]);
  });

  it("refuses a rule for another site than the tab's, and a rule that is not valid", async () => {
    expect(await router.handle({ type: 'site-rule-add', rule: rule('other.example') }, fromTab())).toEqual({
      ok: false,
      error: "not this tab's site",
    });
    expect(await loadSiteRules('other.example')).toEqual([]);
    // Malformed: refused by the router without an answer.
    expect(
      router.handle({ type: 'site-rule-add', rule: { ...rule('news.example.pk'), selector: 'div:has(p)' } }, fromTab()),
    ).toBeUndefined();
    expect(await loadSiteRules('news.example.pk')).toEqual([]);
  });

  it('does not take these messages from extension pages', () => {
    const page = { id: 'saaf', url: 'chrome-extension://saaf/options.html' };
    expect(router.handle({ type: 'site-rule-add', rule: rule('news.example.pk') }, page)).toBeUndefined();
  });
});
