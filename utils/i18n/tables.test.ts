/**
 * The string tables as data: every key in every UI language, the same placeholders everywhere,
 * plural forms for every category a language has, and no key that no source file uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLES, UI_LANGS, type Message, type UiLang } from '.';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TABLE_FILES = [
  'utils/i18n/reader.ts',
  'utils/i18n/shell.ts',
  'utils/i18n/library.ts',
  'utils/i18n/translate.ts',
  'utils/i18n/translate-settings.ts',
  'utils/i18n/edit.ts',
  'utils/i18n/site-rules.ts',
];
const features = Object.entries(TABLES);
const prefixes = features.map(([, table]) => table.prefix).filter(Boolean);

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!))].sort();
const table = (feature: (typeof features)[number][1], lang: UiLang): Record<string, Message> => feature[lang];

/** Source files that can use a key: shipped code, not tests and not the tables themselves. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !TABLE_FILES.includes(path) ? [path] : [];
  });
}

/**
 * Keys no source uses. A key is used when it is written out as a string (`'lib.saved'`), or when a
 * template builds it from a prefix (`` `theme.${th}` ``) and the rest is written out somewhere
 * (`'sepia'` in the list of themes).
 */
export function unusedKeys(keys: readonly string[], sources: readonly string[]): string[] {
  const all = sources.join('\n');
  const written = (s: string) => all.includes(`'${s}'`) || all.includes(`"${s}"`);
  const templatePrefixes = new Set([...all.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1]!));
  const used = (key: string) => written(key) || [...templatePrefixes].some((p) => key.startsWith(p) && written(key.slice(p.length)));
  return keys.filter((k) => !used(k));
}

describe('string tables', () => {
  it.each(features)('%s: every key in every UI language', (_name, feature) => {
    const keys = Object.keys(feature.en).sort();
    for (const lang of UI_LANGS) expect(Object.keys(table(feature, lang)).sort(), lang).toEqual(keys);
  });

  it.each(features)('%s: keys carry the feature prefix, and only its own', (_name, feature) => {
    for (const key of Object.keys(feature.en)) {
      if (feature.prefix) expect(key.startsWith(feature.prefix), key).toBe(true);
      expect(
        prefixes.filter((p) => p !== feature.prefix && key.startsWith(p)),
        key,
      ).toEqual([]);
    }
  });

  it.each(features)('%s: the same placeholders in every language and every plural form', (_name, feature) => {
    for (const [key, enMsg] of Object.entries(feature.en as Record<string, Message>)) {
      const expected = placeholders(forms(enMsg).join(' '));
      for (const lang of UI_LANGS) {
        const msg = table(feature, lang)[key]!;
        expect(placeholders(forms(msg).join(' ')), `${lang} ${key}`).toEqual(expected);
        for (const f of forms(msg)) {
          expect(f.trim(), `${lang} ${key}`).not.toBe('');
          expect(
            placeholders(f).every((p) => expected.includes(p)),
            `${lang} ${key}: ${f}`,
          ).toBe(true);
        }
      }
    }
  });

  it.each(features)('%s: plural messages have exactly the forms of each language', (_name, feature) => {
    for (const [key, enMsg] of Object.entries(feature.en as Record<string, Message>)) {
      for (const lang of UI_LANGS) {
        const msg = table(feature, lang)[key]!;
        expect(typeof msg, `${lang} ${key}: plural in English, plural everywhere`).toBe(typeof enMsg);
        if (typeof msg === 'string') continue;
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        expect(Object.keys(msg).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
  });

  it('no key is defined by two features', () => {
    const all = features.flatMap(([, f]) => Object.keys(f.en));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it('no key is unused (a source file outside the tables and tests names it)', () => {
    const files = ['components', 'entrypoints', 'utils'].flatMap(sourceFiles);
    expect(files.map((f) => relative(ROOT, join(ROOT, f)))).toContain('components/ReaderApp.tsx');
    const sources = files.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    expect(
      unusedKeys(
        features.flatMap(([, f]) => Object.keys(f.en)),
        sources,
      ),
    ).toEqual([]);
  });

  it('the unused-key scan finds keys that nothing names', () => {
    const src = ["t(l, 'lib.saved')", 't(l, `theme.${th}`)', "const THEMES = ['light', 'dark']"];
    expect(unusedKeys(['lib.saved', 'lib.saving', 'theme.light', 'theme.sepia', 'light'], src)).toEqual(['lib.saving', 'theme.sepia']);
  });
});
