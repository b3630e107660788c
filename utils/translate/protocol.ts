/**
 * The `translate` message between the reader (content script) and the background, which alone
 * talks to remote services. Both directions are validated: the request because any content script
 * context could be confused by a hostile page, the response because it crosses a boundary too.
 */
import { errorFromData, type TranslateError, type TranslateErrorData } from './errors';
import { MAX_TEXT_LENGTH } from './http';
import { REMOTE_SERVICE_IDS, type RemoteServiceId } from './types';

/**
 * "Translate this text". `service` names one of the user's enabled remote services (an id, never
 * a URL); without it the background uses the first enabled remote service that can.
 */
export interface TranslateMessage {
  type: 'translate';
  text: string;
  /** BCP 47 source language, or 'auto' when unknown. */
  source: string;
  target: string;
  service?: RemoteServiceId;
}

export type TranslateResponse =
  { ok: true; text: string; service: RemoteServiceId; label: string } | { ok: false; error: TranslateErrorData };

const LANG = /^(auto|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/;

/** Validates an untrusted `translate` message; null when anything is off (including size). */
export function parseTranslateMessage(m: Record<string, unknown>): TranslateMessage | null {
  const { text, source, target, service } = m;
  if (typeof text !== 'string' || !text.trim() || text.length > MAX_TEXT_LENGTH) return null;
  if (typeof source !== 'string' || typeof target !== 'string' || !LANG.test(source) || !LANG.test(target) || target === 'auto')
    return null;
  if (service !== undefined && !REMOTE_SERVICE_IDS.includes(service as RemoteServiceId)) return null;
  return { type: 'translate', text, source, target, ...(service !== undefined ? { service: service as RemoteServiceId } : {}) };
}

/** Reads the background's answer; anything unexpected becomes a typed error. */
export function parseTranslateResponse(raw: unknown): { text: string; service: RemoteServiceId; label: string } | TranslateError {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (
    r.ok === true &&
    typeof r.text === 'string' &&
    REMOTE_SERVICE_IDS.includes(r.service as RemoteServiceId) &&
    typeof r.label === 'string'
  ) {
    return { text: r.text, service: r.service as RemoteServiceId, label: r.label };
  }
  return errorFromData(r.ok === false ? r.error : { kind: 'server', detail: 'no answer from the background' });
}
