/**
 * The annotation matching rule of ../shared/corpus/README.md: collapse whitespace, drop
 * U+200C-U+200F, then substring search in title + text.
 */
export function normalizeForMatch(s: string): string {
  return s
    .replace(/[\u200c-\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Annotation {
  url?: string;
  lang?: string;
  dir?: string;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  mustInclude?: string[];
  mustExclude?: string[];
  embeds?: { kind: string; lang?: string; textStartsWith?: string; author?: string; handle?: string; url?: string }[];
}

/** Fragments of `mustInclude` missing from, and of `mustExclude` present in, title + text. */
export function checkFragments(a: Annotation, title: string, text: string): { missing: string[]; leaked: string[] } {
  const hay = normalizeForMatch(`${title}\n${text}`);
  return {
    missing: (a.mustInclude ?? []).filter((f) => !hay.includes(normalizeForMatch(f))),
    leaked: (a.mustExclude ?? []).filter((f) => hay.includes(normalizeForMatch(f))),
  };
}
