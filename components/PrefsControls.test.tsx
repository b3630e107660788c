// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PrefsControls } from './PrefsControls';
import { DEFAULT_PREFS, type ReaderPrefs } from '@/utils/settings/prefs';

function mount(localFonts: 'jameel'[], onChange = vi.fn<(p: ReaderPrefs) => void>()) {
  const el = document.createElement('div');
  document.body.append(el);
  render(<PrefsControls script="ur" prefs={DEFAULT_PREFS.ur} uiLang="ur" onChange={onChange} localFonts={localFonts} idPrefix="t" />, el);
  return { el, onChange };
}

describe('PrefsControls', () => {
  it('offers Jameel Noori Nastaleeq only when it is installed', () => {
    const fonts = (el: HTMLElement) => [...el.querySelectorAll('[data-control="font"] option')].map((o) => (o as HTMLOptionElement).value);
    expect(fonts(mount([]).el)).toEqual(['nastaliq', 'naskh']);
    expect(fonts(mount(['jameel']).el)).toEqual(['nastaliq', 'naskh', 'jameel']);
  });

  it('labels every control and keeps Nastaliq line height at 2 or more', () => {
    const { el } = mount([]);
    for (const input of el.querySelectorAll('input, select')) {
      const labelled = input.closest('label') || (input.id && el.querySelector(`label[for="${input.id}"]`));
      expect(labelled, input.outerHTML).toBeTruthy();
    }
    expect((el.querySelector('[data-control="lineHeight"]') as HTMLInputElement).min).toBe('2');
  });

  it('reports a change with the other settings untouched', () => {
    const { el, onChange } = mount([]);
    const box = el.querySelector('[data-control="images"]') as HTMLInputElement;
    box.click();
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_PREFS.ur, images: false });
  });
});
