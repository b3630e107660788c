/**
 * Reader themes as data, so contrast is checked by a unit test (WCAG 2.x AA: 4.5:1 for text,
 * 3:1 for the focus ring and rules that carry meaning) rather than by eye.
 */
export type Theme = 'light' | 'sepia' | 'dark' | 'system';
export type ResolvedTheme = Exclude<Theme, 'system'>;
export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  card: string;
  link: string;
  focus: string;
  highlight: string;
}

export const PALETTES: Readonly<Record<ResolvedTheme, Palette>> = {
  light: {
    bg: '#fbfaf7',
    fg: '#1f1d1a',
    muted: '#5c574f',
    rule: '#d9d3c7',
    card: '#f0ede5',
    link: '#0b5cad',
    focus: '#b93c0a',
    highlight: '#fde68a',
  },
  sepia: {
    bg: '#f4ecd8',
    fg: '#3b2f1e',
    muted: '#5e4e36',
    rule: '#d8c9a7',
    card: '#ebe0c6',
    link: '#7a3e0c',
    focus: '#9a3412',
    highlight: '#f2c96b',
  },
  dark: {
    bg: '#17181a',
    fg: '#e6e3dc',
    muted: '#aaa59b',
    rule: '#3a3c40',
    card: '#222428',
    link: '#8ab8f0',
    focus: '#fb923c',
    highlight: '#5b4a12',
  },
};

/** `system` follows the OS colour scheme. */
export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

/** The next theme for the theme key (T). */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

/** CSS custom properties for a palette (`--saaf-bg` ...), set on the reader root. */
export function paletteVars(p: Palette): Record<string, string> {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [`--saaf-${k}`, v]));
}

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (h: string) => 0.2126 * channel(h, 0) + 0.7152 * channel(h, 1) + 0.0722 * channel(h, 2);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
