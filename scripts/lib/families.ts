/**
 * The clutter fixture families (tests/fixtures/clean/families/<family>/<page>.html + .json): small
 * realistic pages written for the project in the markup of one site family each (WordPress core
 * blocks, a news theme, AMP, BBC World Service, Drupal, Arc-style CMS), with an annotation in
 * the corpus format (a listing page has `"expect": "no-article"` instead of fragments). Read by tests/unit/clean-families.test.ts and scripts/bench-families.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';
import type { Annotation } from './match';

export const FAMILIES_DIR = join(REPO_ROOT, 'tests/fixtures/clean/families');

export interface FamilyPage {
  family: string;
  /** `<family>/<page>` */
  name: string;
  html: string;
  annotation: Annotation & {
    url: string;
    /** `no-article`: a home, section, tag or search page; the reader must say there is no article. */
    expect?: 'no-article';
  };
}

/** Every annotated page of every family, sorted by name. */
export function familyPages(): FamilyPage[] {
  const out: FamilyPage[] = [];
  for (const family of readdirSync(FAMILIES_DIR).sort()) {
    for (const file of readdirSync(join(FAMILIES_DIR, family)).sort()) {
      if (!file.endsWith('.html')) continue;
      const base = file.slice(0, -'.html'.length);
      const annotation = JSON.parse(readFileSync(join(FAMILIES_DIR, family, `${base}.json`), 'utf8')) as FamilyPage['annotation'];
      out.push({ family, name: `${family}/${base}`, html: readFileSync(join(FAMILIES_DIR, family, file), 'utf8'), annotation });
    }
  }
  return out;
}
