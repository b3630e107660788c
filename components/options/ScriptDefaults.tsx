import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { fontStack } from '@/utils/fonts';
import { SCRIPT_KEYS, type FontId, type ReaderPrefs, type ScriptKey } from '@/utils/settings/prefs';
import { PrefsControls } from '../PrefsControls';

/** A line in each script, to see the settings before opening an article. */
const SAMPLES: Record<ScriptKey, { lang: string; dir: 'rtl' | 'ltr'; text: string }> = {
  ur: { lang: 'ur', dir: 'rtl', text: 'پاکستان نے الیکٹرک گاڑیوں اور بیٹریز کے شعبوں میں چین سے مدد طلب کر لی۔' },
  ar: { lang: 'ar', dir: 'rtl', text: 'طلبت باكستان مساعدة الصين في قطاعي السيارات الكهربائية والبطاريات.' },
  fa: { lang: 'fa', dir: 'rtl', text: 'پاکستان در زمینه خودروهای برقی و باتری از چین کمک خواست.' },
  latin: { lang: 'en', dir: 'ltr', text: 'Pakistan has asked China for help with electric vehicles and batteries.' },
};

/** Reader defaults for each script: the same controls as the reader's panel, with a live sample. */
/** Where the per-script reader defaults are read and saved (the options entrypoint passes storage). */
export interface PrefsStore {
  load(script: ScriptKey): Promise<ReaderPrefs>;
  /** Saves and resolves with the repaired value that was stored. */
  save(script: ScriptKey, prefs: ReaderPrefs): Promise<ReaderPrefs>;
}

export function ScriptDefaults({ uiLang, localFonts, store }: { uiLang: UiLang; localFonts: readonly FontId[]; store: PrefsStore }) {
  const [prefs, setPrefs] = useState<Partial<Record<ScriptKey, ReaderPrefs>>>({});
  useEffect(() => {
    void Promise.all(SCRIPT_KEYS.map(async (s) => [s, await store.load(s)] as const)).then((all) => setPrefs(Object.fromEntries(all)));
  }, [store]);
  const change = (script: ScriptKey, p: ReaderPrefs) => {
    setPrefs((old) => ({ ...old, [script]: p }));
    void store.save(script, p).then((clean) => setPrefs((old) => (old[script] === p ? { ...old, [script]: clean } : old)));
  };
  return (
    <section aria-labelledby="defaults-title" id="reader-defaults">
      <h2 id="defaults-title">{t(uiLang, 'defaultsTitle')}</h2>
      {SCRIPT_KEYS.map((script) => {
        const p = prefs[script];
        if (!p) return null;
        const sample = SAMPLES[script];
        return (
          <fieldset class="opt-script" key={script} data-script={script}>
            <legend>{t(uiLang, `script.${script}`)}</legend>
            <PrefsControls
              script={script}
              prefs={p}
              uiLang={uiLang}
              onChange={(np) => change(script, np)}
              localFonts={localFonts}
              idPrefix={`opt-${script}`}
            />
            <p
              class="opt-sample"
              lang={sample.lang}
              dir={sample.dir}
              style={{ fontFamily: fontStack(p.font), fontSize: `${p.fontSize}px`, lineHeight: String(p.lineHeight), textAlign: p.align }}
            >
              {sample.text}
            </p>
          </fieldset>
        );
      })}
    </section>
  );
}
