import { describe, expect, it } from 'vitest';
import { fakeFetch, json, type FakeReply, type RecordedRequest } from '@/tests/stubs/fake-fetch';
import { TranslateError, type TranslateErrorKind } from './errors';
import { createGoogle } from './google';
import { createLibreTranslate } from './libretranslate';
import { createMicrosoft } from './microsoft';
import type { FetchFn, TranslationService } from './types';

const TEXT = 'Wonderful to meet the Ambassador of China';
const URDU = 'چین کے سفیر سے مل کر بہت اچھا لگا';

interface Protocol {
  name: string;
  make: (fetch: FetchFn, timeoutMs?: number) => TranslationService;
  /** A correct answer in this protocol's shape. */
  ok: (translation: string) => FakeReply;
  /** Checks the request is exactly what the real service expects. */
  checkRequest: (req: RecordedRequest) => void;
}

const PROTOCOLS: Protocol[] = [
  {
    name: 'LibreTranslate',
    make: (fetch, timeoutMs) => createLibreTranslate({ url: 'https://lt.example.org/', key: 'k1' }, { fetch, timeoutMs }),
    ok: (t) => json({ translatedText: t }),
    checkRequest: (req) => {
      expect(req.method).toBe('POST');
      expect(req.url).toBe('https://lt.example.org/translate');
      expect(req.headers['content-type']).toBe('application/json');
      expect(JSON.parse(req.body!)).toEqual({ q: TEXT, source: 'en', target: 'ur', format: 'text', api_key: 'k1' });
    },
  },
  {
    name: 'Microsoft',
    make: (fetch, timeoutMs) =>
      createMicrosoft({ key: 'secret', region: 'westeurope', endpoint: 'https://ms.example.org' }, { fetch, timeoutMs }),
    ok: (t) => json([{ translations: [{ text: t, to: 'ur' }] }]),
    checkRequest: (req) => {
      const u = new URL(req.url);
      expect(req.method).toBe('POST');
      expect(u.origin + u.pathname).toBe('https://ms.example.org/translate');
      expect(Object.fromEntries(u.searchParams)).toEqual({ 'api-version': '3.0', from: 'en', to: 'ur' });
      expect(req.headers['ocp-apim-subscription-key']).toBe('secret');
      expect(req.headers['ocp-apim-subscription-region']).toBe('westeurope');
      expect(JSON.parse(req.body!)).toEqual([{ Text: TEXT }]);
    },
  },
  {
    name: 'Google (unofficial)',
    make: (fetch, timeoutMs) => createGoogle({ endpoint: 'https://g.example.org' }, { fetch, timeoutMs }),
    ok: (t) => json({ sentences: [{ trans: t.slice(0, 5), orig: 'x' }, { trans: t.slice(5) }, { translit: 'chin' }], src: 'en' }),
    checkRequest: (req) => {
      const u = new URL(req.url);
      expect(req.method).toBe('GET');
      expect(u.origin + u.pathname).toBe('https://g.example.org/translate_a/single');
      expect(Object.fromEntries(u.searchParams)).toEqual({ client: 'gtx', sl: 'en', tl: 'ur', dt: 't', dj: '1', q: TEXT });
      expect(req.body).toBeNull();
    },
  },
];

async function kindOf(p: Promise<unknown>): Promise<TranslateErrorKind> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TranslateError);
  return (err as TranslateError).kind;
}

describe.each(PROTOCOLS)('$name protocol', (proto) => {
  it('sends the real request shape and reads the real answer', async () => {
    const f = fakeFetch(() => proto.ok(URDU));
    const svc = proto.make(f.fetch);
    expect(svc.remote).toBe(true);
    expect(await svc.availability('en', 'ur')).toBe('available');
    expect(await svc.translate(TEXT, 'en', 'ur')).toBe(URDU);
    expect(f.requests).toHaveLength(1);
    proto.checkRequest(f.requests[0]!);
  });

  it.each([
    [{ status: 500, body: '{"error":"boom"}' }, 'server'],
    [{ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' }, 'server'],
    [{ status: 429, body: '{"error":"Too many requests"}' }, 'quota'],
    [{ status: 403, body: '{"error":"Invalid API key"}' }, 'auth'],
    [{ status: 401, body: '{"error":{"code":401000,"message":"bad key"}}' }, 'auth'],
    [{ status: 200, body: '{"translatedText": "unterminated' }, 'malformed'],
    [{ status: 200, body: 'null' }, 'malformed'],
    [{ status: 200, body: '{"unexpected": true}' }, 'malformed'],
    [{ networkError: true }, 'offline'],
  ] satisfies [FakeReply, TranslateErrorKind][])('%j -> %s', async (reply, kind) => {
    const svc = proto.make(fakeFetch(() => reply).fetch);
    expect(await kindOf(svc.translate(TEXT, 'en', 'ur'))).toBe(kind);
  });

  it.each([
    ['empty', ''],
    ['echo of the input', ` ${TEXT.toUpperCase()} `],
    ['Latin text for an Urdu target', 'Wonderful meeting, truly'],
  ])('rejects nonsense: %s', async (_name, answer) => {
    const svc = proto.make(fakeFetch(() => proto.ok(answer)).fetch);
    expect(await kindOf(svc.translate(TEXT, 'en', 'ur'))).toBe('malformed');
  });

  it.each(['headers', 'body'] as const)('times out when the server stalls (%s)', async (hang) => {
    const svc = proto.make(fakeFetch(() => ({ hang })).fetch, 30);
    expect(await kindOf(svc.translate(TEXT, 'en', 'ur'))).toBe('timeout');
  });

  it('stops when the caller aborts', async () => {
    const ctrl = new AbortController();
    const svc = proto.make(fakeFetch(() => ({ hang: 'headers' })).fetch, 60_000);
    const p = svc.translate(TEXT, 'en', 'ur', ctrl.signal);
    ctrl.abort();
    expect(await kindOf(p)).toBe('aborted');
  });
});

describe('service specifics', () => {
  it('LibreTranslate is unavailable without a valid http(s) URL and never fetches', async () => {
    const f = fakeFetch(() => json({ translatedText: URDU }));
    for (const url of ['', 'not a url', 'ftp://x.org', 'javascript:alert(1)', 'https://user:pw@x.org']) {
      const svc = createLibreTranslate({ url, key: '' }, { fetch: f.fetch });
      expect(await svc.availability('en', 'ur')).toBe('unavailable');
      expect(await kindOf(svc.translate(TEXT, 'en', 'ur'))).toBe('not-configured');
    }
    expect(f.requests).toHaveLength(0);
  });

  it('LibreTranslate omits api_key when none is set and maps "not supported" to unsupported', async () => {
    const f = fakeFetch(() => ({ status: 400, body: '{"error":"ur is not supported"}' }));
    const svc = createLibreTranslate({ url: 'http://127.0.0.1:5000', key: '' }, { fetch: f.fetch });
    expect(await kindOf(svc.translate(TEXT, 'en', 'ur'))).toBe('unsupported');
    expect(JSON.parse(f.requests[0]!.body!)).not.toHaveProperty('api_key');
  });

  it.each([
    [403, 403001, 'quota'],
    [401, 401000, 'auth'],
    [400, 400036, 'unsupported'],
  ] as const)('Microsoft error %i/%i -> %s', async (status, code, kind) => {
    const svc = createMicrosoft(
      { key: 'k', region: '', endpoint: '' },
      { fetch: fakeFetch(() => json({ error: { code, message: 'x' } }, status)).fetch },
    );
    expect(await kindOf(svc.translate(TEXT, 'en', 'ur'))).toBe(kind);
  });

  it('Microsoft needs a key, uses the public endpoint by default, omits region and `from` when unknown', async () => {
    const f = fakeFetch(() => json([{ translations: [{ text: URDU, to: 'ur' }] }]));
    expect(await createMicrosoft({ key: ' ', region: '', endpoint: '' }, { fetch: f.fetch }).availability('en', 'ur')).toBe('unavailable');
    await createMicrosoft({ key: 'k', region: '', endpoint: '' }, { fetch: f.fetch }).translate(TEXT, 'auto', 'ur');
    const u = new URL(f.requests[0]!.url);
    expect(u.origin).toBe('https://api.cognitive.microsofttranslator.com');
    expect(u.searchParams.has('from')).toBe(false);
    expect(f.requests[0]!.headers).not.toHaveProperty('ocp-apim-subscription-region');
  });

  it('Google says it is unofficial in its label', () => {
    expect(createGoogle({ endpoint: '' }, { fetch: fakeFetch(() => json({})).fetch }).label).toMatch(/unofficial/i);
  });
});
