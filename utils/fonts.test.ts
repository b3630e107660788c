import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, fontStack, fontStackFor, LOCAL_FONTS, localSource } from './fonts';
import { parseUnicodeRange, stackFamilies } from './export/fonts';
import { FONT_CHOICES, SCRIPT_KEYS } from './settings/prefs';

/**
 * The family that draws code point `cp` in `stack`: the first bundled family with a face whose
 * range holds it; a family Saaf does not bundle (system-ui, Georgia) is taken to cover Latin and
 * digits but not Arabic script (true of most systems' UI and serif faces); generics end the search.
 */
function drawingFamily(stack: string, cp: number): string | null {
  const latin = cp < 0x250;
  for (const family of stackFamilies(stack)) {
    if (['serif', 'sans-serif', 'monospace'].includes(family)) return latin ? family : null;
    const faces = BUNDLED_FONTS.filter((f) => f.family === family);
    if (faces.length === 0) {
      if (latin) return family;
      continue;
    }
    if (faces.some((f) => !f.unicodeRange || parseUnicodeRange(f.unicodeRange).some(([lo, hi]) => cp >= lo && cp <= hi))) return family;
  }
  return null;
}

const require = createRequire(import.meta.url);

describe('fonts', () => {
  it('ships only woff2 files that exist in the installed @fontsource packages (arabic and latin subsets)', () => {
    for (const f of BUNDLED_FONTS) {
      expect(f.file).toMatch(/-(arabic|latin)-(400|700)-normal\.woff2$/);
      expect(existsSync(join(dirname(require.resolve(`@fontsource/${f.pkg}/package.json`)), 'files', f.file)), f.file).toBe(true);
    }
  });

  it('names a Naskh fallback after every Nastaliq face (there is no generic Nastaliq family)', () => {
    for (const font of ['nastaliq', 'jameel'] as const) expect(fontStack(font)).toMatch(/Nastaliq.*'Noto Naskh Arabic'.*serif$/);
    expect(fontStackFor('ur-PK')).toMatch(/^'Noto Nastaliq Urdu'/);
    expect(fontStackFor('fa')).toMatch(/^'Vazirmatn'/);
    expect(fontStackFor('en')).toMatch(/^'Source Serif 4'/);
  });

  it('has a stack for every font offered and a bundled or local face for each named primary family', () => {
    const families = new Set([...BUNDLED_FONTS.map((f) => f.family), ...LOCAL_FONTS.map((f) => f.family)]);
    for (const font of new Set(Object.values(FONT_CHOICES).flat())) {
      const first = fontStack(font).split(',')[0]!.trim().replace(/'/g, '');
      if (font !== 'sans') expect(families.has(first), `${font}: ${first}`).toBe(true);
    }
  });

  it('draws Latin letters and digits with the same family as the Arabic script, for every font offered for an Arabic-script language', () => {
    const arabic = ['ا', 'ب', 'ی', 'ے', 'ک'].map((c) => c.codePointAt(0)!);
    const latin = [...'AZaz09%'].map((c) => c.codePointAt(0)!);
    const mismatched: string[] = [];
    for (const script of SCRIPT_KEYS.filter((k) => k !== 'latin')) {
      // Jameel is the reader's own installed font: what it covers is up to that font.
      for (const font of FONT_CHOICES[script].filter((f) => f !== 'jameel')) {
        const stack = fontStack(font);
        const families = new Set([...arabic, ...latin].map((cp) => drawingFamily(stack, cp)));
        if (families.size !== 1 || families.has(null)) mismatched.push(`${script}/${font}: ${[...families].join(' + ')}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('builds local() sources that a font name cannot break out of', () => {
    expect(localSource(['Jameel Noori Nastaleeq', 'a"), url(x'])).toBe('local("Jameel Noori Nastaleeq"), local("a), url(x")');
  });
});
