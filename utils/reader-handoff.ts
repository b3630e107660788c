/**
 * The reader is injected in two steps (entrypoints/background/open-reader.ts): first the
 * extraction and the overlay's shell (entrypoints/reader-shell), then, only when this page has not
 * loaded it yet, the reader UI (entrypoints/reader-ui). Both run in the extension's
 * isolated world of the page and meet here, on one global slot: the shell leaves the extracted
 * article, the UI registers its renderer.
 */
import type { ExtractResult } from './types';
import type { UserRule } from './site-rules/types';
import type { DateCandidates } from './extract/metadata';

/** What the shell extracted: an article, why there is none, or the error that stopped it. */
export type ReaderResult = ExtractResult | { ok: false; reason: 'error'; error: string; lang: string; dir: 'ltr' | 'rtl'; title: string };

/**
 * What the shell hands over: a result whose article's published date the UI parses (`withPublished`
 * in utils/extract/dates.ts) from what the page says of it (`dates`): the shell shows no date.
 */
export type ShellResult = ReaderResult & { dates?: DateCandidates };

/** An open overlay, handed from the shell to the UI. */
export interface OverlayHandoff {
  /** Inside the overlay's shadow root; the UI renders here. */
  mount: HTMLElement;
  shadow: ShadowRoot;
  /**
   * What the shell extracted; a promise while a very large page is still being read in slices.
   * The UI finishes it (`withPublished`) before reading it.
   */
  result: ShellResult | Promise<ShellResult>;
  /** Settings reads the shell started before extracting (opaque here: the UI knows their shape). */
  early: unknown;
  /** Sanitizes article HTML into a fragment (the shell's sanitizer: the UI step carries none). */
  toFragment: (html: string) => DocumentFragment;
  /** Extracts the page again with these rules turned off ("this was part of the story"). */
  reextract?: (disabledRules: readonly string[]) => ShellResult;
  /** Closes the overlay (Escape, the close button, the toolbar button again). */
  close: () => void;
  closed: boolean;
  /** Set by the UI: what closing must also undo (its rendered tree, its settings watchers). */
  onClose?: () => void;
  /** The site's own rules the extraction applied (enabled or not; the pipeline picks). */
  userRules: readonly UserRule[];
  /**
   * Set by the UI: asked first when Escape is pressed; returning true means the UI used it (it left
   * remove mode, closed a panel) and the reader stays open.
   */
  onEscape?: () => boolean;
  /**
   * Opens the reader again over the page (after "Select the story", whose picker is the UI's), on
   * the region chosen (then `picked` holds its rule, not stored yet), or as it was without one.
   */
  reopen: (picked?: UserRule) => void;
  /** The `region` rule of the region the reader just chose on the page, for "always use this region". */
  picked?: UserRule;
}

/** What the page picker says, in the reader's UI language (the shell carries no string tables). */
export interface PickerLabels {
  /** What to do: point and click, the keys, Esc. */
  hint: string;
  /** The picker's close button. */
  close: string;
  /** Said when the region chosen cannot be named for next time (the picker stays). */
  unusable: string;
  lang: string;
  dir: 'rtl' | 'ltr';
}

/** The UI's entry: renders an open overlay. */
export type ReaderUi = (overlay: OverlayHandoff) => void;

interface Slot {
  pending?: OverlayHandoff;
  ui?: ReaderUi;
  /** Set by the UI while its page picker ("Select the story") is on: ends it (the reader opening again does). */
  stopPicker?: () => void;
  /** The shell's toggle, set when it first runs in the page: later opens call it instead of re-injecting the shell. */
  toggle?: () => ShellOutcome;
  /**
   * The site's own rules, left by the background just before each open or save (untrusted shape
   * until the shell validates it).
   */
  userRules?: unknown;
  /**
   * The rules the options page asks about ("test on the open tab", an import), left just before
   * the check script runs (untrusted shape until it validates it).
   */
  ruleCheck?: unknown;
}

/** The global the slot lives on (the background's `toggleIfLoaded` names it too: it cannot import). */
export const SLOT_KEY = '__saafReaderSlot';
const KEY = SLOT_KEY;

/** The slot both steps share (created on first use). */
export function readerSlot(scope: object = globalThis): Slot {
  const g = scope as Record<string, Slot | undefined>;
  return (g[KEY] ??= {});
}

/** What the shell's step tells the background: whether the UI step must be injected next. */
export type ShellOutcome = 'closed' | 'shown' | 'needs-ui';
