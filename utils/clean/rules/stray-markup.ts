import type { CleanRule } from '../types';

/** Text that is markup left over from broken HTML: a lone "-->" or "<!--", "]]>", "//-->". */
const STRAY = /^\s*(?:\/\/\s*)?(?:-->|<!--|\]\]>|<!\[CDATA\[)\s*$/;

/**
 * Markup left as text by broken comments or CDATA sections (aryanews.com leaves a "-->" after the
 * last paragraph). Only text nodes that are nothing else are touched.
 */
export const strayMarkup: CleanRule = {
  id: 'stray-markup',
  description: 'Removes text nodes that are leftover comment or CDATA markers',
  phase: 'post',
  run(root) {
    const removed = [];
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
    const hits: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (STRAY.test(n.nodeValue ?? '')) hits.push(n as Text);
    for (const t of hits) {
      removed.push({ rule: this.id, text: (t.nodeValue ?? '').trim() });
      t.remove();
    }
    return removed;
  },
};
