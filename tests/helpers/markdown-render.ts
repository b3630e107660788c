/**
 * For tests: renders an exported Markdown file the way a careless
 * CommonMark renderer would (raw HTML on, every link scheme accepted, front matter unknown) and
 * lists whatever in the result could run: `on*` attributes, script-ish elements, and
 * `javascript:`/`vbscript:`/`data:text/html` in URL attributes.
 */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });
// markdown-it refuses javascript: links by itself; many renderers do not, so neither do we here.
md.validateLink = () => true;

const URL_ATTR = /^(?:href|src|action|formaction|xlink:href|srcset|data|poster|background|ping|cite)$/i;
const BAD_URL =
  /^[\s\0-\x1f]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a\s*:\s*t\s*e\s*x\s*t\s*\/\s*h\s*t\s*m\s*l)/i;

let doc: Document | null = null;

export function liveMarkupInMarkdown(markdown: string): string[] {
  doc ??= new JSDOM('<!doctype html><body></body>').window.document;
  // A template parses like the body does but never loads or runs anything.
  const t = doc.createElement('template');
  t.innerHTML = md.render(markdown);
  return [...t.content.querySelectorAll('*')]
    .filter(
      (e) =>
        /^(?:script|iframe|frame|object|embed|base|meta|form|svg|math|style|link)$/i.test(e.localName) ||
        [...e.attributes].some((a) => /^on/i.test(a.name) || (URL_ATTR.test(a.name) && BAD_URL.test(a.value))),
    )
    .map((e) => e.outerHTML.slice(0, 200));
}
