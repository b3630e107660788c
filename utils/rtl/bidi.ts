/**
 * The bidi pass over the reader's sanitized fragment, for RTL articles:
 *  - blocks that are mostly Latin (an English quote, a pasted tweet) get `dir="auto"`, so they lay
 *    out LTR inside the RTL flow. `auto` takes the FIRST strong character, which is why it is
 *    used only on mostly-Latin blocks: an Urdu paragraph that starts with "PTI" must stay RTL;
 *  - inside the remaining RTL blocks, English runs, URLs, @handles and separated numbers are
 *    wrapped in `<bdi>`, so "Tesla, BYD" keeps its order and punctuation stays on the right side.
 * It only creates `bdi` elements, text nodes and `dir` attributes through the DOM (no HTML is
 * parsed), all inside the sanitizer's allow-list, so the fragment stays sanitized.
 */
import { findLtrRuns, latinShare } from './runs';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, caption, summary';
/** Content that is already isolated or must not be touched. */
const SKIP = 'bdi, bdo, code, pre, kbd, samp, [dir], [data-saaf-embed]';
/** A block counts as "mostly Latin" above this share of its letters (and with a few of them). */
export const MOSTLY_LATIN = 0.6;

export interface BidiStats {
  autoBlocks: number;
  isolated: number;
}

/**
 * Runs the pass over `root` (an element or fragment) of an article whose direction is `dir`.
 * LTR articles are left alone. Returns counts for tests and the benchmark.
 */
export function applyBidi(root: ParentNode & Node, dir: 'ltr' | 'rtl'): BidiStats {
  const stats: BidiStats = { autoBlocks: 0, isolated: 0 };
  if (dir !== 'rtl') return stats;
  const doc = root.ownerDocument ?? (root as Document);
  for (const block of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (block.closest(SKIP) || block.parentElement?.closest('[dir="auto"]')) continue;
    const text = block.textContent ?? '';
    if (latinShare(text) >= MOSTLY_LATIN && /\p{L}.*\p{L}.*\p{L}/su.test(text)) {
      block.setAttribute('dir', 'auto');
      stats.autoBlocks++;
    }
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const todo: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest(`${SKIP}, [dir="auto"]`)) continue;
    if (/[\p{Script=Latin}\p{Nd}]/u.test(n.nodeValue ?? '')) todo.push(n as Text);
  }
  for (const node of todo) stats.isolated += isolateRuns(node, doc);
  return stats;
}

/** Wraps each LTR run of one text node in `<bdi>`; returns how many. */
function isolateRuns(node: Text, doc: Document): number {
  const text = node.nodeValue ?? '';
  const runs = findLtrRuns(text);
  if (runs.length === 0) return 0;
  const out: Node[] = [];
  let at = 0;
  for (const r of runs) {
    if (r.start > at) out.push(doc.createTextNode(text.slice(at, r.start)));
    const bdi = doc.createElement('bdi');
    bdi.textContent = text.slice(r.start, r.end);
    out.push(bdi);
    at = r.end;
  }
  if (at < text.length) out.push(doc.createTextNode(text.slice(at)));
  node.replaceWith(...out);
  return runs.length;
}
