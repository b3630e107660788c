/**
 * An HTTP proxy on 127.0.0.1 that records every host the browser tries to reach — pages, the
 * extension's background, the browser itself — and forwards only loopback HTTP. Everything else
 * (including every HTTPS CONNECT) is refused after being recorded. Used to prove that no request
 * leaves the machine without the user's opt-in.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  /** host:port as the browser asked for it */
  host: string;
  method: string;
  url: string;
}

export interface RecordingProxy {
  readonly port: number;
  readonly seen: ProxiedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.0\.0\.1|localhost)(:\d+)?$/;

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    seen.push({ host: target.host, method: req.method ?? '', url: target.href });
    if (!LOOPBACK.test(target.host)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the e2e recording proxy');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const up = httpRequest(
      { host: target.hostname, port: target.port || 80, method: req.method, path: target.pathname + target.search, headers },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    res.on('close', () => up.destroy());
    req.pipe(up);
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push({ host: req.url ?? '', method: 'CONNECT', url: `https://${req.url ?? ''}/` });
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Chromium flags that send every request, loopback included, through the proxy. */
export function chromiumProxyArgs(port: number): string[] {
  return [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'];
}

/** Firefox prefs that do the same. */
export function firefoxProxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}
