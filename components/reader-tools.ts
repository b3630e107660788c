/**
 * What the overlay on a web page gives the reader beyond the article: the page-side tools for
 * fixing what the engine missed. The library's article view gives none, so these controls only
 * appear over a live page. Built by entrypoints/reader-ui.content from the shell's handoff.
 */
export interface ReaderTools {
  /** Escape is offered here first while the reader is open; the handler returns true when it used it. */
  setEscape: (handler: (() => boolean) | undefined) => void;
}
