import { relative } from 'node:path';

/** Where the builds are, relative to the current directory (so the printed paths are usable). */
export function outputDirs(root: string): { chrome: string; firefox: string } {
  const rel = (p: string) => relative(process.cwd(), `${root}/${p}`) || '.';
  return { chrome: rel('.output/chrome-mv3'), firefox: rel('.output/firefox-mv3') };
}

/** How to load the production builds by hand, in Chrome/Chromium/Edge and in Firefox. */
export function loadInstructions(root: string): string {
  const out = outputDirs(root);
  return [
    'Load the extension yourself:',
    `  Chrome / Chromium / Edge: open chrome://extensions, switch on "Developer mode",`,
    `    click "Load unpacked" and choose ${out.chrome}`,
    `  Firefox 128+: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..."`,
    `    and choose ${out.firefox}/manifest.json`,
    'Then on a news page press Alt+Shift+R, click the Saaf toolbar button, or right-click -> "Read in Saaf".',
  ].join('\n');
}
