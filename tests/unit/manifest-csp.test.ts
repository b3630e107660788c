/**
 * The extension pages' CSP in the manifest WXT generates for each browser: the one policy of
 * utils/csp.ts, with the second line of defence the library needs (it renders stored articles).
 */
import { describe, expect, it } from 'vitest';
import type { UserManifest } from 'wxt';
import config from '../../wxt.config';
import { EXTENSION_PAGES_CSP, parseCsp } from '../../utils/csp';

async function manifestFor(browser: string): Promise<UserManifest> {
  const m = config.manifest;
  if (typeof m !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function of the browser');
  return await m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe.each(['chrome', 'firefox'])('%s manifest: extension pages CSP', (browser) => {
  it('is the one policy of utils/csp.ts', async () => {
    const csp = (await manifestFor(browser)).content_security_policy;
    expect(csp?.extension_pages).toBe(EXTENSION_PAGES_CSP);
  });

  it("allows only the extension's scripts, images from the extension, blob: and data:, and no frames or plugins", () => {
    const d = parseCsp(EXTENSION_PAGES_CSP);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-src']).toEqual(["'none'"]);
    expect([...(d['img-src'] ?? [])].sort()).toEqual(["'self'", 'blob:', 'data:']);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(
      Object.values(d)
        .flat()
        .some((v) => /unsafe|\*|https?:/.test(v)),
    ).toBe(false);
  });
});
