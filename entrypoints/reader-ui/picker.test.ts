// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minLineHeight } from '@/utils/settings/prefs';
import { PICKER_TAG, pickerCss, startPicker } from './picker';

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

  it("sets an Urdu hint bar in the reader's Nastaliq at a line height Nastaliq needs; an English one stays in the system face", () => {
    const ur = pickerCss('ur');
    const bar = [...ur.matchAll(/\.bar\{([^}]*)\}/g)].at(-1)![1]!;
    expect(bar).toMatch(/font-family:'Noto Nastaliq Urdu'/);
    expect(Number(/line-height:([\d.]+)/.exec(bar)![1])).toBeGreaterThanOrEqual(minLineHeight('nastaliq'));
    expect(pickerCss('en')).not.toContain('Nastaliq');
    expect(pickerCss('en')).toContain('system-ui');
  });
});
