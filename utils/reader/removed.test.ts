import { describe, expect, it } from 'vitest';
import { addMiss, coerceMisses, groupRemovals, makeMiss, missReport, MISSES_MAX, MISS_TEXT_MAX, ruleKind } from './removed';

describe('ruleKind', () => {
  it.each([
    ['teaser-lists', 'general'],
    ['site-rules:BBC Urdu', 'site'],
    ['user:mx-club', 'user'],
    ['users', 'general'],
  ] as const)('%s is a %s rule', (rule, kind) => expect(ruleKind(rule)).toBe(kind));
});

describe('groupRemovals', () => {
  it('groups by kind (general, site, yours) and orders each group by the page', () => {
    const groups = groupRemovals([
      { rule: 'user:b', text: 'second of mine', origin: [40, 41] },
      { rule: 'disclaimers', text: 'notice', origin: [30] },
      { rule: 'prune', text: 'menu', origin: [3, 2] },
      { rule: 'user:a', text: 'first of mine', origin: [12] },
      { rule: 'teasers', text: 'unplaced' },
      { rule: 'site-rules:Example', text: 'site box', origin: [20] },
      { rule: 'images', text: '  ' },
    ]);
    expect(groups.map((g) => [g.kind, g.items.map((r) => r.text)])).toEqual([
      ['general', ['menu', 'notice', 'unplaced']],
      ['site', ['site box']],
      ['user', ['first of mine', 'second of mine']],
    ]);
  });
  it('keeps the pipeline order when nothing has a place, and gives no empty groups', () => {
    const groups = groupRemovals([
      { rule: 'b', text: 'two' },
      { rule: 'a', text: 'one' },
    ]);
    expect(groups).toEqual([
      {
        kind: 'general',
        items: [
          { rule: 'b', text: 'two' },
          { rule: 'a', text: 'one' },
        ],
      },
    ]);
    expect(groupRemovals([])).toEqual([]);
  });
});

describe('misses', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it('records the page, the rule and the text (cut), once each', () => {
    const m = makeMiss('https://example.pk/a', { rule: 'disclaimers', text: ` a\n ${'x'.repeat(600)}` }, now);
    expect(m.text.length).toBe(MISS_TEXT_MAX);
    expect(m.text.startsWith('a x')).toBe(true);
    expect(m).toMatchObject({ url: 'https://example.pk/a', rule: 'disclaimers', at: '2026-12-03T10:00:00.000Z' });
    const list = addMiss(addMiss([], m), { ...m, at: 'later' });
    expect(list).toHaveLength(1);
    expect(list[0]!.at).toBe('later');
  });
  it('keeps the newest misses only', () => {
    let list: ReturnType<typeof addMiss> = [];
    for (let i = 0; i < MISSES_MAX + 5; i++) list = addMiss(list, makeMiss(`https://e.pk/${i}`, { rule: 'r', text: 't' }, now));
    expect(list).toHaveLength(MISSES_MAX);
    expect(list[0]!.url).toBe('https://e.pk/5');
  });
  it('drops malformed stored entries', () => {
    const good = makeMiss('https://e.pk/', { rule: 'r', text: 't' }, now);
    expect(coerceMisses([good, null, { url: 1 }, 'x'])).toEqual([good]);
    expect(coerceMisses({})).toEqual([]);
  });
  it('exports a report with the URLs', () => {
    const good = makeMiss('https://e.pk/', { rule: 'r', text: 't' }, now);
    expect(missReport([good], now)).toEqual({ format: 'saaf-misses', version: 1, exported: now.toISOString(), misses: [good] });
  });
});
