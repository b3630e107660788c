/**
 * Splitting text into sentences for reading aloud and highlighting. Knows Urdu/Arabic sentence
 * marks: full stop U+06D4 (۔), question mark U+061F (؟), plus . ! ? and line breaks. A full stop
 * between two digits or letters ("3.5", "U.S") does not end a sentence.
 */
export interface Span {
  start: number;
  end: number;
}

const END = /[۔؟!?]+|\.(?![\p{L}\p{Nd}])|\n+/gu;

/**
 * Sentence spans of `text`, trimmed so each starts at its first letter or digit and ends after its
 * last letter, digit or closing mark: a highlight over a span covers whole words only.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  const push = (start: number, end: number) => {
    const s = text.slice(start, end);
    const lead = s.search(/[\p{L}\p{Nd}@#"'“‘(«]/u);
    if (lead < 0) return;
    const trail = s.length - (s.match(/\s*$/u)?.[0].length ?? 0);
    spans.push({ start: start + lead, end: start + trail });
  };
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    push(at, end);
    at = end;
  }
  push(at, text.length);
  return spans;
}

/**
 * The whole word(s) around `[start, end)`: widened to word boundaries so a highlight never starts
 * or stops inside a word (which would break cursive joining in Firefox and WebKit).
 */
export function widenToWords(text: string, start: number, end: number): Span {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && /[\p{L}\p{M}\p{Nd}\u200c\u200d]/u.test(text[s - 1]!)) s--;
  while (e < text.length && /[\p{L}\p{M}\p{Nd}\u200c\u200d]/u.test(text[e]!)) e++;
  return { start: s, end: e };
}
