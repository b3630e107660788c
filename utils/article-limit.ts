/**
 * The one size limit on an article, in characters of its HTML (and of its text): the pipeline
 * refuses a bigger article with `too-large` (so the reader never shows what cannot be saved), and
 * validation refuses it at the library's door. Articles travel as JSON in extension messages, which
 * Chromium caps at 64 MiB: 8 million characters of HTML plus at most as many of text, at up to
 * 3 bytes each in UTF-8, stay under it.
 */
export const MAX_ARTICLE_CHARS = 8_000_000;
