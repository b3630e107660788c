/**
 * Styles of the translation controls, shipped with the component so it stays self-contained in
 * the reader's shadow root. Logical properties only: one sheet for RTL and LTR.
 */
export const TRANSLATE_CSS = `
.saaf-tr { margin-block: 0.5rem 0; font-size: 0.8em; }
.saaf-tr button {
  font: inherit; cursor: pointer; padding: 0.2rem 0.7rem; border-radius: 999px;
  border: 1px solid var(--saaf-rule, #ccc); background: var(--saaf-bg, #fff); color: var(--saaf-fg, #111);
}
.saaf-tr button:hover { background: var(--saaf-card, #eee); }
.saaf-tr-status { color: var(--saaf-muted, #555); margin: 0.3rem 0; }
.saaf-tr-error { border-inline-start: 3px solid #b45309; padding-inline-start: 0.6rem; margin-block: 0.4rem; }
.saaf-tr-error p { margin: 0 0 0.3rem; }
.saaf-tr-choices { color: var(--saaf-muted, #555); }
.saaf-tr-error button + button { margin-inline-start: 0.4rem; }
.saaf-tr-out {
  font-size: 1.25em; white-space: pre-line; margin-block: 0.5rem; padding-inline-start: 0.8rem;
  border-inline-start: 3px solid var(--saaf-rule, #ccc); text-align: start; unicode-bidi: isolate;
}
.saaf-tr-note { color: var(--saaf-muted, #555); margin: 0.2rem 0; }
.saaf-tr-view { display: flex; gap: 0.3rem; flex-wrap: wrap; }
.saaf-tr-view button[aria-pressed='true'] { background: var(--saaf-fg, #111); color: var(--saaf-bg, #fff); }
`;
