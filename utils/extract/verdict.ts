/**
 * Is what Readability kept an article? Home, section and search pages come out as a few
 * headlines once their teaser lists are cleaned; a short story still reads as sentences.
 */
import type { PageClaims } from './page-claims';
import { countTeasers, letters, normalizeTeaserText } from './teasers';
import { allElements } from '../text/walk';

const SENTENCE_END = /[.!?۔؟।。]["'”»)]*$/u;

/**
 * True when `text` has `min` letters, or half of that in at least two paragraphs that end like
 * sentences with little of the text in links (a three-sentence story, not a list of headlines).
 */
export function isArticle(holder: Element, text: string, min: number): boolean {
  const total = letters(text);
  if (total >= min) return true;
  if (total < min / 2) return false;
  const sentences = [...holder.getElementsByTagName('p')].filter(
    (p) => SENTENCE_END.test((p.textContent ?? '').trim()) && letters(p.textContent ?? '') >= 30,
  );
  let linked = 0;
  for (const a of holder.getElementsByTagName('a')) linked += letters(a.textContent ?? '');
  return sentences.length >= 2 && linked / total < 0.3;
}

/** What the verdict decided: an article, too little text, or a page of many stories. */
export type Verdict = 'article' | 'too-short' | 'not-a-story';

export interface VerdictFacts {
  claims: Pick<PageClaims, 'claim' | 'strong' | 'profile'>;
  teasers: number;
  /** The longest run of prose blocks with no headline link between them. */
  longestRun: number;
  proseBlocks: number;
}

const PROSE = /^(?:P|LI|BLOCKQUOTE|DD|PRE)$/;
const HAS_BLOCK_CHILD = /^(?:P|DIV|UL|OL|LI|H[1-6]|TABLE|SECTION|ARTICLE|BLOCKQUOTE|FIGURE)$/;

/** The excerpt that holds `text` as a part of it, if any. */
function partOf(excerpts: Set<string>, text: string): string | null {
  for (const e of excerpts) if (e.length > text.length && e.includes(text)) return e;
  return null;
}

/**
 * The text of a story runs in consecutive paragraphs; a listing alternates a headline link with a
 * one-paragraph excerpt. Walks `holder` in document order: a headline link ends a run, a block of
 * 40+ letters without one extends it.
 */
export function proseRuns(
  holder: Element,
  headlines: Set<Element>,
  excerpts: Set<string> = new Set(),
): { longestRun: number; proseBlocks: number; excerptsKept: number } {
  let run = 0;
  let longestRun = 0;
  let proseBlocks = 0;
  let excerptsKept = 0;
  let insideProse: Element | null = null;
  const parts = new Set<string>();
  for (const el of allElements(holder)) {
    if (insideProse && !insideProse.contains(el)) insideProse = null;
    if (headlines.has(el)) {
      run = 0;
      continue;
    }
    if (insideProse) continue;
    const isProse = PROSE.test(el.tagName) || (el.tagName === 'DIV' && ![...el.children].some((c) => HAS_BLOCK_CHILD.test(c.tagName)));
    if (!isProse) continue;
    insideProse = el;
    if (letters(el.textContent ?? '') < 40 || [...headlines].some((h) => el.contains(h))) continue;
    // A teaser's excerpt whose headline was cleaned away stands for its teaser; so does a part of
    // one (Readability cuts an excerpt at its `<br><br>` into paragraphs: Weebly's blog index),
    // counted once for its excerpt.
    if (excerpts.size) {
      const t = normalizeTeaserText(el.textContent ?? '');
      const whole = excerpts.has(t);
      const part = whole ? null : partOf(excerpts, t);
      if (whole || part) {
        if (whole || !parts.has(part!)) excerptsKept++;
        if (part) parts.add(part);
        run = 0;
        continue;
      }
    }
    proseBlocks++;
    longestRun = Math.max(longestRun, ++run);
  }
  return { longestRun, proseBlocks, excerptsKept };
}

/**
 * Is the page one story? `isArticle` decides whether there is enough story text; then what the page
 * says about itself (page-claims.ts) is weighed against the teasers in what Readability kept:
 * - a page that claims to be a listing (JSON-LD CollectionPage/ItemList/SearchResultsPage, a home,
 *   search, tag or category URL) is one when 3+ teasers are kept and no run of 4 paragraphs is;
 * - a page that claims nothing strongly is one when 6+ teasers alternate with their excerpts
 *   (no run of 3 paragraphs, at most two prose blocks a teaser);
 * - a page that claims to be a story in JSON-LD, on a story URL, is never refused for its teasers;
 * - a page that says it is a person's page (og:type profile, JSON-LD ProfilePage) is refused.
 * `excerpts` (teasers.ts `teaserExcerpts` of the page before cleaning) lets a kept excerpt whose
 * headline link was cleaned away count as its teaser; a function is called only if they matter.
 */
export function judgePage(
  holder: Element,
  text: string,
  min: number,
  claims: PageClaims,
  base: string | null,
  excerpts: Set<string> | (() => Set<string>) = new Set(),
): { verdict: Verdict; facts: VerdictFacts } {
  const article = isArticle(holder, text, min);
  const strongStory = claims.claim === 'story' && claims.strong;
  // Given as a function, the excerpts are read only when they can change the verdict (reading
  // them walks the whole page); the facts of a verdict decided without them count none.
  const kept = typeof excerpts !== 'function' ? excerpts : article && !strongStory ? excerpts() : new Set<string>();
  const { teasers: linked, headlines } = countTeasers(holder, base, claims.claim === 'listing' && claims.strong, claims.linkBase ?? base);
  const { longestRun, proseBlocks, excerptsKept } = proseRuns(holder, headlines, kept);
  const teasers = Math.max(linked, excerptsKept);
  const facts: VerdictFacts = {
    claims: { claim: claims.claim, strong: claims.strong, profile: claims.profile },
    teasers,
    longestRun,
    proseBlocks,
  };
  // An author page: what cleaning leaves of it is the biography, never one story.
  if (claims.profile) return { verdict: 'not-a-story', facts };
  const listing = claims.claim === 'listing';
  if (!article) return { verdict: listing ? 'not-a-story' : 'too-short', facts };
  if (strongStory) return { verdict: 'article', facts };
  const refuse =
    (listing && claims.strong && teasers >= 3 && longestRun <= 3) ||
    (listing && teasers >= 4 && longestRun <= 2) ||
    (teasers >= 6 && longestRun <= 2 && proseBlocks <= 2 * teasers);
  return { verdict: refuse ? 'not-a-story' : 'article', facts };
}
