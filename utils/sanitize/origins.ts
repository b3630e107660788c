import { ORIGIN_ATTR } from '../types';

const TAG_NAME = /<[a-zA-Z][^\s/>]*/y;
const ATTR = /\s*([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|\s*\/|\s+/y;

/**
 * `html` without `data-saaf-origin` attributes: what the library stores and the exports write
 * (origin ids only mean something while the page they came from is open). A string pass, so it
 * runs where there is no DOM (Chrome's background worker). It reads HTML the way the serializer
 * writes it: text outside tags (`<` escaped), attributes with quoted values inside start tags; an
 * attribute is only recognised where an attribute starts, so text or an attribute value that
 * spells `data-saaf-origin="1"` is left alone.
 */
export function stripOrigins(html: string): string {
  if (!html.includes(ORIGIN_ATTR)) return html;
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    i = lt;
    TAG_NAME.lastIndex = i;
    const name = TAG_NAME.exec(html);
    if (!name) {
      // An end tag, comment or doctype: no attributes; copied through to its end.
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) + 3 : html.indexOf('>', i) + 1;
      const stop = end > i ? end : n;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    out += name[0];
    i += name[0].length;
    while (i < n && html[i] !== '>') {
      ATTR.lastIndex = i;
      const m = ATTR.exec(html);
      if (!m || m[0].length === 0) {
        out += html[i];
        i++;
        continue;
      }
      if (m[1]?.toLowerCase() !== ORIGIN_ATTR) out += m[0];
      i += m[0].length;
    }
    if (i < n) {
      out += '>';
      i++;
    }
  }
  return out;
}
