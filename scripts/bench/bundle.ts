import { build } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from '../lib/corpus';

/**
 * Bundles a bench entry (TypeScript, the project's own modules) into one IIFE string to evaluate
 * in a page. esbuild comes with tsx (a dev dependency); tsconfig paths resolve `@/`. Unminified
 * for the CPU profile (function names are what it reports).
 */
export async function bundleForPage(entry: string, opts: { minify?: boolean } = {}): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO_ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: opts.minify ?? true,
    legalComments: 'none',
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
