/**
 * Reading speed, words per minute, kept in one place with its source.
 *
 * English: 238 wpm for silent reading of non-fiction (Brysbaert 2019, "How many words do we read
 * per minute?", J. Memory and Language 109). Arabic: 138 wpm (Trauzettel-Klosinski et al. 2012,
 * IReST, Invest. Ophthalmol. Vis. Sci. 53(9)). No published rate exists for Urdu or Persian; they
 * share the Arabic script's dense, mostly unvowelled words, so the Arabic rate stands in.
 */
const WPM: Record<string, number> = { en: 238, ar: 138, ur: 138, fa: 138, ps: 138, sd: 138 };

/** Minutes to read `text` in `lang` (at least 1). */
export function readingMinutes(text: string, lang: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  const wpm = WPM[lang.split('-')[0]!.toLowerCase()] ?? 200;
  return Math.max(1, Math.round(words / wpm));
}
