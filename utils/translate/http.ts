/**
 * One HTTP round trip for the remote services: a hard time limit, typed errors for every failure,
 * and JSON parsing that never throws anything but a TranslateError.
 */
import { TranslateError, kindForStatus, type TranslateErrorKind } from './errors';
import type { FetchFn } from './types';

/** The product default: a translation that takes longer than this is reported as a timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Longest text any service is asked to translate (tweets are 280; long quotes fit too). */
export const MAX_TEXT_LENGTH = 5_000;

export interface RequestOptions {
  fetch: FetchFn;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Service-specific reading of an error status (Microsoft reports quota as 403 + code). */
  classify?: (status: number, body: string) => TranslateErrorKind;
}

/**
 * Fetches `url` and parses the body as JSON. The time limit covers the whole exchange, body
 * included: a server that sends headers and then stalls is a timeout too.
 */
export async function requestJson(url: string, init: RequestInit, opts: RequestOptions): Promise<unknown> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onAbort = () => ctrl.abort();
  if (opts.signal?.aborted) ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (err: unknown): never => {
    if (err instanceof TranslateError) throw err;
    if (timedOut) throw new TranslateError('timeout', url);
    if (opts.signal?.aborted) throw new TranslateError('aborted');
    throw new TranslateError('offline', err instanceof Error ? err.message : String(err));
  };
  try {
    const res = await opts
      .fetch(url, { ...init, signal: ctrl.signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })
      .catch(fail);
    const body = await res.text().catch(fail);
    if (!res.ok) throw new TranslateError((opts.classify ?? kindForStatus)(res.status, body), `HTTP ${res.status}`, res.status);
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new TranslateError('malformed', 'not JSON');
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Joins a configured base URL and a path without doubling or losing slashes. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

/** What every remote service needs from its environment (fakes in tests, `fetch` in the background). */
export interface RemoteDeps {
  fetch: FetchFn;
  timeoutMs?: number;
}

/** An http(s) URL with a host, or null: the only base URLs a remote service accepts. */
export function parseBaseUrl(raw: string): URL | null {
  try {
    const u = new URL(raw.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname && !u.username && !u.password ? u : null;
  } catch {
    return null;
  }
}
