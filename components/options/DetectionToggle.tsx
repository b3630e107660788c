import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import type { DetectionService } from '@/utils/settings/detection-service';

/**
 * Opt-in article detection. Switching it on asks the browser for access to sites (the request
 * must come from this click); switching it off gives the permission back.
 */
export function DetectionToggle({ uiLang, detection }: { uiLang: UiLang; detection: DetectionService }) {
  const [on, setOn] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void detection.isOn().then(setOn);
  }, [detection]);
  const toggle = async (want: boolean) => {
    setDenied(false);
    if (want) {
      if (!(await detection.enable())) {
        setDenied(true);
        return;
      }
      setOn(true);
    } else {
      await detection.disable();
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
