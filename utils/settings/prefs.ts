/**
 * Reader preferences, kept PER SCRIPT: an Urdu reader wants Nastaliq at 2.2 line height, the same
 * person reading English wants a Latin serif at 1.6. Pure data and validation only; storage glue
 * lives in `storage.ts`.
 */
import { primaryLang } from '../text/script';

/** The script groups that get their own settings. */
export type ScriptKey = 'ur' | 'ar' | 'fa' | 'latin';
export const SCRIPT_KEYS: readonly ScriptKey[] = ['ur', 'ar', 'fa', 'latin'];

/** Font choices (stacks in `utils/fonts.ts`). `jameel` is offered only when installed locally. */
export type FontId = 'nastaliq' | 'jameel' | 'naskh' | 'vazirmatn' | 'serif' | 'sans';
export type Align = 'start' | 'justify';

export interface ReaderPrefs {
  font: FontId;
  /** CSS px (the shadow root resets `rem`-sized page styles, so px are independent of the page). */
  fontSize: number;
  /** Unitless line-height. */
  lineHeight: number;
  /** Max width of the text column in CSS px. */
  width: number;
  align: Align;
  images: boolean;
}

/**
 * Fonts offered per script, default first. Every choice for an Arabic-script language draws Latin
 * words and digits with the same family as the Arabic (its bundled latin subset): the system sans
 * is not offered there, because system-ui draws the Latin in one face and leaves the Arabic to
 * another (Noto Sans beside Vazirmatn, measured in Chromium); Vazirmatn is the sans choice.
 */
export const FONT_CHOICES: Readonly<Record<ScriptKey, readonly FontId[]>> = {
  ur: ['nastaliq', 'naskh', 'jameel'],
  ar: ['naskh', 'vazirmatn'],
  fa: ['vazirmatn', 'naskh'],
  latin: ['serif', 'sans'],
};

export const LIMITS = {
  fontSize: { min: 14, max: 40, step: 2 },
  lineHeight: { min: 1.3, max: 3, step: 0.1 },
  width: { min: 480, max: 1040, step: 80 },
} as const;

/**
 * Nastaliq's glyphs reach +1808/-1382 units per 1000 (noto-fonts issue 198): below 2.0 lines
 * collide or clip, so no setting may go lower for a Nastaliq face.
 */
export function minLineHeight(font: FontId): number {
  return font === 'nastaliq' || font === 'jameel' ? 2 : font === 'naskh' ? 1.5 : LIMITS.lineHeight.min;
}

export const DEFAULT_PREFS: Readonly<Record<ScriptKey, Readonly<ReaderPrefs>>> = {
  ur: { font: 'nastaliq', fontSize: 22, lineHeight: 2.2, width: 720, align: 'start', images: true },
  ar: { font: 'naskh', fontSize: 22, lineHeight: 1.8, width: 720, align: 'start', images: true },
  fa: { font: 'vazirmatn', fontSize: 20, lineHeight: 1.9, width: 720, align: 'start', images: true },
  latin: { font: 'serif', fontSize: 20, lineHeight: 1.6, width: 720, align: 'start', images: true },
};

/** Which settings an article uses, from its language: Pashto and Sindhi read in Naskh like Arabic. */
export function scriptKeyFor(lang: string): ScriptKey {
  switch (primaryLang(lang || 'en')) {
    case 'ur':
      return 'ur';
    case 'fa':
      return 'fa';
    case 'ar':
    case 'ps':
    case 'sd':
    case 'ckb':
    case 'ku':
    case 'ug':
    case 'ks':
    case 'pnb':
    case 'skr':
    case 'bal':
      return 'ar';
    default:
      return 'latin';
  }
}

function clampStep(n: number, min: number, max: number, step: number): number {
  const stepped = Math.round((n - min) / step) * step + min;
  return Math.round(Math.min(max, Math.max(min, stepped)) * 100) / 100;
}

/**
 * Repairs a stored record (storage is a trust boundary: a record may come from an older or newer
 * build, a backup or a hand edit). Unknown fields are dropped, missing or invalid ones take the
 * script's default, numbers are clamped to the limits and Nastaliq's minimum line height.
 */
export function coercePrefs(raw: unknown, script: ScriptKey): ReaderPrefs {
  const d = DEFAULT_PREFS[script];
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const font = FONT_CHOICES[script].includes(r.font as FontId) ? (r.font as FontId) : d.font;
  const lh = LIMITS.lineHeight;
  return {
    font,
    fontSize: clampStep(num(r.fontSize, d.fontSize), LIMITS.fontSize.min, LIMITS.fontSize.max, LIMITS.fontSize.step),
    lineHeight: Math.max(minLineHeight(font), clampStep(num(r.lineHeight, d.lineHeight), lh.min, lh.max, lh.step)),
    width: clampStep(num(r.width, d.width), LIMITS.width.min, LIMITS.width.max, LIMITS.width.step),
    align: r.align === 'justify' ? 'justify' : 'start',
    images: typeof r.images === 'boolean' ? r.images : d.images,
  };
}

/** One step bigger or smaller (the +/- keys and the A−/A+ buttons). */
export function stepFontSize(prefs: ReaderPrefs, dir: 1 | -1, script: ScriptKey): ReaderPrefs {
  return coercePrefs({ ...prefs, fontSize: prefs.fontSize + dir * LIMITS.fontSize.step }, script);
}
