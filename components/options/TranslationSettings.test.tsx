// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { loadTranslationSettings } from '@/utils/translate/settings-storage';
import { enabledIds } from '@/utils/translate/settings';
import { translationOptionsService } from '@/utils/translate/options-service';
import { TranslationSettings } from './TranslationSettings';

let host: HTMLElement | undefined;
let granted: string[];
let answer: boolean;
const request = vi.fn(async () => answer);
const contains = vi.fn(async () => true);

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  answer = true;
  request.mockClear();
  contains.mockClear();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: granted, permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(contains);
});
afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
});

async function mount(focus = false) {
  const el = document.createElement('div');
  host = el;
  document.body.append(el);
  await act(async () => render(<TranslationSettings uiLang="en" service={translationOptionsService()} focus={focus} />, el));
  await vi.waitFor(() => expect(el.querySelector('[data-service]')).not.toBeNull());
  const row = (id: string) => el.querySelector(`[data-service="${id}"]`)!;
  const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
  return {
    el,
    row,
    toggle: async (id: string) => {
      await act(async () => row(id).querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
      await settle();
    },
    type: async (id: string, sel: string, value: string) => {
      const input = row(id).querySelector<HTMLInputElement>(sel)!;
      input.value = value;
      await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
      await settle();
    },
  };
}

describe('TranslationSettings', () => {
  it('opened at #translation (the reader offered the settings), scrolls to the section and focuses it once drawn', async () => {
    const scrolled = vi.fn();
    const proto = HTMLElement.prototype as unknown as { scrollIntoView?: unknown };
    const before = proto.scrollIntoView;
    proto.scrollIntoView = scrolled;
    try {
      const { el } = await mount(true);
      await vi.waitFor(() => expect(document.activeElement).toBe(el.querySelector('section#translation')));
      expect(scrolled).toHaveBeenCalledOnce();
    } finally {
      proto.scrollIntoView = before;
    }
  });

  it('takes the focus only when asked', async () => {
    const { el } = await mount(false);
    expect(el.contains(document.activeElement)).toBe(false);
  });

  it('uses the fake browser (no real extension APIs in unit tests)', () => {
    expect(browser).toBe(fakeBrowser);
  });

  it('starts with nothing online and says where text would go', async () => {
    const ui = await mount();
    const boxes = [...ui.el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => b.checked);
    expect(boxes).toEqual([true, false, false, false]);
    expect(ui.el.textContent).toContain('Nothing leaves your computer');
    expect(ui.row('google').textContent).toMatch(/unofficial/i);
    expect(ui.row('google').textContent).toContain('translate.googleapis.com');
  });

  it('asks for the host permission when an online service is switched on, and saves it on', async () => {
    const ui = await mount();
    await ui.toggle('libretranslate');
    expect(request).not.toHaveBeenCalled(); // no URL yet
    expect(ui.row('libretranslate').textContent).toContain('Enter the server address first');
    await ui.type('libretranslate', 'input[type=url]', 'https://lt.example.org');
    await ui.toggle('libretranslate');
    expect(request).toHaveBeenCalledWith({ origins: ['https://lt.example.org/*'] });
    expect(enabledIds(await loadTranslationSettings())).toEqual(['browser', 'libretranslate']);
    expect(ui.row('libretranslate').textContent).toContain('lt.example.org');
  });

  it('keeps the service off when the user refuses, and skips the prompt when access exists', async () => {
    answer = false;
    const ui = await mount();
    await ui.toggle('google');
    expect(enabledIds(await loadTranslationSettings())).toEqual(['browser']);
    expect(ui.row('google').textContent).toContain('did not allow');

    granted = ['http://127.0.0.1/*'];
    request.mockClear();
    render(null, host!);
    host!.remove();
    const ui2 = await mount();
    await ui2.type('libretranslate', 'input[type=url]', 'http://127.0.0.1:5000');
    await ui2.toggle('libretranslate');
    expect(request).not.toHaveBeenCalled();
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(enabledIds(await loadTranslationSettings())).toContain('libretranslate');
  });

  it('switches a service off when its host changes, and reorders', async () => {
    const ui = await mount();
    await ui.type('libretranslate', 'input[type=url]', 'https://lt.example.org');
    await ui.toggle('libretranslate');
    await ui.type('libretranslate', 'input[type=url]', 'https://other.example.org');
    expect(enabledIds(await loadTranslationSettings())).toEqual(['browser']);
    await act(async () => ui.row('browser').querySelector<HTMLButtonElement>('button[aria-label="Move down"]')!.click());
    await act(async () => {});
    expect((await loadTranslationSettings()).services.map((e) => e.id).slice(0, 2)).toEqual(['libretranslate', 'browser']);
  });

  it('stores keys in storage.local only and clears only cached translations', async () => {
    const ui = await mount();
    await ui.type('microsoft', 'input[type=password]', 'my-key');
    await fakeBrowser.storage.local.set({ 'tr:google:en>ur:abc': { q: 'a', t: 'b' } });
    await act(async () => ui.el.querySelector<HTMLButtonElement>('.saaf-opt-clear')!.click());
    await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).some((k) => k.startsWith('tr:'))).toBe(false);
    // The key sits in its own item (the reader in a page never loads it), not in the public one.
    expect((local['translation.keys'] as { microsoft: string }).microsoft).toBe('my-key');
    expect(JSON.stringify(local.translation)).not.toContain('my-key');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
