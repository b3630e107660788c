import { afterAll, beforeAll } from 'vitest';
import { ExtensionBrowser, startServer, type BrowserKind, type LaunchOptions, type TestServer } from './harness';

/** A browser and a server for one describe block; both are ready inside tests and hooks. */
export interface E2eContext {
  readonly browser: ExtensionBrowser;
  readonly server: TestServer;
}

/**
 * Registers beforeAll/afterAll hooks that start a server (routes added by `serve`) and launch
 * `kind` with the e2e extension on a fresh temp profile, and close both afterwards.
 */
export function useBrowser(kind: BrowserKind, serve: (server: TestServer) => void = () => {}, opts: LaunchOptions = {}): E2eContext {
  let browser: ExtensionBrowser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    serve(server);
    browser = await ExtensionBrowser.launch(kind, opts);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error(`${kind} did not start (see the beforeAll error)`);
      return browser;
    },
    get server() {
      if (!server) throw new Error('the test server did not start');
      return server;
    },
  };
}
