import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, enabledIds, parseSettings } from './settings';
import { missingConfig, moved, withConfig, withEnabled } from './settings-edit';

describe('settings edits', () => {
  it('reorders and toggles without mutating', () => {
    const s = moved(DEFAULT_SETTINGS, 2, -1);
    expect(s.services.map((e) => e.id)).toEqual(['browser', 'microsoft', 'libretranslate', 'google']);
    expect(DEFAULT_SETTINGS.services[1]!.id).toBe('libretranslate');
    expect(moved(s, 0, -1)).toBe(s);
    expect(moved(s, 3, 1)).toBe(s);
    expect(enabledIds(withEnabled(s, 'google', true))).toEqual(['browser', 'google']);
  });

  it('switches a service off when its host changes, not when its key or path does', () => {
    const on = withEnabled(parseSettings({ libretranslate: { url: 'http://127.0.0.1:5000' } }), 'libretranslate', true);
    expect(withConfig(on, { id: 'libretranslate', patch: { key: 'k' } }).switchedOff).toBe(false);
    expect(withConfig(on, { id: 'libretranslate', patch: { url: 'http://127.0.0.1:5001/v2' } }).switchedOff).toBe(false);
    const changed = withConfig(on, { id: 'libretranslate', patch: { url: 'https://lt.example.org' } });
    expect(changed.switchedOff).toBe(true);
    expect(enabledIds(changed.settings)).toEqual(['browser']);
    expect(changed.settings.libretranslate.url).toBe('https://lt.example.org');
  });

  it('says what is missing before a remote service can be switched on', () => {
    expect(missingConfig(DEFAULT_SETTINGS, 'libretranslate')).toBe('needsUrl');
    expect(missingConfig(DEFAULT_SETTINGS, 'microsoft')).toBe('needsKey');
    expect(missingConfig(DEFAULT_SETTINGS, 'google')).toBeNull();
  });
});
