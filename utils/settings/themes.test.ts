import { describe, expect, it } from 'vitest';
import { contrastRatio, nextTheme, PALETTES, resolveTheme, THEMES } from './themes';

describe('themes', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(Object.entries(PALETTES))('%s: text, muted text and links reach 4.5:1 on page, card and highlight', (_name, p) => {
    for (const bg of [p.bg, p.card]) {
      for (const fg of [p.fg, p.muted, p.link]) expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(p.fg, p.highlight)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.focus, p.bg)).toBeGreaterThanOrEqual(3);
  });

  it('system follows the OS scheme and T cycles through every theme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    const seen = new Set<string>();
    let t = THEMES[0]!;
    for (let i = 0; i < THEMES.length; i++) seen.add((t = nextTheme(t)));
    expect(seen.size).toBe(THEMES.length);
  });
});
