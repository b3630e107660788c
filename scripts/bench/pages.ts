import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, REPO_ROOT } from '../lib/corpus';

/** A page the bench opens: `name` for the table, `dir` holds its `source.html`. */
export interface BenchPage {
  name: string;
  dir: string;
}

/** Folders under `root` (one or two levels down) that hold a `source.html`, sorted by name. */
function pageDirs(root: string, depth: number, prefix = ''): BenchPage[] {
  const out: BenchPage[] = [];
  for (const entry of readdirSync(root).sort()) {
    const dir = join(root, entry);
    if (!statSync(dir).isDirectory()) continue;
    if (existsSync(join(dir, 'source.html'))) out.push({ name: prefix + entry, dir });
    else if (depth > 1) out.push(...pageDirs(dir, depth - 1, `${prefix}${entry}/`));
  }
  return out;
}

/** Every page of the corpus ($SAAF_CORPUS or ../shared/corpus), else the project's own fixtures. */
export function benchPages(): { source: string; pages: BenchPage[] } {
  const root = corpusDir();
  if (root) return { source: root, pages: pageDirs(root, 2) };
  const fixtures = join(REPO_ROOT, 'tests/fixtures/pages');
  return { source: fixtures, pages: pageDirs(fixtures, 1) };
}
