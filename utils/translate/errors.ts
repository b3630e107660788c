/**
 * Typed translation failures. Every way a translation can fail maps to one kind, so the reader can
 * show a clear message (`tr.error.<kind>` in utils/i18n) with a retry, and the error can cross the
 * message boundary between the background and the page as plain data.
 */
export type TranslateErrorKind =
  | 'offline' // no network, DNS failure, connection refused
  | 'timeout' // no answer within the time limit (10 s by default)
  | 'quota' // HTTP 429 or a quota message
  | 'auth' // HTTP 401/403: bad or missing key, region mismatch
  | 'server' // HTTP 5xx or another unexpected status
  | 'malformed' // not JSON, wrong shape, empty, echoed input, wrong script
  | 'unsupported' // no enabled service can translate this pair
  | 'not-configured' // the user has not turned on any service that could do it
  | 'needs-click' // an on-device model must be downloaded from a user click first
  | 'permission' // the host permission for a remote service was not granted
  | 'aborted'; // cancelled by the reader (closed, retried)

export const ERROR_KINDS: readonly TranslateErrorKind[] = [
  'offline',
  'timeout',
  'quota',
  'auth',
  'server',
  'malformed',
  'unsupported',
  'not-configured',
  'needs-click',
  'permission',
  'aborted',
];

/** A translation failure with a kind the UI can explain. `status` is the HTTP status, if any. */
export class TranslateError extends Error {
  override readonly name = 'TranslateError';
  constructor(
    readonly kind: TranslateErrorKind,
    detail = '',
    readonly status?: number,
  ) {
    super(detail ? `${kind}: ${detail}` : kind);
  }
}

/** Maps a non-OK HTTP status to a kind. */
export function kindForStatus(status: number): TranslateErrorKind {
  if (status === 429) return 'quota';
  if (status === 401 || status === 403) return 'auth';
  return 'server';
}

/** Turns anything thrown into a TranslateError (unknown errors count as the service failing). */
export function toTranslateError(err: unknown): TranslateError {
  if (err instanceof TranslateError) return err;
  if (err instanceof DOMException || (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))) {
    return new TranslateError(err.name === 'TimeoutError' ? 'timeout' : 'aborted', err.message);
  }
  // fetch rejects with a TypeError when the network is down or the host refuses the connection.
  if (err instanceof TypeError) return new TranslateError('offline', err.message);
  return new TranslateError('server', err instanceof Error ? err.message : String(err));
}

/** Plain-data form of an error, for the message from the background to the page. */
export interface TranslateErrorData {
  kind: TranslateErrorKind;
  status?: number;
  detail?: string;
}

export function errorToData(err: TranslateError): TranslateErrorData {
  return { kind: err.kind, ...(err.status !== undefined ? { status: err.status } : {}), detail: err.message };
}

/** Rebuilds an error from untrusted plain data (unknown kinds become 'server'). */
export function errorFromData(raw: unknown): TranslateError {
  const d = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const kind = ERROR_KINDS.includes(d.kind as TranslateErrorKind) ? (d.kind as TranslateErrorKind) : 'server';
  return new TranslateError(
    kind,
    typeof d.detail === 'string' ? d.detail.slice(0, 300) : '',
    typeof d.status === 'number' ? d.status : undefined,
  );
}
