/**
 * One article as a self-contained HTML file: inline CSS, images as data URIs, `lang`/`dir` kept,
 * a charset declaration and a Content-Security-Policy that forbids every script and every network
 * load, so the file reads the same offline and with Saaf uninstalled and cannot run anything
 * that slipped through.
 */
import { bytesToBase64 } from '../library/codec';
import { exportBody, xmlSafe } from './body';
import { isoDay, type ExportInput } from './input';
import { exportCss } from './style';

/** No scripts, no frames, no remote anything; only inline styles and data: images. */
export const EXPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
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
  if (article.publishedTime) meta.append(meta.childNodes.length ? ' · ' : '', el(doc, 'time', { datetime: article.publishedTime }, article.publishedTime.slice(0, 10)));
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

/** The complete HTML file's text. */
export function exportHtml(input: ExportInput, win: Window): string {
  const { article } = input;
  const doc = win.document.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('lang', article.lang);
  doc.documentElement.setAttribute('dir', article.dir);
  doc.head.replaceChildren(
    el(doc, 'meta', { charset: 'utf-8' }),
    el(doc, 'meta', { 'http-equiv': 'Content-Security-Policy', content: EXPORT_CSP }),
    el(doc, 'meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el(doc, 'meta', { name: 'generator', content: 'Saaf Reader' }),
    el(doc, 'title', {}, article.title),
    el(doc, 'style', {}, exportCss(article.lang)),
  );
  const dataUris = new Map([...input.images].map(([url, img]) => [url, `data:${img.type};base64,${bytesToBase64(img.bytes)}`]));
  const main = el(doc, 'article', { lang: article.lang, dir: article.dir });
  main.append(articleHeader(doc, input), exportBody(article, { win, doc, imageSrc: (url) => dataUris.get(url) ?? (url.startsWith('data:image/') ? url : null) }), articleFooter(doc, input));
  doc.body.replaceChildren(main);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}
