/**
 * Glue for opt-in article detection on the options page: the switch in storage plus the broad
 * host permission detection needs. The permission is asked for on the user's click, never at
 * install, and given back when detection is switched off.
 */
import { browser } from 'wxt/browser';
import { detectItem } from './storage';

/** The optional host permission detection needs. */
export const DETECT_ORIGINS = ['*://*/*'];

export interface DetectionService {
  /** Whether detection is on: the switch and the permission both. */
  isOn(): Promise<boolean>;
  /** Asks for the permission (call straight from the click) and turns detection on; false when refused. */
  enable(): Promise<boolean>;
  /** Turns detection off and gives the permission back when nothing else needs it. */
  disable(): Promise<void>;
}

export function detectionService(): DetectionService {
  return {
    async isOn() {
      const [flag, granted] = await Promise.all([detectItem().getValue(), browser.permissions.contains({ origins: DETECT_ORIGINS })]);
      return flag && granted;
    },
    enable() {
      // permissions.request is the first async call: both browsers only prompt inside a user action.
      return browser.permissions
        .request({ origins: DETECT_ORIGINS })
        .catch(() => false)
        .then(async (granted) => {
          if (granted) await detectItem().setValue(true);
          return granted;
        });
    },
    async disable() {
      await detectItem().setValue(false);
      // Give the broad permission back, unless other features hold host grants of their own
      // (translation services): Chrome removes every granted host inside '*://*/*', theirs too.
      // Detection stays off either way: it needs the switch as well as the permission.
      const { origins = [] } = await browser.permissions.getAll();
      if (origins.every((o) => DETECT_ORIGINS.includes(o)))
        await browser.permissions.remove({ origins: DETECT_ORIGINS }).catch(() => false);
    },
  };
}
