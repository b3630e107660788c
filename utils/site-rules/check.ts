/**
 * "Test on the open tab" and the import check: what a stored or imported rule would do on a live
 * page, with the same matcher the pipeline uses (`ruleMatches`). Reads the page, never changes it.
 */
import { TextIndex } from '../clean/dom';
import { WS, textOf } from '../clean/element-text';
import { ruleMatches } from './match';
import type { UserRule } from './types';

export interface RuleCheck {
  id: string;
  /** How many blocks the rule matches on the page (a region rule: 1 when its region is there). */
  matches: number;
  /**
   * Would it remove story text (see `touchesStory`)? False when the page has no story to test by.
   */
  story: boolean;
}

/** A story paragraph: this many letters at least (headlines and labels are shorter). */
const PARAGRAPH_MIN = 80;
/** Share of the story's letters past which a rule eats the story, whatever its paragraphs. */
const STORY_SHARE = 1 / 3;

/**
 * The engine's story on a page still holds what it missed (that is why the reader made a rule),
 * so a rule's own block is in it: one paragraph is not evidence. A rule touches the story when
 * what it removes holds two or more of the story's paragraphs, or a third of its letters.
 * Paragraphs of the rule's example (the text it was made from, which the reader called clutter)
 * never count.
 */
function touchesStory(texts: readonly string[], paragraphs: readonly string[], storyLen: number, example: string): boolean {
  let hit = 0;
  let letters = 0;
  for (const p of paragraphs) {
    if (example.includes(p) || !texts.some((t) => t.includes(p))) continue;
    hit++;
    letters += p.length;
  }
  return hit >= 2 || letters > storyLen * STORY_SHARE;
}

/** What each rule would do on `page`, whose story (as the engine finds it without the reader's rules) is `storyText`. */
export function checkRules(page: Document, rules: readonly UserRule[], storyText: string): RuleCheck[] {
  const body = page.body;
  if (!body) return rules.map((r) => ({ id: r.id, matches: 0, story: false }));
  const index = new TextIndex(body);
  const paragraphs = storyText
    .split(/\n+/)
    .map((p) => p.replace(WS, ' ').trim())
    .filter((p) => p.length >= PARAGRAPH_MIN);
  const storyLen = paragraphs.reduce((n, p) => n + p.length, 0);
  return rules.map((rule) => {
    const found = ruleMatches(rule, body, index);
    const example = rule.example.replace(WS, ' ');
    if (rule.kind !== 'region') {
      return {
        id: rule.id,
        matches: found.length,
        story: touchesStory(
          found.map((el) => textOf(el)),
          paragraphs,
          storyLen,
          example,
        ),
      };
    }
    // A region keeps what is inside it: it eats the story when the story lies outside it.
    if (!found[0]) return { id: rule.id, matches: 0, story: false };
    const inside = textOf(found[0]);
    const outside = paragraphs.filter((p) => !inside.includes(p));
    return { id: rule.id, matches: 1, story: touchesStory(outside, outside, storyLen, example) };
  });
}
