/**
 * Translation settings as plain, validated data. Defaults keep everything on the machine: only the
 * browser's on-device translator is on, and no remote service is contacted until the user turns
 * one on (and grants its host permission) in the options page.
 */
import { createBrowserTranslator, type TranslatorScope } from './browser-translator';
import { GOOGLE_DEFAULT_ENDPOINT, createGoogle } from './google';
import { DEFAULT_TIMEOUT_MS, parseBaseUrl } from './http';
import { createLibreTranslate } from './libretranslate';
import { MICROSOFT_DEFAULT_ENDPOINT, createMicrosoft } from './microsoft';
import { SERVICE_IDS, type FetchFn, type RemoteServiceId, type ServiceId, type TranslationService } from './types';

export interface ServiceEntry {
  id: ServiceId;
  enabled: boolean;
}

export interface TranslationSettings {
  /** Every service once, in the user's order; the router tries enabled ones top to bottom. */
  services: ServiceEntry[];
  libretranslate: { url: string; key: string };
  microsoft: { key: string; region: string; endpoint: string };
  google: { endpoint: string };
  /** Target language (BCP 47), or null for the article's own language. */
  target: string | null;
  /** Time limit per request. The product default is 10 s; tests may lower it. */
  timeoutMs: number;
}

/** Version of the stored public item (2: the API keys moved to their own item, see keys.ts). */
export const SETTINGS_VERSION = 2;

/** Targets offered in the options page (the article's language is the default). */
export const TARGET_LANGUAGES = ['ur', 'ar', 'fa', 'ps', 'sd', 'en', 'hi', 'bn', 'tr', 'fr', 'de', 'es', 'zh'] as const;

export const DEFAULT_SETTINGS: TranslationSettings = {
  services: [
    { id: 'browser', enabled: true },
    { id: 'libretranslate', enabled: false },
    { id: 'microsoft', enabled: false },
    { id: 'google', enabled: false },
  ],
  libretranslate: { url: '', key: '' },
  microsoft: { key: '', region: '', endpoint: MICROSOFT_DEFAULT_ENDPOINT },
  google: { endpoint: GOOGLE_DEFAULT_ENDPOINT },
  target: null,
  timeoutMs: DEFAULT_TIMEOUT_MS,
};

const str = (v: unknown, max = 2048): string => (typeof v === 'string' ? v.trim().slice(0, max) : '');
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * Normalizes stored data of any shape into valid settings: unknown ids dropped, every service
 * present exactly once (missing ones appended, off), bad numbers replaced by defaults.
 */
export function parseSettings(raw: unknown): TranslationSettings {
  const r = obj(raw);
  const seen = new Set<ServiceId>();
  const services: ServiceEntry[] = [];
  for (const e of Array.isArray(r.services) ? r.services : []) {
    const id = obj(e).id as ServiceId;
    if (!SERVICE_IDS.includes(id) || seen.has(id)) continue;
    seen.add(id);
    services.push({ id, enabled: obj(e).enabled === true });
  }
  for (const d of DEFAULT_SETTINGS.services)
    if (!seen.has(d.id)) services.push({ id: d.id, enabled: Array.isArray(r.services) ? false : d.enabled });
  const lt = obj(r.libretranslate);
  const ms = obj(r.microsoft);
  const tgt = str(r.target, 35);
  const timeout = typeof r.timeoutMs === 'number' && Number.isFinite(r.timeoutMs) ? Math.round(r.timeoutMs) : DEFAULT_TIMEOUT_MS;
  return {
    services,
    libretranslate: { url: str(lt.url), key: str(lt.key, 512) },
    microsoft: { key: str(ms.key, 512), region: str(ms.region, 64), endpoint: str(ms.endpoint) || MICROSOFT_DEFAULT_ENDPOINT },
    google: { endpoint: str(obj(r.google).endpoint) || GOOGLE_DEFAULT_ENDPOINT },
    target: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tgt) ? tgt : null,
    timeoutMs: Math.min(60_000, Math.max(500, timeout)),
  };
}

/** The ids the router may use, in the user's order. */
export function enabledIds(s: TranslationSettings): ServiceId[] {
  return s.services.filter((e) => e.enabled).map((e) => e.id);
}

/** The base URL a remote service sends text to (what the options page shows and asks access for). */
export function serviceBaseUrl(s: TranslationSettings, id: RemoteServiceId): string {
  switch (id) {
    case 'libretranslate':
      return s.libretranslate.url;
    case 'microsoft':
      return s.microsoft.endpoint;
    case 'google':
      return s.google.endpoint;
  }
}

/** Host-permission match pattern for a remote service's URL ('https://host/*'), or null. */
export function originPattern(url: string): string | null {
  const u = parseBaseUrl(url);
  // Match patterns take no port: "http://127.0.0.1/*" covers every port of that host.
  return u ? `${u.protocol}//${u.hostname}/*` : null;
}

/** Builds one remote service from settings (used by the background). */
export function createRemoteService(s: TranslationSettings, id: RemoteServiceId, fetch: FetchFn): TranslationService {
  const deps = { fetch, timeoutMs: s.timeoutMs };
  switch (id) {
    case 'libretranslate':
      return createLibreTranslate(s.libretranslate, deps);
    case 'microsoft':
      return createMicrosoft(s.microsoft, deps);
    case 'google':
      return createGoogle(s.google, deps);
  }
}

/** All enabled services in order, for contexts that can run every kind (tests, CLI). */
export function buildServices(s: TranslationSettings, deps: { fetch: FetchFn; scope?: TranslatorScope }): TranslationService[] {
  return enabledIds(s).map((id) =>
    id === 'browser' ? createBrowserTranslator(deps.scope, s.timeoutMs) : createRemoteService(s, id, deps.fetch),
  );
}
