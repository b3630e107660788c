import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, fontStack, fontStackFor, LOCAL_FONTS, localSource } from './fonts';
import { FONT_CHOICES } from './settings/prefs';

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

  it('builds local() sources that a font name cannot break out of', () => {
    expect(localSource(['Jameel Noori Nastaleeq', 'a"), url(x'])).toBe('local("Jameel Noori Nastaleeq"), local("a), url(x")');
  });
});
