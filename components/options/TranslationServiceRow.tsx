import { useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { serviceName } from '@/utils/i18n/format';
import { toTranslateError } from '@/utils/translate/errors';
import { withEnabled, type ConfigPatch } from '@/utils/translate/settings-edit';
import { serviceBaseUrl, type TranslationSettings } from '@/utils/translate/settings';
import type { TranslationOptionsService } from '@/utils/translate/options-service';
import type { ServiceId } from '@/utils/translate/types';

interface Props {
  id: ServiceId;
  index: number;
  settings: TranslationSettings;
  uiLang: UiLang;
  note: string | null;
  onToggle: (id: ServiceId, on: boolean) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onConfig: (edit: ConfigPatch) => void;
  /** Translates a sample with the services the given settings enable. */
  test: TranslationOptionsService['test'];
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '—';
  }
}

/** One service in the options page: switch, order buttons, its fields, what it sends where, a test. */
export function TranslationServiceRow({ id, index, settings, uiLang, note, onToggle, onMove, onConfig, test }: Props) {
  const on = settings.services[index]?.enabled ?? false;
  const field = (label: string, value: string, edit: (v: string) => ConfigPatch, type = 'text') => (
    <label class="saaf-opt-field">
      <span>{label}</span>
      <input
        type={type}
        value={value}
        dir="ltr"
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => onConfig(edit(e.currentTarget.value))}
      />
    </label>
  );
  return (
    <li class="saaf-opt-service" data-service={id}>
      <div class="saaf-opt-service-head">
        <label>
          <input type="checkbox" checked={on} onChange={(e) => onToggle(id, e.currentTarget.checked)} />{' '}
          <strong>{serviceName(uiLang, id)}</strong>
        </label>
        <button
          type="button"
          aria-label={t(uiLang, 'trSettings.moveUp')}
          title={t(uiLang, 'trSettings.moveUp')}
          disabled={index === 0}
          onClick={() => onMove(index, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t(uiLang, 'trSettings.moveDown')}
          title={t(uiLang, 'trSettings.moveDown')}
          disabled={index === settings.services.length - 1}
          onClick={() => onMove(index, 1)}
        >
          ↓
        </button>
      </div>
      {id === 'browser' ? (
        <p class="saaf-opt-sends">{t(uiLang, 'trSettings.browserSends')}</p>
      ) : (
        <>
          {id === 'google' && <p class="saaf-opt-warn">{t(uiLang, 'trSettings.googleWarn')}</p>}
          <p class="saaf-opt-sends">{t(uiLang, 'trSettings.sends', { host: host(serviceBaseUrl(settings, id)) })}</p>
          {id !== 'google' && (
            <p class="saaf-opt-sends">{t(uiLang, 'trSettings.sendsKey', { host: host(serviceBaseUrl(settings, id)) })}</p>
          )}
          {id === 'libretranslate' && (
            <>
              {field(t(uiLang, 'trSettings.url'), settings.libretranslate.url, (url) => ({ id, patch: { url } }), 'url')}
              {field(t(uiLang, 'trSettings.keyOptional'), settings.libretranslate.key, (key) => ({ id, patch: { key } }), 'password')}
            </>
          )}
          {id === 'microsoft' && (
            <>
              {field(t(uiLang, 'trSettings.key'), settings.microsoft.key, (key) => ({ id, patch: { key } }), 'password')}
              {field(t(uiLang, 'trSettings.region'), settings.microsoft.region, (region) => ({ id, patch: { region } }))}
              <details>
                <summary>{t(uiLang, 'trSettings.endpoint')}</summary>
                {field(t(uiLang, 'trSettings.endpoint'), settings.microsoft.endpoint, (endpoint) => ({ id, patch: { endpoint } }), 'url')}
              </details>
            </>
          )}
          {id === 'google' && (
            <details>
              <summary>{t(uiLang, 'trSettings.endpoint')}</summary>
              {field(t(uiLang, 'trSettings.endpoint'), settings.google.endpoint, (endpoint) => ({ id, patch: { endpoint } }), 'url')}
            </details>
          )}
        </>
      )}
      {note && (
        <p class="saaf-opt-note" role="status">
          {note}
        </p>
      )}
      {on && <TestButton id={id} settings={settings} uiLang={uiLang} translate={test} />}
    </li>
  );
}

/** "Test: translate 'Hello'" with this one service only, bypassing the cache. */
function TestButton({
  id,
  settings,
  uiLang,
  translate,
}: {
  id: ServiceId;
  settings: TranslationSettings;
  uiLang: UiLang;
  translate: Props['test'];
}) {
  const [result, setResult] = useState<string | null>(null);
  const test = () => {
    setResult(t(uiLang, 'trSettings.testing'));
    const only = withEnabled({ ...settings, services: settings.services.filter((e) => e.id === id) }, id, true);
    translate(only, 'Hello', 'en', settings.target ?? 'ur').then(
      (r) => setResult(t(uiLang, 'trSettings.testOk', { text: r.text })),
      (err: unknown) => setResult(t(uiLang, `tr.error.${toTranslateError(err).kind}`)),
    );
  };
  return (
    <p class="saaf-opt-test">
      <button type="button" onClick={test}>
        {t(uiLang, 'trSettings.test')}
      </button>{' '}
      {result && <output>{result}</output>}
    </p>
  );
}
