/**
 * Measurements taken inside the page (main world) on the open reader overlay. Each function is
 * serialized into the page, so it only uses its arguments and DOM globals.
 */
import type { Page } from 'puppeteer-core';
import { HOST, inShadow } from './harness';

/** The overlay's visible text (innerText skips what is not rendered) and whether it covers the page. */
export async function overlayText(page: Page): Promise<{ title: string; text: string; covers: boolean; titleOnScreen: boolean }> {
  const covers = await page.evaluate((host) => !!document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.matches(host), HOST);
  const inside = await inShadow(page, (root) => {
    const title = root.querySelector<HTMLElement>('.saaf-title');
    const r = title?.getBoundingClientRect();
    const text = [...root.children]
      .filter((e): e is HTMLElement => e instanceof HTMLElement && e.localName !== 'style')
      .map((e) => e.innerText)
      .join('\n');
    return {
      title: title?.innerText ?? '',
      text,
      titleOnScreen: !!r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
    };
  });
  return { ...inside, covers };
}

/** Language, direction, font and line heights of the article. */
export interface Typography {
  lang: string | null;
  dir: string | null;
  direction: string;
  /** First family of the article's computed font-family, unquoted. */
  firstFamily: string;
  /** A FontFace of that family is in document.fonts with status "loaded" and fonts.check() agrees. */
  fontLoaded: boolean;
  /** Title and body paragraphs outside embeds: computed line-height and font-size in px. */
  lines: { what: string; lineHeight: number; fontSize: number }[];
}

/** Reads the article's typography once `family` has loaded (or after 10 s without it). */
export async function typography(page: Page, family: string, sample: string): Promise<Typography> {
  const fontLoaded = await page
    .waitForFunction(
      (fam, text) =>
        [...document.fonts].some((f) => f.family.replace(/["']/g, '') === fam && f.status === 'loaded') &&
        document.fonts.check(`16px "${fam}"`, text),
      { timeout: 10_000, polling: 100 },
      family,
      sample,
    )
    .then(
      () => true,
      () => false,
    );
  const t = await inShadow(page, (root) => {
    const art = root.querySelector<HTMLElement>('.saaf-article')!;
    const cs = getComputedStyle(art);
    const blocks = [root.querySelector('.saaf-title'), ...root.querySelectorAll('.saaf-body p')].filter(
      (e): e is HTMLElement => e instanceof HTMLElement && !e.closest('.saaf-embed') && e.innerText.trim() !== '',
    );
    return {
      lang: art.getAttribute('lang'),
      dir: art.getAttribute('dir'),
      direction: cs.direction,
      firstFamily: (cs.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, ''),
      lines: blocks.map((e) => {
        const s = getComputedStyle(e);
        // "normal" parses to NaN and fails the comparison: Nastaliq needs an explicit line height.
        return {
          what: `${e.localName}.${e.className}: ${e.innerText.slice(0, 30)}`,
          lineHeight: parseFloat(s.lineHeight),
          fontSize: parseFloat(s.fontSize),
        };
      }),
    };
  });
  return { ...t, fontLoaded };
}

/** How the tweet card holding `text` is laid out. */
export async function tweetLayout(
  page: Page,
  text: string,
): Promise<{ cards: number; found: boolean; direction: string; startsAtLeft: boolean }> {
  return inShadow(
    page,
    (root, want) => {
      const cards = [...root.querySelectorAll<HTMLElement>('.saaf-embed[data-kind="tweet"]')];
      const head = want.slice(0, 40);
      const card = cards.find((c) => c.innerText.replace(/\s+/g, ' ').includes(head));
      // The innermost element that holds the start of the tweet text.
      const holder = card && [...card.querySelectorAll<HTMLElement>('*')].filter((e) => (e.textContent ?? '').includes(head)).pop();
      if (!holder) return { cards: cards.length, found: false, direction: '', startsAtLeft: false };
      const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !(node.textContent ?? '').trim()) node = walker.nextNode();
      const range = document.createRange();
      const offset = (node?.textContent ?? '').search(/\S/);
      if (node) {
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
      }
      const first = range.getBoundingClientRect();
      const box = holder.getBoundingClientRect();
      const s = getComputedStyle(holder);
      const contentLeft = box.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft) + (parseFloat(s.textIndent) || 0);
      return {
        cards: cards.length,
        found: true,
        direction: s.direction,
        startsAtLeft: !!node && Math.abs(first.left - contentLeft) < 6,
      };
    },
    text,
  );
}

/**
 * Chromium only: the platform fonts that drew the text of the first node matching `selector` in
 * the reader (DevTools protocol, CSS.getPlatformFontsForNode; Firefox has no equivalent).
 */
export async function fontsDrawing(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    // Object ids belong to the session that made them: find the node through this one, via the
    // overlay's (closed) shadow root as the DOM domain hands it out.
    const { result: hostObj } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(HOST)})` });
    const { node: hostNode } = await cdp.send('DOM.describeNode', { objectId: hostObj.objectId!, pierce: true, depth: 0 });
    const { object: root } = await cdp.send('DOM.resolveNode', { backendNodeId: hostNode.shadowRoots![0]!.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: root.objectId!,
      functionDeclaration: 'function (sel) { return this.querySelector(sel); }',
      arguments: [{ value: selector }],
    });
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId! });
    const { nodeIds: pushed } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [node.backendNodeId] });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: pushed[0]! });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}
