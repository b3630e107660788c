import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UserRule } from './types';
import {
  addRule,
  countFired,
  countRuleFirings,
  deleteRule,
  importRules,
  loadAllRules,
  loadSiteRules,
  saveSiteRules,
  siteOfUrl,
  updateRule,
  watchRules,
} from './site-rules-storage';

const rule = (id: string, host = 'news.example.pk', extra: Partial<UserRule> = {}): UserRule => ({
  id,
  host,
  name: `rule ${id}`,
  kind: 'selector',
  selector: `div.${id}`,
  example: 'ایک مثال',
  created: '2024-07-10T00:00:00.000Z',
  fired: 0,
  enabled: true,
  ...extra,
});

describe('site rules storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys sites by lowercase host without www., and only http(s) pages have a site', () => {
    expect(siteOfUrl('https://WWW.News.Example.pk/a?b')).toBe('news.example.pk');
    expect(siteOfUrl('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect([siteOfUrl('file:///tmp/a.html'), siteOfUrl('chrome://extensions'), siteOfUrl(undefined), siteOfUrl('nonsense')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps each site in its own item, and lists every site in order', async () => {
    await addRule(rule('a'));
    await addRule(rule('b', 'www.another.example'));
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'siteRules.another.example',
      'siteRules.news.example.pk',
    ]);
    expect((await loadSiteRules('www.news.example.pk')).map((r) => r.id)).toEqual(['a']);
    const all = await loadAllRules();
    expect([...all.keys()]).toEqual(['another.example', 'news.example.pk']);
  });

  it('adding a rule with an id the site has replaces it and keeps its count; an invalid rule is refused', async () => {
    await addRule(rule('a', undefined, { fired: 3 }));
    await addRule(rule('a', undefined, { name: 'renamed', fired: 0 }));
    expect(await loadSiteRules('news.example.pk')).toEqual([rule('a', undefined, { name: 'renamed', fired: 3 })]);
    expect(await addRule(rule('b', undefined, { selector: 'div:has(p)' }))).toBeNull();
    expect((await loadSiteRules('news.example.pk')).map((r) => r.id)).toEqual(['a']);
  });

  it('renames, turns off and deletes; the last rule deleted removes the item', async () => {
    await saveSiteRules('news.example.pk', [rule('a'), rule('b')]);
    await updateRule('news.example.pk', 'a', { name: 'ایپ', enabled: false });
    expect((await loadSiteRules('news.example.pk'))[0]).toMatchObject({ id: 'a', name: 'ایپ', enabled: false });
    await deleteRule('news.example.pk', 'a');
    await deleteRule('news.example.pk', 'b');
    expect(await fakeBrowser.storage.local.get('siteRules.news.example.pk')).toEqual({});
  });

  it("counts firings of the site's rules only", async () => {
    await saveSiteRules('news.example.pk', [rule('a'), rule('b')]);
    await countFired('news.example.pk', ['user:a', 'user:zz']);
    await countFired('news.example.pk', ['a']);
    expect((await loadSiteRules('news.example.pk')).map((r) => [r.id, r.fired])).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
  });

  it("counts, once each, the site's rules an extraction names as removers, by the page's site", async () => {
    await saveSiteRules('news.example.pk', [rule('a'), rule('b')]);
    const removed = [{ rule: 'user:a' }, { rule: 'user:a' }, { rule: 'promos' }, { rule: 'user:zz' }];
    await countRuleFirings('https://www.news.example.pk/2024/x', removed);
    await countRuleFirings('https://other.example/x', removed);
    await countRuleFirings('https://news.example.pk/y', [{ rule: 'promos' }]);
    expect((await loadSiteRules('news.example.pk')).map((r) => [r.id, r.fired])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('drops a damaged stored rule and keeps the rest; a rule stored under another site is not kept', async () => {
    await fakeBrowser.storage.local.set({ 'siteRules.news.example.pk': [rule('a'), { ...rule('b'), selector: 'div:has(p)' }, 'x'] });
    expect((await loadSiteRules('news.example.pk')).map((r) => r.id)).toEqual(['a']);
    expect(await saveSiteRules('news.example.pk', [rule('a'), rule('c', 'other.example')])).toEqual([rule('a')]);
  });

  it('imports rules by site, replacing same ids (keeping their counts)', async () => {
    await saveSiteRules('news.example.pk', [rule('a', undefined, { fired: 5 })]);
    expect(await importRules([rule('a', undefined, { name: 'new' }), rule('b'), rule('c', 'other.example')])).toBe(3);
    expect(await loadSiteRules('news.example.pk')).toEqual([rule('a', undefined, { name: 'new', fired: 5 }), rule('b')]);
    expect((await loadSiteRules('other.example')).map((r) => r.id)).toEqual(['c']);
  });

  it('tells a watcher when rules change, not when other storage does', async () => {
    const cb = vi.fn();
    const stop = watchRules(cb);
    await fakeBrowser.storage.local.set({ 'reader.misses': [] });
    expect(cb).not.toHaveBeenCalled();
    await addRule(rule('a'));
    expect(cb).toHaveBeenCalled();
    stop();
    cb.mockClear();
    await addRule(rule('b'));
    expect(cb).not.toHaveBeenCalled();
  });
});
