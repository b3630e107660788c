// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/types';
import type { DeriveResult } from '@/utils/site-rules/derive';
import type { UserRule } from '@/utils/site-rules/types';
import type { PickerLabels, ReaderResult } from '@/utils/reader-handoff';
import { ReaderApp } from './ReaderApp';
import type { ReaderTools } from './reader-tools';

// jsdom marks every event a test makes as untrusted: this file tests the Remember bar's logic, so
// the trust check is taken out here (it has its own tests: utils/reader/trusted.test.ts and the e2e).
vi.mock('@/utils/reader/trusted', () => ({
  trusted: <E extends Event>(handler: (e: E) => void) => handler,
  guardTrusted: () => () => undefined,
  GUARDED_EVENTS: [],
}));

const STORY = 'The library opens on Monday with fifty thousand books for the city.';
const CLUB = 'Study circle every Friday evening at the city library.';
const article: Article = {
  url: 'https://www.example.pk/news/1',
  title: 'A story',
  byline: null,
  siteName: null,
  lang: 'en',
  dir: 'ltr',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  contentHtml: `<p data-saaf-origin="12">${STORY}</p><div data-saaf-origin="20"><p data-saaf-origin="21">${CLUB}</p></div>`,
  text: `${STORY}\n${CLUB}`,
  embeds: [],
  removed: [],
};
const rule: UserRule = {
  id: 'sclub1',
  host: 'example.pk',
  name: CLUB,
  kind: 'selector',
  selector: 'div.club > p',
  example: CLUB,
  created: '2026-12-03T00:00:00.000Z',
  fired: 0,
  enabled: true,
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
}

async function mount(tools: Partial<ReaderTools>, result: ReaderResult = { ok: true, article }): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  const toFragment = (html: string) => document.createRange().createContextualFragment(html);
  const all: ReaderTools = { setEscape: () => {}, ...tools };
  await act(() => render(<ReaderApp result={result} onClose={() => {}} toFragment={toFragment} tools={all} />, host));
  await settle();
  return host;
}

const q = (sel: string) => host.querySelector<HTMLElement>(sel);
const click = async (el: Element | null) => {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
  await settle();
};

/** Removes the club paragraph in remove mode, as a click does. */
async function removeClub(): Promise<void> {
  await click(q('[data-control="remove-mode"]'));
  const p = [...host.querySelectorAll('.saaf-body p')].find((e) => e.textContent === CLUB)!;
  await click(p);
}

describe('Remember for this site', () => {
  it('is offered after a removal, shows how many blocks the rule matches, and saves it only when confirmed', async () => {
    const derive = vi.fn((): DeriveResult => ({ ok: true, rule, matches: 2 }));
    const save = vi.fn(async () => {});
    await mount({ deriveRule: derive, saveRule: save });
    expect(q('[data-control="remember-bar"]')).toBeNull();
    await removeClub();
    expect(q('[data-control="remember-bar"]')?.getAttribute('data-step')).toBe('offer');

    await click(q('[data-control="remember"]'));
    // Derived from the block's place in the page, against the story as the reader shows it now.
    expect(derive).toHaveBeenCalledTimes(1);
    const [origin, storyText] = derive.mock.calls[0] as unknown as [number, string];
    expect(origin).toBe(20);
    expect(storyText).toContain(STORY);
    expect(storyText).not.toContain(CLUB);
    expect(q('.saaf-remember-msg')?.textContent).toContain('matches 2 blocks');
    expect(q('.saaf-remember-msg')?.textContent).toContain('example.pk');
    expect(save).not.toHaveBeenCalled();
    // Focus follows to the next step's first button.
    expect(host.ownerDocument.activeElement?.getAttribute('data-control')).toBe('remember-save');

    await click(q('[data-control="remember-save"]'));
    expect(save).toHaveBeenCalledWith(rule);
    expect(q('[data-control="remember-bar"]')?.getAttribute('data-step')).toBe('saved');
  });

  it('refuses a rule that would also remove story text, says why, and offers no save', async () => {
    const save = vi.fn(async () => {});
    await mount({ deriveRule: () => ({ ok: false, reason: 'story-text', matches: 5 }), saveRule: save });
    await removeClub();
    await click(q('[data-control="remember"]'));
    expect(q('[data-control="remember-bar"]')?.getAttribute('data-step')).toBe('refused');
    expect(q('.saaf-remember-msg')?.textContent).toContain('would also remove text of the story');
    expect(q('[data-control="remember-save"]')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('says so when the rule could not be saved, and Cancel goes back to the offer', async () => {
    await mount({ deriveRule: () => ({ ok: true, rule, matches: 1 }), saveRule: async () => Promise.reject(new Error('no')) });
    await removeClub();
    await click(q('[data-control="remember"]'));
    expect(q('.saaf-remember-msg')?.textContent).toContain('matches 1 block on this page');
    await click(q('[data-control="remember-cancel"]'));
    expect(q('[data-control="remember-bar"]')?.getAttribute('data-step')).toBe('offer');
    await click(q('[data-control="remember"]'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await click(q('[data-control="remember-save"]'));
    expect(q('[data-control="remember-bar"]')?.getAttribute('data-step')).toBe('failed');
  });

  it('goes away with an undo, and is not offered without the page-side tools', async () => {
    await mount({ deriveRule: () => ({ ok: true, rule, matches: 1 }), saveRule: async () => {} });
    await removeClub();
    expect(q('[data-control="remember-bar"]')).not.toBeNull();
    await click(q('[data-control="undo"]'));
    expect(q('[data-control="remember-bar"]')).toBeNull();
    render(null, host);
    host.remove();
    await mount({});
    await removeClub();
    expect(q('[data-control="remember-bar"]')).toBeNull();
  });
});

describe('Select the story', () => {
  const region: UserRule = { ...rule, id: 'gkh1', kind: 'region', selector: 'div.kh-text' };

  it('is offered by the "no story here" message and hands the picker its words in the UI language', async () => {
    const selectStory = vi.fn((_labels: PickerLabels) => {});
    await mount({ selectStory }, { ok: false, reason: 'not-a-story', lang: 'ur', dir: 'rtl', title: 'x' });
    const button = q('.saaf-message [data-control="select-story"]');
    expect(button?.textContent).toBe('خبر خود چنیں');
    await click(button);
    expect(selectStory).toHaveBeenCalledTimes(1);
    const labels = selectStory.mock.calls[0]![0];
    expect(labels).toMatchObject({ lang: 'ur', dir: 'rtl' });
    expect(labels.hint).toContain('Esc');
    expect(labels.close).not.toBe('');
  });

  it('is offered in the removed panel, and not at all without the page picker', async () => {
    await mount({ selectStory: () => {}, reextract: () => ({ ok: true, article }) });
    await click(q('[data-control="removed"]'));
    expect(q('#saaf-removed [data-control="select-story"]')).not.toBeNull();
    render(null, host);
    host.remove();
    await mount({}, { ok: false, reason: 'too-short', lang: 'en', dir: 'ltr', title: 'x' });
    expect(q('[data-control="select-story"]')).toBeNull();
  });

  it('on the region chosen, offers to always use it for the site, and saves it when asked', async () => {
    const save = vi.fn(async () => {});
    await mount({ pickedRegion: region, saveRule: save });
    expect(q('[data-control="region-bar"]')?.textContent).toContain('part of the page you chose');
    expect(q('[data-control="region-always"]')?.textContent).toContain('example.pk');
    await click(q('[data-control="region-always"]'));
    expect(save).toHaveBeenCalledWith(region);
    expect(q('[data-control="region-bar"]')?.getAttribute('data-step')).toBe('saved');
    expect(q('[data-control="region-always"]')).toBeNull();
  });

  it('offers nothing when the reader was not opened on a chosen region', async () => {
    await mount({ saveRule: async () => {} });
    expect(q('[data-control="region-bar"]')).toBeNull();
  });
});
