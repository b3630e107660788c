/**
 * The demo behind `npm run demo` (scripts/demo.sh installs first): builds both browsers'
 * extensions, serves the bundled Urdu sample page on 127.0.0.1 and opens it in Chromium with the
 * reader open. With $DISPLAY the browser is visible and stays until Ctrl+C; without one it runs
 * headless, saves a screenshot and exits. Without Chromium it says where the builds are.
 *
 * Chromium gets the e2e build (the production build plus access to 127.0.0.1 only): the reader is
 * opened by a message rather than a click, and a message cannot grant `activeTab`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer } from './lib/browser/server';
import { EXECUTABLES, REPO_ROOT } from './lib/browser/browsers';
import { ExtensionBrowser } from './lib/browser/session';
import { screenshot, waitForOverlay } from './lib/browser/reader';
import { loadInstructions } from './lib/demo-help';

const MISSION = join(REPO_ROOT, 'tests/fixtures/pages/ev-china-tweet');

function build(browser: 'chrome' | 'firefox', mode?: 'e2e'): void {
  const args = ['wxt', 'build', '-b', browser, ...(mode ? ['--mode', mode] : [])];
  console.log(`  npx ${args.join(' ')}`);
  try {
    execFileSync('npx', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    // WXT's progress output is noise on success; on failure it is the explanation.
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    throw new Error(`the ${browser}${mode ? ` ${mode}` : ''} build failed`, { cause: err });
  }
}

async function main(): Promise<void> {
  console.log('Building the extension for Chrome and Firefox...');
  build('chrome');
  build('firefox');
  const chromium = EXECUTABLES.chromium;
  if (!existsSync(chromium)) {
    console.log(`\nNo Chromium at ${chromium} (Debian: sudo apt-get install chromium; or set SAAF_CHROMIUM),`);
    console.log('so the demo cannot open the reader for you. The built extension is ready.\n');
    console.log(loadInstructions(REPO_ROOT));
    return;
  }
  build('chrome', 'e2e');

  const server = await startServer();
  const url = server.servePage(MISSION);
  const headful = !!process.env.DISPLAY;
  console.log(`\nServing the sample page at ${url}`);
  console.log(`Starting Chromium (${headful ? 'visible' : 'headless: no $DISPLAY'}) with the extension...`);
  const b = await ExtensionBrowser.launch('chromium', { headless: !headful, viewport: headful ? null : undefined });
  const stop = async () => {
    await b.close();
    await server.close();
  };
  try {
    const page = await b.newPage(url);
    await b.openReader(page);
    await waitForOverlay(page);
    // Let the Nastaliq font finish loading before anyone looks.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await (await b.messenger()).close();
    if (!headful) {
      mkdirSync(join(REPO_ROOT, 'tests/e2e/artifacts'), { recursive: true });
      const shot = await screenshot(page, 'demo-reader');
      console.log(`\nThe reader is open. Screenshot: ${relative(process.cwd(), shot)}`);
    } else {
      console.log('\nThe reader is open in Chromium. Press Esc there to put the page back; run it again');
      console.log('with the Saaf toolbar button or Alt+Shift+R. Ctrl+C here ends the demo.');
    }
  } catch (err) {
    await stop();
    throw err;
  }
  console.log(`\n${loadInstructions(REPO_ROOT)}`);
  if (!headful) return stop();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    b.browser.once('disconnected', resolve);
  });
  await stop();
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  console.error(`\n${loadInstructions(REPO_ROOT)}`);
  process.exit(1);
});
