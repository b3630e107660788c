/**
 * SEAM ONLY (not built): an opt-in, downloadable on-device model for pairs no browser covers
 * (English -> Urdu). Candidates, from ../shared/notes/translation.md: `Xenova/m2m100_418M` (MIT,
 * code `ur`, ~630 MB quantized) through transformers.js; NLLB-200 is CC-BY-NC. No ONNX opus-mt en-ur
 * exists.
 *
 * Wiring it in, when someone does:
 * 1. Add `'on-device-model'` to `ServiceId` (types.ts) and a default-off entry in settings.ts.
 * 2. Implement `OnDeviceModel` with transformers.js in an offscreen document on Chrome (the MV3
 *    service worker cannot `import()` dynamically) and in the background page on Firefox; ship the
 *    onnxruntime wasm in the build and add `'wasm-unsafe-eval'` to the extension-pages CSP.
 * 3. Adapt it to `TranslationService` (remote: false; availability 'downloadable' until
 *    `isDownloaded()`, `prepare` = `download` from the user's click with progress), and route it
 *    through a background message like the remote services.
 * 4. Tests inject a fake pipeline: weights are never fetched in CI.
 */
import type { ProgressFn } from './types';

/** A translation model that runs on the user's machine after an explicit, opt-in download. */
export interface OnDeviceModel {
  /** Model id, e.g. 'Xenova/m2m100_418M'. */
  readonly id: string;
  /** Download size in bytes, shown before the user agrees to download. */
  readonly downloadBytes: number;
  /** SPDX licence of the weights ('MIT'); shown in settings. */
  readonly license: string;
  /** Whether the model knows this pair (BCP 47 primary subtags). */
  supports(source: string, target: string): boolean;
  /** Whether the weights are already stored locally. */
  isDownloaded(): Promise<boolean>;
  /** Fetches and stores the weights; only ever called from a user's click. */
  download(onProgress?: ProgressFn, signal?: AbortSignal): Promise<void>;
  /** Translates with the local weights; never touches the network. */
  translate(text: string, source: string, target: string, signal?: AbortSignal): Promise<string>;
}
