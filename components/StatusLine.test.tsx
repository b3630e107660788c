// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiLang } from '@/utils/i18n';
import type { ExtractResult } from '@/utils/types';
import { ReaderApp } from './ReaderApp';
import { STATUS_TTL_MS, StatusLine, useStatus, type StatusApi, type StatusMessage } from './StatusLine';

let host: HTMLElement;
let api: StatusApi;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.useRealTimers();
});

/** A status line with its state, as a page has it; `api` is what the page's actions call. */
function Harness({ lang = 'en' }: { lang?: UiLang }) {
  const s = useStatus();
  api = s.api;
  return <StatusLine class="saaf-status" uiLang={lang} message={s.message} onDismiss={s.dismiss} onHold={s.hold} />;
}

const line = () => host.querySelector('.saaf-status')!;
const polite = () => host.querySelector('[role="status"]')!;
const alert = () => host.querySelector('[role="alert"]')!;
/** Runs `fn` and lets Preact render and run effects (synchronously: `act` with a sync callback). */
const now = (fn: () => unknown) => void act(() => void fn());
const show = (m: StatusMessage) => now(() => api.show(m));

describe('StatusLine', () => {
  it('keeps both live regions in the document while empty, so what appears later is announced', () => {
    render(<Harness />, host);
    expect(polite().getAttribute('aria-live')).toBe('polite');
    expect(polite().textContent).toBe('');
    expect(alert().textContent).toBe('');
    expect(line().getAttribute('data-status')).toBe('none');
    expect(host.querySelector('button'), 'no close button without a message').toBeNull();
  });

  it('says information politely and errors at once, one message at a time', () => {
    render(<Harness />, host);
    show({ source: 'save', kind: 'info', text: 'Saved to the library' });
    expect(polite().textContent).toBe('Saved to the library');
    expect(alert().textContent).toBe('');
    show({ source: 'save', kind: 'error', text: 'Could not save this page' });
    expect(alert().textContent).toBe('Could not save this page');
    expect(polite().textContent, 'the new message replaces the old').toBe('');
    expect(line().getAttribute('data-status')).toBe('error');
  });

  it('is dismissed with a real, labelled button (keyboard reachable) in the UI language', () => {
    render(<Harness lang="ur" />, host);
    show({ source: 'listen', kind: 'error', text: 'کوئی آواز نہیں' });
    const close = host.querySelector<HTMLButtonElement>('button.status-close')!;
    expect(close.tabIndex).toBe(0);
    expect(close.getAttribute('aria-label')).toMatch(/\p{Script=Arabic}/u);
    now(() => close.click());
    expect(alert().textContent).toBe('');
    expect(host.querySelector('button')).toBeNull();
  });

  it('goes by itself after its time, but not while the pointer or focus is on it', () => {
    vi.useFakeTimers();
    render(<Harness />, host);
    show({ source: 'save', kind: 'info', text: 'Saved' });
    now(() => vi.advanceTimersByTime(STATUS_TTL_MS.info - 100));
    expect(polite().textContent).toBe('Saved');
    now(() => vi.advanceTimersByTime(200));
    expect(polite().textContent).toBe('');

    show({ source: 'save', kind: 'error', text: 'Failed' });
    now(() => line().dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    now(() => line().dispatchEvent(new MouseEvent('mouseenter')));
    now(() => vi.advanceTimersByTime(STATUS_TTL_MS.error * 2));
    expect(alert().textContent, 'held while hovered').toBe('Failed');
    now(() => line().dispatchEvent(new MouseEvent('mouseleave')));
    now(() => vi.advanceTimersByTime(STATUS_TTL_MS.error + 10));
    expect(alert().textContent).toBe('');
  });

  it('keeps a message that offers an action until it is used or dismissed, and runs the action', () => {
    vi.useFakeTimers();
    render(<Harness />, host);
    const run = vi.fn();
    show({ source: 'export', kind: 'info', text: 'Deleted', action: { label: 'Undo', run } });
    now(() => vi.advanceTimersByTime(60_000));
    const undo = host.querySelector<HTMLButtonElement>('button.status-action')!;
    expect(undo.textContent).toBe('Undo');
    now(() => undo.click());
    expect(run).toHaveBeenCalledOnce();
    expect(polite().textContent).toBe('');
  });

  it('lets a source take back only its own message (when it stops being true)', () => {
    render(<Harness />, host);
    show({ source: 'listen', kind: 'info', text: 'Reading aloud…' });
    now(() => api.clear('save'));
    expect(polite().textContent).toBe('Reading aloud…');
    now(() => api.clear('listen'));
    expect(polite().textContent).toBe('');
  });
});

describe('the reader speaks through its status line', () => {
  const result: ExtractResult = {
    ok: true,
    article: {
      url: 'https://www.example.pk/news/1',
      title: 'سرخی',
      byline: null,
      siteName: null,
      lang: 'ur',
      dir: 'rtl',
      publishedTime: null,
      excerpt: null,
      leadImage: null,
      contentHtml: '<p>پہلا پیراگراف۔ دوسرا جملہ۔</p>',
      text: 'پہلا پیراگراف۔ دوسرا جملہ۔',
      embeds: [],
      removed: [],
    },
  };
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => delete g.speechSynthesis);

  it('puts "no Urdu voice" in the status line, not in the toolbar, and takes it back when a voice appears', async () => {
    const listeners: (() => void)[] = [];
    let voices = [{ lang: 'en-US', name: 'English' }];
    g.speechSynthesis = {
      getVoices: () => voices,
      addEventListener: (_: string, l: () => void) => listeners.push(l),
      removeEventListener: () => undefined,
      speak: () => undefined,
      cancel: () => undefined,
    };
    const toFragment = (html: string) => document.createRange().createContextualFragment(html);
    render(<ReaderApp result={result} onClose={() => undefined} toFragment={toFragment} />, host);
    const toolbar = host.querySelector('[role="toolbar"]')!;
    await act(async () => {
      host.querySelector<HTMLButtonElement>('[data-control="listen"]')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    const status = host.querySelector('.saaf-status')!;
    expect(status.querySelector('[role="alert"]')!.textContent).toMatch(/اردو/);
    expect(toolbar.contains(status), 'the message is not part of the toolbar').toBe(false);
    expect(toolbar.textContent).not.toMatch(/آواز/);

    voices = [{ lang: 'ur-PK', name: 'Urdu' }];
    await act(async () => {
      for (const l of listeners) l();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(status.textContent, 'no longer true: gone').toBe('');
  });
});
