/**
 * One article as Markdown with YAML front matter (turndown). Markdown renderers pass raw HTML
 * through, so text that LOOKS like markup (`<img onerror=…>` written as text in the page, or a
 * `<javascript:…>` autolink) is escaped, and links and images that are not http(s) are dropped
 * (security.md: turndown copies both into the .md otherwise).
 */
import TurndownService from 'turndown';
import { httpUrl } from '../library/validate';
import { exportBody } from './body';
import { isoDay, type ExportInput } from './input';

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

/** The front matter block. */
export function frontMatter(input: ExportInput): string {
  const a = input.article;
  const lines = [
    `title: ${q(a.title)}`,
    a.byline ? `author: ${q(a.byline)}` : null,
    a.siteName ? `site: ${q(a.siteName)}` : null,
    `url: ${q(a.url)}`,
    `lang: ${q(a.lang)}`,
    `dir: ${q(a.dir)}`,
    a.publishedTime ? `published: ${q(a.publishedTime)}` : null,
    `saved: ${q(isoDay(input.savedAt))}`,
    `tags: [${input.tags.map(q).join(', ')}]`,
  ];
  return `---\n${lines.filter((l) => l !== null).join('\n')}\n---\n`;
}

function turndown(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const escape = td.escape.bind(td);
  td.escape = (s: string) => escape(s).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const mdUrl = (u: string) => u.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
  td.addRule('safe-links', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const href = httpUrl((node as Element).getAttribute('href'));
      return href && content.trim() ? `[${content}](${mdUrl(href)})` : content;
    },
  });
  td.addRule('safe-images', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = httpUrl((node as Element).getAttribute('src'));
      const alt = td.escape((node as Element).getAttribute('alt') ?? '').replace(/[[\]]/g, '\\$&');
      return src ? `![${alt}](${mdUrl(src)})` : '';
    },
  });
  return td;
}

/** The Markdown file's text. Images stay links to their original http(s) address. */
export function exportMarkdown(input: ExportInput, win: Window): string {
  const a = input.article;
  const body = exportBody(a, { win, imageSrc: (url) => httpUrl(url) });
  const td = turndown();
  const head = [`# ${td.escape(a.title)}`, a.byline ? `*${td.escape(a.byline)}*` : null].filter(Boolean).join('\n\n');
  return `${frontMatter(input)}\n${head}\n\n${td.turndown(body as HTMLElement)}\n\n---\n\n<${a.url}>\n`;
}
