import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractOptions } from '../../utils/pipeline';
import type { ExtractResult } from '../../utils/types';

/**
 * Parses page HTML in jsdom (no scripts, no subresources) and runs the extension's pipeline on it.
 * The shared entry of the CLI, the corpus tests and the benchmarks.
 */
export function extractFile(
  html: string,
  url: string | null,
  opts: Pick<ExtractOptions, 'userRules' | 'disabledRules'> = {},
): ExtractResult {
  const dom = parsePage(html, url);
  try {
    return extractArticle(dom.window.document, { url, win: dom.window as unknown as Window, mutate: true, ...opts });
  } finally {
    dom.window.close();
  }
}

export function parsePage(html: string, url: string | null): JSDOM {
  const virtualConsole = new VirtualConsole(); // pages' CSS parse errors are not ours to print
  return new JSDOM(html, { url: url ?? 'about:blank', virtualConsole });
}
