/**
 * The one interface every translation service implements, whatever it is: the browser's own
 * on-device Translator, a LibreTranslate server, Microsoft Translator, Google's unofficial web
 * endpoint, or (later) an opt-in on-device model. The router and the UI only see this.
 */

/** Stable ids; stored in settings and named in messages (never a URL). */
export type ServiceId = 'browser' | 'libretranslate' | 'microsoft' | 'google';

/** Services that send text off the machine. They run in the background, never in a page. */
export type RemoteServiceId = Exclude<ServiceId, 'browser'>;

export const SERVICE_IDS: readonly ServiceId[] = ['browser', 'libretranslate', 'microsoft', 'google'];
export const REMOTE_SERVICE_IDS: readonly RemoteServiceId[] = ['libretranslate', 'microsoft', 'google'];

/** Whether a service can translate a pair now, after a download (needs a user click), or never. */
export type Availability = 'available' | 'downloadable' | 'unavailable';

/** Progress of a one-off preparation (a model download), 0..1. */
export type ProgressFn = (fraction: number) => void;

export interface TranslationService {
  readonly id: ServiceId;
  /** Human-readable name shown in the note under a translation ("Microsoft Translator"). */
  readonly label: string;
  /** True when text leaves the machine. Remote services are opt-in only. */
  readonly remote: boolean;
  /** Language codes are BCP 47 primary subtags ('en', 'ur'). */
  availability(source: string, target: string): Promise<Availability>;
  /** One-off preparation (e.g. a model download). Call it from a user click; reports progress. */
  prepare?(source: string, target: string, onProgress?: ProgressFn): Promise<void>;
  /** Translates plain text. Throws a `TranslateError`. Honours `signal`. */
  translate(text: string, source: string, target: string, signal?: AbortSignal): Promise<string>;
}

/** A finished translation, as the UI shows it and the cache stores it. */
export interface TranslationResult {
  text: string;
  service: ServiceId;
  label: string;
  source: string;
  target: string;
  fromCache: boolean;
}

/** The `fetch` a remote service uses, injected so tests fake it at the boundary. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;
