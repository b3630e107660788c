import type { Page } from 'puppeteer-core';
import { clickInShadow, inShadow } from './harness';

/** A small English article (generated, not a copied page) for the per-script checks. */
export const ENGLISH_STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pakistan asks China for EV help</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Pakistan asks China for EV help</h1>
${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: Pakistan has asked China for help with electric vehicles, batteries and the telecom sector, the caretaker minister said after a meeting in Islamabad on Wednesday.</p>`).join('\n')}
</article></main></body></html>`;

/** The computed styles the controls change, read from the live reader. */
export interface ReaderStyle {
  fontFamily: string;
  fontSize: number;
  lineHeightRatio: number;
  maxWidth: number;
  textAlign: string;
  background: string;
  imagesShown: number;
  toolbarSide: 'left' | 'right';
}

export function readerStyle(page: Page): Promise<ReaderStyle> {
  return inShadow(page, (root) => {
    const a = root.querySelector('.saaf-article') as HTMLElement;
    const cs = getComputedStyle(a);
    const size = parseFloat(cs.fontSize);
    const bodyP = root.querySelector('.saaf-body p') ?? a;
    const bar = root.querySelector('.saaf-toolbar') as HTMLElement;
    const first = bar.firstElementChild as HTMLElement;
    const barBox = bar.getBoundingClientRect();
    const firstBox = first.getBoundingClientRect();
    return {
      fontFamily: cs.fontFamily,
      fontSize: size,
      lineHeightRatio:
        Math.round((parseFloat(getComputedStyle(bodyP).lineHeight) / parseFloat(getComputedStyle(bodyP).fontSize)) * 100) / 100,
      maxWidth: parseFloat(cs.maxWidth),
      textAlign: cs.textAlign,
      background: getComputedStyle(root.querySelector('.saaf-root') as HTMLElement).backgroundColor,
      imagesShown: [...a.querySelectorAll('img')].filter((i) => getComputedStyle(i).display !== 'none').length,
      toolbarSide: firstBox.left - barBox.left < barBox.right - firstBox.right ? 'left' : 'right',
    };
  });
}

/** Polls the reader's style until `ok` holds (the change is applied in the next frame). */
export async function waitForStyle(page: Page, ok: (s: ReaderStyle) => boolean, timeoutMs = 5000): Promise<ReaderStyle> {
  const end = Date.now() + timeoutMs;
  let s = await readerStyle(page);
  while (!ok(s)) {
    if (Date.now() > end) throw new Error(`reader style never matched; last: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
    s = await readerStyle(page);
  }
  return s;
}

/**
 * Operates a control of the settings panel by its `data-control` hook the way a user would:
 * selects and ranges get a value and an input/change event, checkboxes and radios a real click.
 */
export async function setControl(page: Page, control: string, value?: string): Promise<void> {
  const selector = `[data-control="${control}"]`;
  const kind = await inShadow(page, (root, sel) => root.querySelector<HTMLInputElement>(sel)?.type ?? null, selector);
  if (kind === null) throw new Error(`no control ${control}`);
  // A real click: the reader ignores a script's element.click() (untrusted).
  if (kind === 'checkbox' || kind === 'radio') return clickInShadow(page, selector);
  await inShadow(
    page,
    (root, c, v) => {
      const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-control="${c}"]`);
      if (!el) throw new Error(`no control ${c}`);
      el.value = v ?? '';
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    control,
    value,
  );
}
