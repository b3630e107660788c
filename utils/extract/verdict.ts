/**
 * Is what Readability kept an article? Home, section and search pages come out as a few
 * headlines once their teaser lists are cleaned; a short story still reads as sentences.
 */

const SENTENCE_END = /[.!?۔؟।。]["'”»)]*$/u;
const letters = (s: string) => s.replace(/[\s\u200b-\u200f]+/g, '').length;

/**
 * True when `text` has `min` letters, or half of that in at least two paragraphs that end like
 * sentences with little of the text in links (a three-sentence story, not a list of headlines).
 */
export function isArticle(holder: Element, text: string, min: number): boolean {
  const total = letters(text);
  if (total >= min) return true;
  if (total < min / 2) return false;
  const sentences = [...holder.getElementsByTagName('p')].filter((p) => SENTENCE_END.test((p.textContent ?? '').trim()) && letters(p.textContent ?? '') >= 30);
  let linked = 0;
  for (const a of holder.getElementsByTagName('a')) linked += letters(a.textContent ?? '');
  return sentences.length >= 2 && linked / total < 0.3;
}
