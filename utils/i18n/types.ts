/** The languages Saaf's own UI is written in. */
export type UiLang = 'ur' | 'en';

export const UI_LANGS: readonly UiLang[] = ['en', 'ur'];

/**
 * A message that depends on a count: one text per plural category of the language
 * (`Intl.PluralRules`: English and Urdu have `one` and `other`). `other` is always there.
 */
export type PluralMessage = Readonly<Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & { other: string }>;

/** One UI text: plain, or plural forms. `{name}` placeholders are filled by `t()`. */
export type Message = string | PluralMessage;

/** A feature's table in one language. */
export type Messages = Readonly<Record<string, Message>>;
