import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiDir, type UiLang } from '@/utils/i18n';
import { languageName } from '@/utils/i18n/format';
import { missingConfig, moved, withConfig, withEnabled, type ConfigPatch } from '@/utils/translate/settings-edit';
import { TARGET_LANGUAGES, originPattern, serviceBaseUrl, type TranslationSettings as Settings } from '@/utils/translate/settings';
import type { TranslationOptionsService } from '@/utils/translate/options-service';
import type { ServiceId } from '@/utils/translate/types';
import { TranslationServiceRow } from './TranslationServiceRow';

/**
 * The options page's translation section: services on/off and in order, their addresses and keys,
 * a test per service, the target language and the cache. Switching an online service on asks the
 * browser for access to that one host at that moment; without it the service stays off.
 */
export function TranslationSettings({
  uiLang,
  service,
  focus = false,
}: {
  uiLang: UiLang;
  service: TranslationOptionsService;
  /** Scroll to this section and focus it once it is drawn (the page was opened at `#translation`). */
  focus?: boolean;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const section = useRef<HTMLElement>(null);
  const loaded = settings !== null;
  // The section is drawn only after the settings load, too late for the browser's own jump to the hash.
  useEffect(() => {
    if (!focus || !loaded) return;
    section.current?.scrollIntoView?.({ block: 'start' });
    section.current?.focus({ preventScroll: true });
  }, [focus, loaded]);
  const [notes, setNotes] = useState<Partial<Record<ServiceId, string>>>({});
  const [cacheNote, setCacheNote] = useState('');
  // Read ahead of any click: permissions.request must be the first async call in the handler.
  const granted = useRef<string[]>([]);
  // Marks the section `data-ready` once the grants are known (tests wait for it: a click before
  // that would ask the browser for a grant the e2e build already has, and headless cannot answer).
  const [grantsKnown, setGrantsKnown] = useState(false);
  const refreshGranted = () =>
    void service.grantedOrigins().then(
      (g) => {
        granted.current = g;
        setGrantsKnown(true);
      },
      () => undefined,
    );

  // Saves in flight. Echoes of our own writes arrive late and would undo fast typing, so changes
  // from elsewhere (another options tab) are applied only while none is pending.
  const pending = useRef(0);
  // The newest settings, also between a change and the re-render it schedules: a click that
  // follows typing at once must see what was typed (a stale closure would see an empty URL).
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    void service.load().then(setSettings);
    refreshGranted();
    return service.watch((s) => pending.current === 0 && setSettings(s));
  }, [service]);
  if (!settings) return null;
  if (pending.current === 0 || !latest.current) latest.current = settings;

  const save = (next: Settings) => {
    latest.current = next;
    setSettings(next);
    pending.current++;
    void service.save(next).finally(() => pending.current--);
  };
  const note = (id: ServiceId, text: string | null) => setNotes((n) => ({ ...n, [id]: text ?? undefined }));

  const onToggle = (id: ServiceId, on: boolean) => {
    note(id, null);
    const cur = latest.current ?? settings;
    if (!on || id === 'browser') return save(withEnabled(cur, id, on));
    const missing = missingConfig(cur, id);
    const pattern = originPattern(serviceBaseUrl(cur, id));
    if (missing || !pattern) return note(id, t(uiLang, `trSettings.${missing ?? 'needsUrl'}`));
    const host = pattern.replace(/^\w+:\/\/|\/\*$/g, '');
    service.requestHostAccess([pattern], granted.current).then(
      (ok) => {
        refreshGranted();
        if (ok) save(withEnabled(latest.current ?? settings, id, true));
        else note(id, t(uiLang, 'trSettings.denied', { host }));
      },
      () => note(id, t(uiLang, 'trSettings.denied', { host })),
    );
  };
  const onConfig = (edit: ConfigPatch) => {
    const r = withConfig(latest.current ?? settings, edit);
    if (r.switchedOff) note(edit.id, t(uiLang, 'trSettings.changedOff'));
    save(r.settings);
  };

  return (
    <section
      ref={section}
      tabIndex={-1}
      id="translation"
      data-ready={grantsKnown ? 'true' : undefined}
      class="saaf-opt-translation"
      lang={uiLang}
      dir={uiDir(uiLang)}
      aria-labelledby="saaf-opt-tr-h"
    >
      <h2 id="saaf-opt-tr-h">{t(uiLang, 'trSettings.heading')}</h2>
      <p>{t(uiLang, 'trSettings.intro')}</p>
      <h3>{t(uiLang, 'trSettings.order')}</h3>
      <ol class="saaf-opt-services">
        {settings.services.map((e, i) => (
          <TranslationServiceRow
            key={e.id}
            id={e.id}
            test={service.test}
            index={i}
            settings={settings}
            uiLang={uiLang}
            note={notes[e.id] ?? null}
            onToggle={onToggle}
            onMove={(idx, d) => save(moved(settings, idx, d))}
            onConfig={onConfig}
          />
        ))}
      </ol>
      <label class="saaf-opt-field">
        <span>{t(uiLang, 'trSettings.target')}</span>
        <select value={settings.target ?? ''} onChange={(e) => save({ ...settings, target: e.currentTarget.value || null })}>
          <option value="">{t(uiLang, 'trSettings.targetArticle')}</option>
          {TARGET_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageName(l, uiLang)} ({l})
            </option>
          ))}
        </select>
      </label>
      <p>{t(uiLang, 'trSettings.cache')}</p>
      <p>
        <button
          type="button"
          class="saaf-opt-clear"
          onClick={() => void service.clearCache().then(() => setCacheNote(t(uiLang, 'trSettings.cleared')))}
        >
          {t(uiLang, 'trSettings.clearCache')}
        </button>{' '}
        <output>{cacheNote}</output>
      </p>
    </section>
  );
}
