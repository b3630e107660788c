/**
 * Choosing a speech voice for an article. A voice is offered only when its language is the
 * article's language: Chrome and Windows ship no Urdu voice, and a Hindi voice cannot read Urdu
 * script (it reads nothing, or letter names), so Urdu without an Urdu voice gets NO voice and the
 * reader says so plainly.
 */

/** The parts of `SpeechSynthesisVoice` the choice needs (tests pass plain objects). */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

function parts(tag: string): [string, string] {
  const [lang = '', region = ''] = tag.replace(/_/g, '-').toLowerCase().split('-');
  return [lang, region];
}

/**
 * The best voice for `articleLang`, or null. Same primary language required; then a matching
 * region (ur-PK for ur-PK), then an on-device voice (nothing leaves the machine), then the
 * system default.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], articleLang: string): V | null {
  const [lang, region] = parts(articleLang);
  if (!lang) return null;
  let best: V | null = null;
  let bestScore = -1;
  for (const v of voices) {
    const [vLang, vRegion] = parts(v.lang);
    if (vLang !== lang) continue;
    const score = (region && vRegion === region ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [v, score];
  }
  return best;
}
