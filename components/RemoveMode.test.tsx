// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/types';
import { ReaderApp } from './ReaderApp';

// jsdom marks every event a test makes as untrusted: this file tests remove mode's logic, so the
// trust check is taken out here (it has its own tests: utils/reader/trusted.test.ts and the e2e).
vi.mock('@/utils/reader/trusted', () => ({
  trusted: <E extends Event>(handler: (e: E) => void) => handler,
  guardTrusted: () => () => undefined,
  GUARDED_EVENTS: [],
}));
import type { ReaderTools } from './reader-tools';

const ARTICLE: Article = {
  url: 'https://www.example.pk/news/1',
  title: 'A story',
  byline: null,
  siteName: null,
  lang: 'en',
  dir: 'ltr',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  contentHtml:
    '<p id="a" data-saaf-origin="10">First paragraph of the story.</p>' +
    '<ul id="related" data-saaf-origin="12"><li data-saaf-origin="13"><a href="https://example.pk/x" data-saaf-origin="14">Related story</a></li></ul>' +
    '<p id="b" data-saaf-origin="20">Second paragraph.</p>',
  text: 'First paragraph of the story. Second paragraph.',
  embeds: [],
  removed: [],
};

let host: HTMLElement;
let escape: (() => boolean) | undefined;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(withTools = true): HTMLElement {
  const tools: ReaderTools | undefined = withTools ? { setEscape: (h) => (escape = h) } : undefined;
  host = document.createElement('div');
  document.body.append(host);
  const toFragment = (html: string) => document.createRange().createContextualFragment(html);
  void act(() =>
    render(<ReaderApp result={{ ok: true, article: ARTICLE }} onClose={() => {}} toFragment={toFragment} tools={tools} />, host),
  );
  return host;
}

const key = (init: KeyboardEventInit) =>
  void act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));
const hidden = (root: Element, id: string) => root.querySelector(`#${id}`)!.hasAttribute('data-saaf-removed');

describe('remove mode', () => {
  it('is a toggle button with aria-pressed, turned on by X and left with Escape', () => {
    const root = mount();
    const btn = root.querySelector<HTMLButtonElement>('[data-control="remove-mode"]')!;
    expect(btn.getAttribute('aria-pressed')).toBe('false');
    void act(() => btn.click());
    expect(btn.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-control="remove-hint"]')).not.toBeNull();
    let used = false;
    void act(() => void (used = escape!()));
    expect(used).toBe(true);
    expect(btn.getAttribute('aria-pressed')).toBe('false');
    // Outside the mode Escape is the overlay's (it closes the reader).
    expect(escape!()).toBe(false);
    key({ key: 'x', code: 'KeyX' });
    expect(btn.getAttribute('aria-pressed')).toBe('true');
  });

  it('outlines the block under the pointer, removes it on click (the link is not followed), undoes with the button and Ctrl+Z', () => {
    const root = mount();
    void act(() => root.querySelector<HTMLButtonElement>('[data-control="remove-mode"]')!.click());
    const link = root.querySelector('#related a')!;
    void act(() => void link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect(root.querySelector('#related')!.hasAttribute('data-saaf-target')).toBe(true);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    void act(() => void link.dispatchEvent(click));
    expect(click.defaultPrevented).toBe(true);
    expect(hidden(root, 'related')).toBe(true);
    expect(root.querySelector('[data-control="announce"]')!.textContent).toBe('Removed: Related story');

    void act(() => root.querySelector<HTMLElement>('#a')!.click());
    expect(hidden(root, 'a')).toBe(true);
    void act(() => root.querySelector<HTMLButtonElement>('[data-control="undo"]')!.click());
    expect(hidden(root, 'a')).toBe(false);
    expect(hidden(root, 'related')).toBe(true);
    key({ key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(hidden(root, 'related')).toBe(false);
    expect(root.querySelector('[data-control="undo"]')).toBeNull();
    expect(root.querySelector('[data-control="announce"]')!.textContent).toBe('Put back: Related story');
  });

  it('listens to the pointer as soon as the mode is on (no frame later), and outlines a resting pointer at its first move', async () => {
    const root = mount();
    // Outside act(): the render runs as the app does, and nothing flushes effects early.
    root.querySelector<HTMLButtonElement>('[data-control="remove-mode"]')!.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(root.querySelector('[data-control="remove-mode"]')!.getAttribute('aria-pressed')).toBe('true');
    root.querySelector('#related a')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(root.querySelector('#related')!.hasAttribute('data-saaf-target')).toBe(true);
    // The pointer already over #b (no mouseover, it never entered): a move within it outlines it.
    root.querySelector('#b')!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    expect(root.querySelector('#b')!.hasAttribute('data-saaf-target')).toBe(true);
    expect(root.querySelector('#related')!.hasAttribute('data-saaf-target')).toBe(false);
  });

  it('steps through blocks with the arrow keys and removes the current one with Enter', () => {
    const root = mount();
    key({ key: 'x', code: 'KeyX' });
    key({ key: 'ArrowDown' });
    expect(root.querySelector('#a')!.hasAttribute('data-saaf-target')).toBe(true);
    key({ key: 'ArrowDown' });
    expect(root.querySelector('#related')!.hasAttribute('data-saaf-target')).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('#related'));
    key({ key: 'Enter' });
    expect(hidden(root, 'related')).toBe(true);
    // The next block becomes current.
    expect(root.querySelector('#b')!.hasAttribute('data-saaf-target')).toBe(true);
    key({ key: 'ArrowUp' });
    expect(root.querySelector('#a')!.hasAttribute('data-saaf-target')).toBe(true);
  });

  it('is not offered without the page tools (the library view)', () => {
    const root = mount(false);
    expect(root.querySelector('[data-control="remove-mode"]')).toBeNull();
    key({ key: 'x', code: 'KeyX' });
    void act(() => root.querySelector<HTMLElement>('#a')!.click());
    expect(hidden(root, 'a')).toBe(false);
  });
});
