/**
 * What the overlay on a web page gives the reader beyond the article: the page-side tools for
 * fixing what the engine missed. The library's article view gives none, so these controls only
 * appear over a live page. Built by entrypoints/reader-ui from the shell's handoff.
 */
import type { PickerLabels, ReaderResult } from '@/utils/reader-handoff';
import type { RemovalLike } from '@/utils/reader/removed';
import type { DeriveResult } from '@/utils/site-rules/derive';
import type { UserRule } from '@/utils/site-rules/types';

export interface ReaderTools {
  /** Escape is offered here first while the reader is open; the handler returns true when it used it. */
  setEscape: (handler: (() => boolean) | undefined) => void;
  /**
   * Extracts the page again without these rules ("this was part of the story"): the new result.
   * The rules stay off for this page until the reader is closed.
   */
  reextract?: (disabledRules: readonly string[]) => ReaderResult;
  /** Records a general rule's miss (this page's URL, the rule, the text) on this machine. */
  recordMiss?: (removal: RemovalLike) => Promise<void>;
  /** Downloads the recorded misses as a JSON report. */
  exportMisses?: () => Promise<void>;
  /** Deletes one of the reader's rules (`user:<id>`). */
  deleteRule?: (rule: string) => Promise<void>;
  /**
   * Derives a site rule from a removed block: `origin` is its `data-saaf-origin` (its place in the
   * live page), `storyText` the article's text as the reader shows it now.
   */
  deriveRule?: (origin: number, storyText: string) => DeriveResult;
  /** Stores a rule the reader confirmed, for this page's site (rejects when it was not stored). */
  saveRule?: (rule: UserRule) => Promise<void>;
  /** "Select the story": closes the reader to a picker on the page; it reopens on the region chosen. */
  selectStory?: (labels: PickerLabels) => void;
  /** The region rule of the region just chosen on the page (not stored yet): offers "always use this region". */
  pickedRegion?: UserRule;
}
