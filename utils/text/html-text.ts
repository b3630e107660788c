const BLOCK = /^(?:p|div|h[1-6]|li|blockquote|figure|figcaption|pre|table|tr|section|article|ul|ol|dl|dt|dd|br|hr)$/;

/**
 * Plain text of an element as a reader sees it: blocks separated by blank lines, whitespace
 * inside a block collapsed.
 */
export function htmlToText(root: Element): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue;
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).localName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
