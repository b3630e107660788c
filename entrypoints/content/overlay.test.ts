// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example.pk/2023/ev" }
/**
 * Interrupted saves and reloads: the overlay must never be left covering the page. Closing
 * gives the page back first, even when every extension call throws (the extension was reloaded),
 * and a `<saaf-reader>` left behind by a dead content script is replaced on the next open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readerSlot } from '@/utils/reader-handoff';
import { HOST_TAG, closeOverlay, openOverlay } from './overlay';

/** What the content script's main() does: toggle. */
const toggle = () => {
  if (!closeOverlay()) openOverlay();
};
const settle = () => new Promise((r) => setTimeout(r, 50));
const ARTICLE = `<h1>خبر</h1><article>${'<p>شہر کے مرکزی بازار کے قریب آج ایک نئی عوامی لائبریری کا افتتاح کیا گیا جس میں بچوں اور بڑوں کے لیے ہزاروں کتابیں رکھی گئی ہیں۔</p>'.repeat(6)}</article>`;

// jsdom has no font loading: bundled faces are accepted, installed (local()) ones are absent.
globalThis.FontFace ??= class {
  load() {
    return Promise.reject(new Error('no local font'));
  }
} as unknown as typeof FontFace;
Object.defineProperty(document, 'fonts', { configurable: true, value: { add: () => undefined, check: () => true } });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  document.documentElement.removeAttribute('style');
  document.documentElement.innerHTML = `<head><title>خبر</title></head><body>${ARTICLE}</body>`;
  document.documentElement.setAttribute('lang', 'ur');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the reader overlay under an extension reload', () => {
  it('Escape gives the page back even when the extension context is gone', async () => {
    toggle();
    await settle();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.documentElement.style.overflow).toBe('hidden');
    // The reader UI's own cleanup (storage listeners, render) throws once the extension is gone.
    const overlay = readerSlot().pending!;
    expect(overlay).toBeDefined();
    overlay.onClose = () => {
      throw new Error('Extension context invalidated.');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(console.warn).toHaveBeenCalled(); // the cleanup did fail, after the page was back
  });

  it('a leftover overlay from a dead content script is replaced on the next open', async () => {
    // What a reloaded extension leaves: our host element, no close function this world can call.
    const leftover = document.createElement(HOST_TAG);
    leftover.attachShadow({ mode: 'open' }).innerHTML = '<p>stale</p>';
    document.documentElement.append(leftover);
    document.documentElement.style.overflow = 'hidden';

    toggle();
    await settle();
    const hosts = [...document.querySelectorAll(HOST_TAG)];
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).not.toBe(leftover);
    expect(await readerSlot().pending?.result).toMatchObject({ ok: true }); // the new overlay holds the article

    toggle(); // and it closes normally
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });
});
