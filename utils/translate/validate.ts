/**
 * Catches answers that are technically valid but useless: empty, the input echoed back (what
 * Google's endpoint does when it cannot translate), or the wrong script for the target (Latin
 * text claimed to be Urdu). Such an answer is a 'malformed' error, never shown as a translation.
 */
import { countScripts, primaryLang } from '../text/script';
import { TranslateError } from './errors';

/** Targets whose translations must be mostly in the Arabic script. */
const ARABIC_SCRIPT_TARGETS = new Set(['ar', 'ur', 'fa', 'ps', 'sd', 'ckb', 'ug']);

const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Returns the trimmed translation, or throws TranslateError('malformed'). */
export function checkTranslation(original: string, translated: unknown, target: string): string {
  if (typeof translated !== 'string') throw new TranslateError('malformed', 'no text');
  const out = translated.trim();
  if (!out) throw new TranslateError('malformed', 'empty');
  const primary = primaryLang(target);
  const src = normalize(original);
  // An echo only counts when the input had words to translate ("@user 2023" may legitimately stay).
  if (normalize(out) === src && /\p{L}{3,}/u.test(src)) throw new TranslateError('malformed', 'echo');
  if (ARABIC_SCRIPT_TARGETS.has(primary)) {
    const c = countScripts(out);
    const letters = c.arabic + c.latin + c.hebrew + c.other;
    // Names, handles and URLs may stay Latin, but a translation into Urdu has Urdu words in it.
    if (letters > 0 && c.arabic === 0) throw new TranslateError('malformed', 'wrong script');
  }
  return out;
}
