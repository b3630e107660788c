import { build } from 'esbuild';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { REPO_ROOT } from '../lib/corpus';
import { quietReadability } from '../lib/quiet-readability';

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
    // Saaf's pipeline gets Readability as the extension ships it; the plain-Readability column
    // (imported as '@mozilla/readability') stays the stock library.
    plugins: [
      {
        name: 'quiet-readability',
        setup(b) {
          const file = createRequire(join(REPO_ROOT, 'package.json')).resolve('@mozilla/readability/Readability.js');
          b.onResolve({ filter: /^@mozilla\/readability\/Readability\.js$/ }, () => ({ path: file, namespace: 'quiet-readability' }));
          b.onLoad({ filter: /.*/, namespace: 'quiet-readability' }, () => ({ contents: quietReadability(readFileSync(file, 'utf8')), loader: 'js' }));
        },
      },
    ],
  });
  return out.outputFiles[0]!.text;
}
