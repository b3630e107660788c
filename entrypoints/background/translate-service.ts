/**
 * The background half of translation: answers `translate` messages from the reader by calling the
 * remote services the user enabled, and nothing else. The message names at most a service id; the
 * URL, key and region always come from the user's settings, so a confused content script cannot
 * make Saaf send text to a host of its choosing. Remote calls live here (not in the page) so keys
 * never enter a web page's process and requests carry the extension's host permission.
 */
import { browser } from 'wxt/browser';
import { TranslateError, errorToData, toTranslateError } from '@/utils/translate/errors';
import type { TranslateMessage, TranslateResponse } from '@/utils/translate/protocol';
import type { Router } from './router';
import { routeTranslation } from '@/utils/translate/router';
import { createRemoteService, enabledIds, originPattern, serviceBaseUrl, type TranslationSettings } from '@/utils/translate/settings';
import { loadTranslationSettings, translationSettingsItem } from '@/utils/translate/settings-storage';
import { REMOTE_SERVICE_IDS, type FetchFn, type RemoteServiceId } from '@/utils/translate/types';

export interface TranslateDeps {
  settings: TranslationSettings;
  fetch: FetchFn;
  /** Whether the host permission for a pattern is granted. */
  hasAccess: (pattern: string) => Promise<boolean>;
}

/** Translates per the user's settings. Never throws: failures come back as typed error data. */
export async function handleTranslate(msg: TranslateMessage, deps: TranslateDeps): Promise<TranslateResponse> {
  try {
    const enabled = enabledIds(deps.settings).filter((id): id is RemoteServiceId => REMOTE_SERVICE_IDS.includes(id as RemoteServiceId));
    const ids = msg.service ? enabled.filter((id) => id === msg.service) : enabled;
    if (!ids.length) throw new TranslateError('not-configured', msg.service ?? 'no remote service');
    const allowed: RemoteServiceId[] = [];
    for (const id of ids) {
      const pattern = originPattern(serviceBaseUrl(deps.settings, id));
      if (pattern && (await deps.hasAccess(pattern))) allowed.push(id);
    }
    if (!allowed.length) throw new TranslateError('permission', ids.join(','));
    const services = allowed.map((id) => createRemoteService(deps.settings, id, deps.fetch));
    const r = await routeTranslation(services, msg.text, msg.source, msg.target);
    return { ok: true, text: r.text, service: r.service as RemoteServiceId, label: r.label };
  } catch (err) {
    return { ok: false, error: errorToData(toTranslateError(err)) };
  }
}

/** Registers the `translate` message handler on the background's router. Called once from `main()`. */
export function registerTranslateService(router: Router): void {
  // Defined at startup, so its migration (the API keys out of the public item) runs here, before
  // any reader opens: a reader in a page reads the public item without migrating it.
  translationSettingsItem();
  // Who may ask (Saaf's content script or its pages) is the protocol map's business, checked by the router.
  router.on('translate', (msg) =>
    loadTranslationSettings().then((settings) =>
      handleTranslate(msg, {
        settings,
        fetch: (input, init) => fetch(input, init),
        hasAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      }),
    ),
  );
}
