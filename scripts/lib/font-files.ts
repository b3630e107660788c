import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BundledFont } from '../../utils/fonts';

const require = createRequire(import.meta.url);

/**
 * The woff2 bytes of bundled faces, read from the installed @fontsource packages (the same files
 * wxt.config.ts copies into the extension's fonts/). Node's stand-in for the library page's fetch.
 */
export function fontFiles(faces: readonly BundledFont[]): Map<string, Uint8Array> {
  return new Map(
    faces.map((f) => [
      f.file,
      new Uint8Array(readFileSync(join(dirname(require.resolve(`@fontsource/${f.pkg}/package.json`)), 'files', f.file))),
    ]),
  );
}
