/**
 * `fetch` faked at the boundary for unit tests of the remote translation services: records every
 * request and answers with a scripted response, a network error, or silence (for timeouts).
 */

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

export type FakeReply = { status: number; body: string; contentType?: string } | { networkError: true } | { hang: 'headers' | 'body' };

/** A fetch that answers each call with `reply(request)`; `requests` lists what was sent. */
export function fakeFetch(reply: (req: RecordedRequest) => FakeReply) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    const req: RecordedRequest = {
      url: input,
      method: init.method ?? 'GET',
      headers,
      body: typeof init.body === 'string' ? init.body : null,
    };
    requests.push(req);
    const r = reply(req);
    const signal = init.signal;
    const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
    if ('networkError' in r) throw new TypeError('Failed to fetch');
    if ('hang' in r && r.hang === 'headers') {
      // Like a server that accepts the connection and never answers: only an abort ends it.
      return new Promise<Response>((_, reject) => {
        if (signal?.aborted) reject(abortError());
        signal?.addEventListener('abort', () => reject(abortError()), { once: true });
      });
    }
    if ('hang' in r) {
      // Headers arrive, the body never finishes; an abort errors the stream as real fetch does.
      const stream = new ReadableStream<Uint8Array>({
        start(ctrl) {
          ctrl.enqueue(new TextEncoder().encode('{"translatedText":'));
          signal?.addEventListener('abort', () => ctrl.error(abortError()), { once: true });
        },
      });
      return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
    }
    return new Response(r.body, { status: r.status, headers: { 'content-type': r.contentType ?? 'application/json' } });
  };
  return { fetch, requests };
}

/** A JSON reply. */
export const json = (value: unknown, status = 200): FakeReply => ({ status, body: JSON.stringify(value) });
