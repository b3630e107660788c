/**
 * Gives `host` an open shadow root with an empty element to render into (and the reader's
 * stylesheet when given). The overlay on a web page and the library's article view use the same
 * one: the page's CSS cannot reach in, and the reader's CSS does not leak out. The overlay's shell
 * passes only the host's position: its reader UI, injected as a second step, adds the stylesheet.
 */
export function mountShadow(host: HTMLElement, css?: string): { shadow: ShadowRoot; mount: HTMLElement } {
  const doc = host.ownerDocument;
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = doc.createElement('div');
  if (css !== undefined) {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  shadow.append(mount);
  return { shadow, mount };
}
