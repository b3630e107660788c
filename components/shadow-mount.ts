import { guardTrusted } from '@/utils/reader/trusted';

/**
 * `Element.prototype.attachShadow` as it was when this module loaded. Content scripts run in an
 * isolated world, where a page's patch of the prototype does not reach (checked in
 * tests/e2e/security.e2e.test.ts); holding the original also covers any later patch in this world.
 */
const nativeAttachShadow = Element.prototype.attachShadow;

/**
 * Gives `host` a shadow root with an empty element to render into (and the reader's stylesheet
 * when given). The overlay on a web page and the library's article view use the same one: the
 * page's CSS cannot reach in, and the reader's CSS does not leak out. The overlay's root is
 * `closed` (a page script gets `host.shadowRoot === null`, so it cannot read the article or the
 * translations, nor press the reader's buttons); untrusted clicks and keys are stopped at the root
 * either way (utils/reader/trusted.ts). The overlay's shell passes only the host's position: its
 * reader UI, injected as a second step, adds the stylesheet.
 */
export function mountShadow(host: HTMLElement, mode: ShadowRootMode, css?: string): { shadow: ShadowRoot; mount: HTMLElement } {
  const doc = host.ownerDocument;
  const shadow = nativeAttachShadow.call(host, { mode });
  guardTrusted(shadow);
  const mount = doc.createElement('div');
  if (css !== undefined) {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  shadow.append(mount);
  return { shadow, mount };
}
