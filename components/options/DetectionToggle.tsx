import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type UiLang } from '@/utils/i18n';
import { detectItem } from '@/utils/settings/storage';

/** The optional host permission detection needs; asked for here, on the user's click, never at install. */
export const DETECT_ORIGINS = ['*://*/*'];

/**
 * Opt-in article detection. Switching it on asks the browser for access to sites (the request
 * must come from this click); switching it off gives the permission back.
 */
export function DetectionToggle({ uiLang }: { uiLang: UiLang }) {
  const [on, setOn] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void Promise.all([detectItem().getValue(), browser.permissions.contains({ origins: DETECT_ORIGINS })]).then(([flag, granted]) =>
      setOn(flag && granted),
    );
  }, []);
  const toggle = async (want: boolean) => {
    setDenied(false);
    if (want) {
      const granted = await browser.permissions.request({ origins: DETECT_ORIGINS }).catch(() => false);
      if (!granted) {
        setDenied(true);
        return;
      }
      await detectItem().setValue(true);
      setOn(true);
    } else {
      await detectItem().setValue(false);
      // Give the broad permission back, unless other features hold host grants of their own
      // (translation services): Chrome removes every granted host inside '*://*/*', theirs too.
      // Detection stays off either way: it needs the switch as well as the permission.
      const { origins = [] } = await browser.permissions.getAll();
      if (origins.every((o) => DETECT_ORIGINS.includes(o))) await browser.permissions.remove({ origins: DETECT_ORIGINS }).catch(() => false);
      setOn(false);
    }
  };
  return (
    <section aria-labelledby="detect-title" id="detection">
      <h2 id="detect-title">{t(uiLang, 'detectTitle')}</h2>
      <p>{t(uiLang, 'detectBody')}</p>
      <p class="opt-check">
        <input id="detect-on" type="checkbox" data-control="detect" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <label for="detect-on">{t(uiLang, 'detectOn')}</label>
      </p>
      {denied && <p role="alert">{t(uiLang, 'detectDenied')}</p>}
    </section>
  );
}
