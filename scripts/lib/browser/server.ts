import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a route answers: a fixed response, or a handler that writes one itself. */
export type RouteReply =
  | { status?: number; contentType?: string; headers?: Record<string, string>; body: string | Uint8Array }
  | ((req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>);

/** One request the server saw (method and path + query, decoded), for assertions on traffic. */
export interface SeenRequest {
  method: string;
  path: string;
}

/** A static server on 127.0.0.1 (random free port) for e2e tests. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Every request served so far, in order (clear it with `requests.length = 0`). */
  readonly requests: SeenRequest[];
  /** Absolute URL on this server for a path (`/a/b?c`); non-ASCII paths are percent-encoded. */
  url(path: string): string;
  /** Adds or replaces a route for an exact path (query ignored unless the path includes one). */
  route(path: string, reply: RouteReply): void;
  /**
   * Serves a fixture or corpus case folder: its `source.html` at the path of the `url` in its
   * `annotation.json` / `expected.json` (or at `path` when given). Returns the page's absolute URL.
   */
  servePage(caseDir: string, path?: string): string;
  close(): Promise<void>;
}

/** Path + query of a URL or path, percent-decoded, so `/fa/news/از` and `/fa/news/%D8%A7%D8%B2` match. */
export function routeKey(pathOrUrl: string): string {
  const u = new URL(pathOrUrl, 'http://127.0.0.1');
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return decode(u.pathname) + decode(u.search);
}

/** The page URL recorded in a case folder's annotation (`annotation.json`, else `expected.json`). */
export function annotationUrl(caseDir: string): string | undefined {
  for (const name of ['annotation.json', 'expected.json']) {
    try {
      const a = JSON.parse(readFileSync(join(caseDir, name), 'utf8')) as { url?: unknown };
      if (typeof a.url === 'string') return a.url;
    } catch {
      // try the next file name
    }
  }
  return undefined;
}

/** `text/html; charset=utf-8` when the bytes are UTF-8, else no charset so the page's <meta> decides. */
function htmlType(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

/**
 * Starts the server. Unknown paths get 404 (and are still recorded in `requests`), so a test can
 * tell that a page asked for something nobody served.
 */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, RouteReply>();
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = routeKey(url.pathname + url.search);
    requests.push({ method: req.method ?? 'GET', path: key });
    const reply = routes.get(key) ?? routes.get(routeKey(url.pathname));
    if (!reply) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof reply === 'function') {
      Promise.resolve(reply(req, res, url)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
      return;
    }
    res.writeHead(reply.status ?? 200, {
      'content-type': reply.contentType ?? 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...reply.headers,
    });
    res.end(reply.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    requests,
    url: (path) => new URL(path, origin).href,
    route(path, reply) {
      routes.set(routeKey(path), reply);
    },
    servePage(caseDir, path) {
      const at = path ?? annotationUrl(caseDir);
      if (!at) throw new Error(`${caseDir}: no path given and no url in annotation.json/expected.json`);
      const u = new URL(at, origin);
      const body = readFileSync(join(caseDir, 'source.html'));
      routes.set(routeKey(u.pathname + u.search), { contentType: htmlType(body), body });
      return new URL(u.pathname + u.search, origin).href;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
