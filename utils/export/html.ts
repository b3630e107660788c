/**
 * One article as a self-contained HTML file: inline CSS, images as data URIs, `lang`/`dir` kept,
 * a charset declaration and a Content-Security-Policy that forbids every script and every network
 * load, so the file reads the same offline and with Saaf uninstalled and cannot run anything
 * that slipped through.
 */
import { bytesToBase64 } from '../library/codec';
import { fontStackFor } from '../fonts';
import { exportBody, xmlSafe } from './body';
import { facesFor, fontFaceCss, type FontBytes } from './fonts';
import { isoDay, type ExportInput } from './input';
import { exportCss } from './style';
import type { BundledFont } from '../fonts';

/** No scripts, no frames, no remote anything; only inline styles, data: images and data: fonts. */
export const EXPORT_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = xmlSafe(text);
  return e;
}

/** The article header (site, date, title, byline) as DOM, metadata always as text. */
export function articleHeader(doc: Document, input: ExportInput): HTMLElement {
  const { article } = input;
  const header = el(doc, 'header');
  const meta = el(doc, 'p', { class: 'saaf-meta' });
  if (article.siteName) meta.append(el(doc, 'span', {}, article.siteName));
  if (article.publishedTime)
    meta.append(
      meta.childNodes.length ? ' · ' : '',
      el(doc, 'time', { datetime: article.publishedTime }, article.publishedTime.slice(0, 10)),
    );
  if (meta.childNodes.length) header.append(meta);
  header.append(el(doc, 'h1', {}, article.title));
  if (article.byline) header.append(el(doc, 'p', { class: 'saaf-byline' }, article.byline));
  return header;
}

/** The source link and the save date. */
export function articleFooter(doc: Document, input: ExportInput): HTMLElement {
  const footer = el(doc, 'footer', { class: 'saaf-source' });
  const p = el(doc, 'p');
  const a = el(doc, 'a', { href: input.article.url, dir: 'ltr' }, input.article.url);
  p.append(a, ` · ${isoDay(input.savedAt)}`);
  footer.append(p);
  return footer;
}

function articleElement(doc: Document, input: ExportInput, win: Window, imageSrc: (url: string) => string | null): HTMLElement {
  const { article } = input;
  const main = el(doc, 'article', { lang: article.lang, dir: article.dir });
  main.append(
    articleHeader(doc, input),
    exportBody(article, { win, doc, imageSrc, translations: input.translations }),
    articleFooter(doc, input),
  );
  return main;
}

/**
 * The bundled font faces the exports of `inputs` need (the first article's stack, as the export
 * CSS uses it): load these files' bytes and pass them to `exportHtml`/`exportEpub`.
 */
export function exportFaces(inputs: readonly ExportInput[], win: Window): BundledFont[] {
  const first = inputs[0];
  if (!first) return [];
  const doc = win.document.implementation.createHTMLDocument('');
  const roots = inputs.map((input) => articleElement(doc, input, win, () => null));
  return facesFor(roots, fontStackFor(first.article.lang));
}

/**
 * The complete HTML file's text. With `fonts`, the faces the article needs are embedded as
 * data: URLs (woff2), so it reads in the same face on a machine without them.
 */
export function exportHtml(input: ExportInput, win: Window, fonts?: FontBytes): string {
  const { article } = input;
  const doc = win.document.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('lang', article.lang);
  doc.documentElement.setAttribute('dir', article.dir);
  const dataUris = new Map([...input.images].map(([url, img]) => [url, `data:${img.type};base64,${bytesToBase64(img.bytes)}`]));
  const main = articleElement(doc, input, win, (url) => dataUris.get(url) ?? (url.startsWith('data:image/') ? url : null));
  const faces = fonts
    ? fontFaceCss(facesFor([main], fontStackFor(article.lang)), (f) => {
        const bytes = fonts.get(f.file);
        return bytes ? `data:font/woff2;base64,${bytesToBase64(bytes)}` : null;
      })
    : '';
  doc.head.replaceChildren(
    el(doc, 'meta', { charset: 'utf-8' }),
    el(doc, 'meta', { 'http-equiv': 'Content-Security-Policy', content: EXPORT_CSP }),
    el(doc, 'meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el(doc, 'meta', { name: 'generator', content: 'Saaf Reader' }),
    el(doc, 'title', {}, article.title),
    el(doc, 'style', {}, faces + exportCss(article.lang)),
  );
  doc.body.replaceChildren(main);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}
