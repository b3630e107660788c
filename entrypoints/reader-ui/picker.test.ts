// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PICKER_TAG, startPicker } from './picker';

const LABELS = { hint: 'Point at the story', close: 'Cancel', unusable: 'Choose a larger part', lang: 'en', dir: 'ltr' as const };
const P = '<p>A sentence long enough to be part of a story that a reader would pick on this page.</p>';

describe('the page picker', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });

  it("adds only its own host, never freezes the page, and the page's own (untrusted) events cannot drive it", () => {
    document.body.innerHTML = `<div class="story">${P}${P}</div>`;
    const before = document.body.innerHTML;
    const onPick = vi.fn(() => true);
    const onCancel = vi.fn();
    stop = startPicker(document, LABELS, { onPick, onCancel });
    expect(document.querySelectorAll(PICKER_TAG)).toHaveLength(1);
    expect(document.documentElement.style.overflow).toBe('');
    (document.querySelector('.story p') as HTMLElement).click();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onPick).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    expect(document.querySelector(PICKER_TAG)).not.toBeNull();
    stop();
    expect(document.querySelector(PICKER_TAG)).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(onCancel).not.toHaveBeenCalled();
  });
});
