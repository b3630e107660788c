// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/types';
import type { ReaderResult } from '@/utils/reader-handoff';
import { ReaderApp } from './ReaderApp';
import type { ReaderTools } from './reader-tools';

const NOTICE = 'The paper need not agree with the writer. Send us your letters.';
const base: Article = {
  url: 'https://www.example.pk/news/1',
  title: 'A story',
  byline: null,
  siteName: null,
  lang: 'en',
  dir: 'ltr',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  contentHtml: '<p id="a">First paragraph of the story.</p>',
  text: 'First paragraph of the story.',
  embeds: [],
  removed: [
    { rule: 'user:club', text: 'Study circle every Friday' },
    { rule: 'disclaimers', text: NOTICE },
    { rule: 'prune', text: 'Home Sport Business' },
    { rule: 'site-rules:Example', text: 'Follow us' },
  ],
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
}

function mount(tools: Partial<ReaderTools>): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  const toFragment = (html: string) => document.createRange().createContextualFragment(html);
  const all: ReaderTools = { setEscape: () => {}, ...tools };
  void act(() => render(<ReaderApp result={{ ok: true, article: base }} onClose={() => {}} toFragment={toFragment} tools={all} />, host));
  return host;
}

const openPanel = (root: HTMLElement) => void act(() => root.querySelector<HTMLButtonElement>('[data-control="removed"]')!.click());
const restoreOf = (root: HTMLElement, rule: string) =>
  root.querySelector<HTMLButtonElement>(`li[data-rule="${rule}"] [data-control="restore"]`)!;

describe('What Saaf removed', () => {
  it('lists removals grouped by general, site and your rules, with their text', () => {
    const root = mount({ reextract: () => ({ ok: true, article: base }) });
    const btn = root.querySelector('[data-control="removed"]')!;
    expect(btn.textContent).toContain('Removed (4)');
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    openPanel(root);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    const groups = [...root.querySelectorAll('.saaf-removed-group')].map((g) => [
      g.getAttribute('data-kind'),
      [...g.querySelectorAll('.saaf-removed-text')].map((p) => p.textContent),
    ]);
    expect(groups).toEqual([
      ['general', [NOTICE, 'Home Sport Business']],
      ['site', ['Follow us']],
      ['user', ['Study circle every Friday']],
    ]);
    expect(root.querySelector('.saaf-removed-group[data-kind="user"] h3')!.textContent).toBe('Your rules');
  });

  it('puts a general rule’s removal back at once (extracting without the rule), notes the miss and offers the report', async () => {
    const restored: Article = { ...base, contentHtml: `${base.contentHtml}<p id="n">${NOTICE}</p>`, removed: base.removed.slice(2) };
    const reextract = vi.fn((): ReaderResult => ({ ok: true, article: restored }));
    const recordMiss = vi.fn(async () => {});
    const exportMisses = vi.fn(async () => {});
    const root = mount({ reextract, recordMiss, exportMisses });
    openPanel(root);
    restoreOf(root, 'disclaimers').click();
    await settle();
    expect(reextract).toHaveBeenCalledWith(['disclaimers']);
    expect(root.querySelector('.saaf-body')!.textContent).toContain(NOTICE);
    expect(recordMiss).toHaveBeenCalledWith(expect.objectContaining({ rule: 'disclaimers', text: NOTICE }));
    expect(root.querySelector('.saaf-removed-after')!.getAttribute('data-state')).toBe('missed');
    root.querySelector<HTMLButtonElement>('[data-control="export-misses"]')!.click();
    await settle();
    expect(exportMisses).toHaveBeenCalledOnce();

    // A second one keeps the first rule off.
    restoreOf(root, 'prune').click();
    await settle();
    expect(reextract).toHaveBeenLastCalledWith(['disclaimers', 'prune']);
  });

  it('offers to delete a rule of yours after putting its removal back', async () => {
    const deleteRule = vi.fn(async () => {});
    const recordMiss = vi.fn(async () => {});
    const root = mount({ reextract: () => ({ ok: true, article: { ...base, removed: base.removed.slice(1) } }), deleteRule, recordMiss });
    openPanel(root);
    restoreOf(root, 'user:club').click();
    await settle();
    expect(recordMiss).not.toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('[data-control="delete-rule"]')!.click();
    await settle();
    expect(deleteRule).toHaveBeenCalledWith('user:club');
    expect(root.querySelector('.saaf-removed-after')!.getAttribute('data-state')).toBe('deleted');
  });

  it('says so when the same rule still removes it', async () => {
    const root = mount({ reextract: () => ({ ok: true, article: base }) });
    openPanel(root);
    restoreOf(root, 'prune').click();
    await settle();
    expect(root.querySelector('.saaf-removed-after')!.getAttribute('data-state')).toBe('failed');
  });

  it('says so when the page cannot be read again', async () => {
    const root = mount({ reextract: () => ({ ok: false, reason: 'no-content', lang: 'en', dir: 'ltr', title: '' }) });
    openPanel(root);
    restoreOf(root, 'prune').click();
    await settle();
    expect(root.querySelector('.saaf-removed-after')!.getAttribute('data-state')).toBe('failed');
    expect(root.querySelector('.saaf-body')!.textContent).toContain('First paragraph');
  });
});
