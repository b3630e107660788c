// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example.pk/2023/ev" }
/**
 * Interrupted saves and reloads: the overlay must never be left covering the page. Closing
 * gives the page back first, even when every extension call throws (the extension was reloaded),
 * and an overlay host left behind by a dead content script is replaced on the next open.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readerSlot } from '@/utils/reader-handoff';
import { HOST_ATTR, HOST_SELECTOR, closeOverlay, openOverlay } from './overlay';

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
  it('closing gives the page back even when the extension context is gone', async () => {
    toggle();
    await settle();
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    expect(document.documentElement.style.overflow).toBe('hidden');
    // The reader UI's own cleanup (storage listeners, render) throws once the extension is gone.
    const overlay = readerSlot().pending!;
    expect(overlay).toBeDefined();
    overlay.onClose = () => {
      throw new Error('Extension context invalidated.');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    // A page script's Escape is not the user's: it closes nothing (jsdom's events are all untrusted).
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    overlay.close(); // what the user's Escape and the close button call
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(console.warn).toHaveBeenCalled(); // the cleanup did fail, after the page was back
  });

  it('a leftover overlay from a dead content script is replaced on the next open', async () => {
    // What a reloaded extension leaves: our host element, no close function this world can call.
    const leftover = document.createElement('saaf-0123456789abcdef');
    leftover.setAttribute(HOST_ATTR, '');
    leftover.attachShadow({ mode: 'closed' }).innerHTML = '<p>stale</p>';
    document.documentElement.append(leftover);
    document.documentElement.style.overflow = 'hidden';

    toggle();
    await settle();
    const hosts = [...document.querySelectorAll(HOST_SELECTOR)];
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).not.toBe(leftover);
    expect(await readerSlot().pending?.result).toMatchObject({ ok: true }); // the new overlay holds the article

    toggle(); // and it closes normally
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });
});

describe('closing the reader leaves nothing of it alive', () => {
  it('removes every window and document listener it added', async () => {
    const live = new Map<string, number>();
    const count = (target: EventTarget) => {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, opts) => {
        live.set(type, (live.get(type) ?? 0) + 1);
        add(type, fn, opts);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, fn, opts) => {
        live.set(type, (live.get(type) ?? 0) - 1);
        remove(type, fn, opts);
      });
    };
    count(window);
    count(document);
    for (let k = 0; k < 3; k++) {
      toggle();
      await settle();
      toggle();
    }
    expect([...live].filter(([, n]) => n !== 0)).toEqual([]);
    expect(live.size).toBeGreaterThan(0);
  });

  it('styles the reader with no transitions or animations (Chromium kept finished ones, and the closed reader with them)', () => {
    const css = readFileSync(resolve(__dirname, '../../components/reader.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).toMatch(/saaf-progress-bar/);
    expect(css.match(/(^|[;{\s])(transition|animation)(-[a-z-]+)?\s*:[^;}]*/g) ?? []).toEqual([]);
  });
});

describe("the site's own rules", () => {
  const PROMO = 'یہ حصہ ہر صفحے پر ایک جیسا آتا ہے اور قاری اسے نہیں پڑھنا چاہتا';
  const rule = {
    id: 'p1',
    host: 'news.example.pk',
    name: 'ایپ',
    kind: 'selector',
    selector: 'p.mid-note',
    example: PROMO,
    created: '2024-07-10T00:00:00.000Z',
    fired: 0,
    enabled: true,
  };
  beforeEach(() => {
    document.body.innerHTML = ARTICLE.replace('</article>', `<p class="mid-note">${PROMO}، ${PROMO}۔</p></article>`);
  });
  afterEach(() => {
    closeOverlay();
    delete readerSlot().userRules;
  });

  it('applies the rules the background left in the slot and re-extracts without them', async () => {
    readerSlot().userRules = [rule];
    toggle();
    const overlay = readerSlot().pending!;
    const result = await overlay.result;
    if (!result.ok) throw new Error('no article');
    expect(result.article.text).not.toContain(PROMO);
    expect(result.article.removed.map((r) => r.rule)).toContain('user:p1');
    expect(overlay.userRules).toEqual([rule]);
    expect(readerSlot().userRules, 'taken out of the slot: a later open without rules applies none').toBeUndefined();

    const again = overlay.reextract!(['user:p1']);
    expect(again.ok && again.article.text).toContain(PROMO);
  });

  it("ignores slot entries that are not rules (the full check is the background's, at storage read)", async () => {
    readerSlot().userRules = [{ ...rule, selector: undefined }, 'x', null];
    toggle();
    const overlay = readerSlot().pending!;
    expect(overlay.userRules).toEqual([]);
    const result = await overlay.result;
    expect(result.ok && result.article.text).toContain(PROMO);
  });
});
