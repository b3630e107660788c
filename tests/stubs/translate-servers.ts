/**
 * Stub translation servers on 127.0.0.1 that speak each service's real protocol (shapes from
 * ../shared/notes/translation.md), for the e2e tests. Each can be switched into a failure mode.
 * They send no CORS headers: the extension must reach them through its host permission, as it
 * would a self-hosted LibreTranslate.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubProtocol = 'libretranslate' | 'microsoft' | 'google';
export type StubMode = 'ok' | 'server-error' | 'timeout' | 'malformed' | 'bad-key' | 'echo';

/** What a stub received (for asserting exactly what left the browser). */
export interface StubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface TranslateStub {
  readonly protocol: StubProtocol;
  readonly origin: string;
  mode: StubMode;
  readonly requests: StubRequest[];
  /** The "translation" this stub returns for a text (Urdu, names the stub, so tests can tell). */
  translationOf(text: string): string;
  close(): Promise<void>;
}

/** The key the Microsoft stub accepts; any other key gets Microsoft's 401000 / 403 answer. */
export const STUB_MICROSOFT_KEY = 'stub-key-123';

const URDU: Record<StubProtocol, string> = {
  libretranslate: 'لبرے ترجمہ',
  microsoft: 'مائیکروسافٹ ترجمہ',
  google: 'گوگل ترجمہ',
};

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The text to translate, read from the request exactly as the real service would. */
function inputText(protocol: StubProtocol, r: StubRequest): string | null {
  try {
    if (protocol === 'google') return r.path === '/translate_a/single' ? (r.query.q ?? null) : null;
    const json = JSON.parse(r.body) as unknown;
    if (protocol === 'libretranslate') return r.path === '/translate' ? String((json as { q?: string }).q ?? '') : null;
    return r.path === '/translate' && r.query['api-version'] === '3.0' ? String((json as { Text?: string }[])[0]?.Text ?? '') : null;
  } catch {
    return null;
  }
}

function answer(protocol: StubProtocol, translated: string): unknown {
  if (protocol === 'libretranslate') return { translatedText: translated, detectedLanguage: { language: 'en', confidence: 90 } };
  if (protocol === 'microsoft') return [{ translations: [{ text: translated, to: 'ur' }] }];
  return { sentences: [{ trans: translated, orig: 'x' }], src: 'en' };
}

/** Starts one stub on a free port of 127.0.0.1. */
export async function startTranslateStub(protocol: StubProtocol): Promise<TranslateStub> {
  const requests: StubRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const translationOf = (text: string) => `${URDU[protocol]} (${text.length})`;
  const send = (res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  const stub = {
    protocol,
    origin: '',
    mode: 'ok' as StubMode,
    requests,
    translationOf,
    close: () =>
      new Promise<void>((r) => {
        for (const res of hanging) res.destroy();
        server.close(() => r());
      }),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const r: StubRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: await read(req),
      };
      requests.push(r);
      const text = inputText(protocol, r);
      if (text === null) return send(res, 400, JSON.stringify({ error: 'Invalid request' }));
      switch (stub.mode) {
        case 'timeout':
          hanging.add(res); // never answers; closed with the stub
          return;
        case 'server-error':
          return send(res, 500, JSON.stringify({ error: 'Internal Server Error' }));
        case 'malformed':
          return send(res, 200, '{"translatedText": "نامکمل', 'application/json');
        case 'echo':
          return send(res, 200, JSON.stringify(answer(protocol, text)));
        case 'bad-key':
          return send(
            res,
            protocol === 'microsoft' ? 401 : 403,
            JSON.stringify(protocol === 'microsoft' ? { error: { code: 401000, message: 'Invalid key' } } : { error: 'Invalid API key' }),
          );
        case 'ok':
          if (protocol === 'microsoft' && r.headers['ocp-apim-subscription-key'] !== STUB_MICROSOFT_KEY) {
            return send(res, 401, JSON.stringify({ error: { code: 401000, message: 'Access denied due to invalid subscription key.' } }));
          }
          return send(res, 200, JSON.stringify(answer(protocol, translationOf(text))));
      }
    })().catch(() => send(res, 500, '{}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  (stub as { origin: string }).origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stub;
}
