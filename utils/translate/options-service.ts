/**
 * Glue for the options page's translation section: the settings item, host access for remote
 * services, the shared cache and a test translation, as one object the component receives (so
 * the component never touches storage or permissions itself).
 */
import { pageServices } from './client-service';
import { routeTranslation } from './router';
import type { TranslationSettings } from './settings';
import {
  grantedOrigins,
  loadTranslationSettings,
  requestHostAccess,
  saveTranslationSettings,
  translationCache,
  watchTranslationSettings,
} from './settings-storage';
import type { TranslationResult } from './types';

export interface TranslationOptionsService {
  load(): Promise<TranslationSettings>;
  save(s: TranslationSettings): Promise<void>;
  /** Calls `cb` when the settings change elsewhere; returns the unwatch function. */
  watch(cb: (s: TranslationSettings) => void): () => void;
  /** Host patterns granted now, read ahead of a click. */
  grantedOrigins(): Promise<string[]>;
  /** Makes sure Saaf may contact `origins`; call straight from the click (see settings-storage.ts). */
  requestHostAccess(origins: string[], granted: readonly string[]): Promise<boolean>;
  clearCache(): Promise<void>;
  /** Translates a sample with exactly the services `settings` enables (the "Test" button). */
  test(settings: TranslationSettings, text: string, source: string, target: string): Promise<TranslationResult>;
}

export function translationOptionsService(): TranslationOptionsService {
  return {
    load: loadTranslationSettings,
    save: saveTranslationSettings,
    watch: watchTranslationSettings,
    grantedOrigins,
    requestHostAccess,
    clearCache: () => translationCache().clear(),
    test: (settings, text, source, target) => routeTranslation(pageServices(settings), text, source, target),
  };
}
