/**
 * The edits the options page makes to translation settings, as pure functions (tested without a
 * browser). Each returns new settings; none mutates its input.
 */
import { originPattern, serviceBaseUrl, type TranslationSettings } from './settings';
import type { RemoteServiceId, ServiceId } from './types';

/** Switches a service on or off. */
export function withEnabled(s: TranslationSettings, id: ServiceId, enabled: boolean): TranslationSettings {
  return { ...s, services: s.services.map((e) => (e.id === id ? { ...e, enabled } : e)) };
}

/** Moves the service at `index` up (-1) or down (+1) in the order; out-of-range moves do nothing. */
export function moved(s: TranslationSettings, index: number, delta: -1 | 1): TranslationSettings {
  const to = index + delta;
  if (index < 0 || to < 0 || index >= s.services.length || to >= s.services.length) return s;
  const services = [...s.services];
  [services[index], services[to]] = [services[to]!, services[index]!];
  return { ...s, services };
}

export type ConfigPatch =
  | { id: 'libretranslate'; patch: Partial<TranslationSettings['libretranslate']> }
  | { id: 'microsoft'; patch: Partial<TranslationSettings['microsoft']> }
  | { id: 'google'; patch: Partial<TranslationSettings['google']> };

/**
 * Applies a configuration edit. If it changes the host text would go to, the service is switched
 * off: its host permission was granted for the old host, and the user must opt in to the new one.
 */
export function withConfig(s: TranslationSettings, edit: ConfigPatch): { settings: TranslationSettings; switchedOff: boolean } {
  const before = originPattern(serviceBaseUrl(s, edit.id));
  const next: TranslationSettings = { ...s, [edit.id]: { ...s[edit.id], ...edit.patch } };
  const hostChanged = originPattern(serviceBaseUrl(next, edit.id)) !== before;
  const wasOn = s.services.some((e) => e.id === edit.id && e.enabled);
  return hostChanged && wasOn ? { settings: withEnabled(next, edit.id, false), switchedOff: true } : { settings: next, switchedOff: false };
}

/** Why a remote service cannot be switched on yet, or null when it can. */
export function missingConfig(s: TranslationSettings, id: RemoteServiceId): 'needsUrl' | 'needsKey' | null {
  if (!originPattern(serviceBaseUrl(s, id))) return 'needsUrl';
  if (id === 'microsoft' && !s.microsoft.key.trim()) return 'needsKey';
  return null;
}
