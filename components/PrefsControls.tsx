import type { JSX } from 'preact';
import { t, type StringKey, type UiLang } from '@/utils/i18n';
import { FONT_CHOICES, LIMITS, minLineHeight, type FontId, type ReaderPrefs, type ScriptKey } from '@/utils/settings/prefs';
import { THEMES, type Theme } from '@/utils/settings/themes';

interface Props {
  script: ScriptKey;
  prefs: ReaderPrefs;
  uiLang: UiLang;
  onChange: (prefs: ReaderPrefs) => void;
  /** Installed local fonts that loaded (Jameel is offered only then). */
  localFonts: readonly FontId[];
  /** Makes ids unique when several sets of controls share a page (the options page). */
  idPrefix: string;
}

/**
 * The typography controls, shared by the reader's settings panel and the options page. Native
 * form controls (keyboard and screen-reader support for free), each with a visible label and a
 * stable `data-control` hook for the end-to-end tests.
 */
export function PrefsControls({ script, prefs, uiLang, onChange, localFonts, idPrefix }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = <K extends keyof ReaderPrefs>(key: K, value: ReaderPrefs[K]) => onChange({ ...prefs, [key]: value });
  const fonts = FONT_CHOICES[script].filter((f) => f !== 'jameel' || localFonts.includes('jameel') || prefs.font === 'jameel');
  const num = (e: JSX.TargetedEvent<HTMLInputElement>) => Number(e.currentTarget.value);
  return (
    <div class="saaf-controls">
      <div class="saaf-field">
        <label for={id('font')}>{t(uiLang, 'font')}</label>
        <select id={id('font')} data-control="font" value={prefs.font} onChange={(e) => set('font', e.currentTarget.value as FontId)}>
          {fonts.map((f) => (
            <option value={f} key={f}>
              {t(uiLang, `font.${f}` as StringKey)}
            </option>
          ))}
        </select>
      </div>
      <Range
        id={id('size')}
        control="fontSize"
        label={t(uiLang, 'fontSize')}
        value={prefs.fontSize}
        unit="px"
        {...LIMITS.fontSize}
        onInput={(e) => set('fontSize', num(e))}
      />
      <Range
        id={id('line-height')}
        control="lineHeight"
        label={t(uiLang, 'lineHeight')}
        value={prefs.lineHeight}
        {...LIMITS.lineHeight}
        min={minLineHeight(prefs.font)}
        onInput={(e) => set('lineHeight', num(e))}
      />
      <Range
        id={id('width')}
        control="width"
        label={t(uiLang, 'width')}
        value={prefs.width}
        unit="px"
        {...LIMITS.width}
        onInput={(e) => set('width', num(e))}
      />
      <fieldset class="saaf-field saaf-choice">
        <legend>{t(uiLang, 'align')}</legend>
        {(['start', 'justify'] as const).map((a) => (
          <label key={a}>
            <input
              type="radio"
              name={id('align')}
              data-control={`align-${a}`}
              value={a}
              checked={prefs.align === a}
              onChange={() => set('align', a)}
            />
            {t(uiLang, `align.${a}`)}
          </label>
        ))}
      </fieldset>
      <div class="saaf-field saaf-check">
        <input
          id={id('images')}
          type="checkbox"
          data-control="images"
          checked={prefs.images}
          onChange={(e) => set('images', e.currentTarget.checked)}
        />
        <label for={id('images')}>{t(uiLang, 'images')}</label>
      </div>
    </div>
  );
}

interface RangeProps {
  id: string;
  control: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  unit?: string;
  onInput: (e: JSX.TargetedEvent<HTMLInputElement>) => void;
}

function Range({ id, control, label, value, min, max, step, unit, onInput }: RangeProps) {
  return (
    <div class="saaf-field">
      <label for={id}>{label}</label>
      <input id={id} type="range" data-control={control} min={min} max={max} step={step} value={value} onInput={onInput} />
      <output for={id} dir="ltr">
        {value}
        {unit ?? ''}
      </output>
    </div>
  );
}

/** Theme choice (one setting for all scripts) as a radio group. */
export function ThemeControl({
  theme,
  uiLang,
  onChange,
  idPrefix,
}: {
  theme: Theme;
  uiLang: UiLang;
  onChange: (t: Theme) => void;
  idPrefix: string;
}) {
  return (
    <fieldset class="saaf-field saaf-choice">
      <legend>{t(uiLang, 'theme')}</legend>
      {THEMES.map((th) => (
        <label key={th}>
          <input
            type="radio"
            name={`${idPrefix}-theme`}
            data-control={`theme-${th}`}
            value={th}
            checked={theme === th}
            onChange={() => onChange(th)}
          />
          {t(uiLang, `theme.${th}`)}
        </label>
      ))}
    </fieldset>
  );
}
