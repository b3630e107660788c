import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import { EXTENSION_PAGES_CSP } from './utils/csp';
import { BUNDLED_FONTS } from './utils/fonts';
import { quietReadability, READABILITY_FILE } from './scripts/lib/quiet-readability';

const require = createRequire(import.meta.url);

/**
 * One codebase, two Manifest V3 builds (Chrome and Firefox).
 *
 * Permissions are minimal: `activeTab` + `scripting` let the toolbar button, the shortcut and the
 * context menu inject the reader into the tab the user acted on; nothing runs on pages otherwise.
 * Host access is optional and asked for only when a feature needs it.
 *
 * `--mode e2e` builds the same extension into `.output/<browser>-mv3-e2e` with host access to
 * 127.0.0.1 and localhost only: headless browsers cannot press the toolbar button that grants
 * `activeTab`, so the end-to-end tests need this to inject the reader into their loopback pages.
 */
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Readability's debug log calls are compiled out (scripts/lib/quiet-readability.ts).
  vite: () => ({
    plugins: [
      {
        name: 'quiet-readability',
        enforce: 'pre',
        transform: (code: string, id: string) => (READABILITY_FILE.test(id) ? quietReadability(code) : null),
      },
    ],
  }),
  hooks: {
    // Saaf injects its scripts (all unlisted, none registered) only into the tab the user acted on
    // (activeTab): no host permission, and none a runtime content script's `matches` would add.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'e2e') manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
      else delete manifest.host_permissions;
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
    // Ship the woff2 files straight from @fontsource (no binary fonts committed to the repo).
    'build:publicAssets': (_wxt, files) => {
      for (const font of BUNDLED_FONTS) {
        const pkgDir = dirname(require.resolve(`@fontsource/${font.pkg}/package.json`));
        files.push({ absoluteSrc: join(pkgDir, 'files', font.file), relativeDest: `fonts/${font.file}` });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage'],
    optional_permissions: ['downloads'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    // The reader's fonts are loaded by the content script into the page's FontFaceSet, so pages may
    // load them. In Chrome only through the per-session dynamic URL (runtime.getURL gives it): the
    // static chrome-extension://<id>/fonts/... URL would let any site detect that Saaf is installed.
    // Firefox's moz-extension:// origin is already random per installation, and it does not know the key.
    web_accessible_resources: [
      { resources: ['fonts/*.woff2'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // utils/csp.ts: scripts only from the extension, images only from it, blob: and data:, no frames.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          // 140 (the current ESR) is the first Firefox that knows data_collection_permissions
          // (Saaf collects nothing and says so); Firefox for Android learnt it in 142. Lower
          // minimums make web-ext lint warn that older versions ignore the declaration.
          browser_specific_settings: {
            gecko: {
              id: 'saaf-reader@saaf.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
