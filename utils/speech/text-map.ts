/**
 * The text of the reader's article as one string, with a map back to its DOM text nodes, so a
 * sentence span found in the string can be turned into a DOM Range for highlighting.
 */
import type { Span } from './sentences';

export interface TextMap {
  text: string;
  /** Text nodes with the offset of their first character in `text`, in document order. */
  nodes: { node: Text; start: number }[];
}

const BLOCK = /^(P|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|TD|TH|DD|DT|DIV|SECTION|HEADER|FIGURE|ARTICLE)$/;

/**
 * Builds the map over `roots` (the title, then the body). Text inside `skip` is left out
 * (embedded English posts and mostly-English blocks are not read with an Urdu voice).
 * Block boundaries become "\n" so sentences never run across paragraphs.
 */
export function buildTextMap(roots: readonly Element[], skip: string): TextMap {
  const map: TextMap = { text: '', nodes: [] };
  let lastBlock: Element | null = null;
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || (skip && parent.closest(skip))) continue;
      let block: Element | null = parent;
      while (block && block !== root && !BLOCK.test(block.nodeName)) block = block.parentElement;
      if (block !== lastBlock && map.text) map.text += '\n';
      lastBlock = block;
      map.nodes.push({ node: n as Text, start: map.text.length });
      map.text += n.nodeValue ?? '';
    }
  }
  return map;
}

function locate(map: TextMap, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  let found: { node: Text; start: number } | undefined;
  for (const entry of map.nodes) {
    const len = entry.node.nodeValue?.length ?? 0;
    const inside = preferNext ? offset >= entry.start && offset < entry.start + len : offset > entry.start && offset <= entry.start + len;
    if (inside) {
      found = entry;
      break;
    }
  }
  return found ? { node: found.node, offset: offset - found.start } : null;
}

/** A DOM Range covering `span` of the map's text, or null if it falls outside mapped text. */
export function rangeFor(map: TextMap, span: Span): Range | null {
  const a = locate(map, span.start, true);
  const b = locate(map, span.end, false);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
