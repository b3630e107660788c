/**
 * One article as Markdown with YAML front matter (turndown). Markdown renderers pass raw HTML
 * through, so text that LOOKS like markup (`<img onerror=…>` written as text in the page, or a
 * `<javascript:…>` autolink) is escaped, and links and images that are not http(s) are dropped
 * (security.md: turndown copies both into the .md otherwise).
 */
import TurndownService from 'turndown';
import { httpUrl } from '../text/url';
import { exportBody } from './body';
import { isoDay, type ExportInput } from './input';

/**
 * A YAML double-quoted scalar (JSON strings are valid YAML) that stays inert text when a renderer
 * does not know front matter and renders it as Markdown: characters that make HTML or Markdown
 * syntax (`<>&[]()` backtick `*_!`), and those YAML wants escaped, are written as `\uXXXX` escapes,
 * which YAML reads back as the same characters.
 */
const q = (s: string) =>
  JSON.stringify(s).replace(/[<>&[\]()`*_!\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A URL as a Markdown link destination: every character outside the URL-safe ASCII set is
 * percent-encoded, so `(`, `)`, spaces, `<`, `>` and backslashes can never end the destination
 * early (`encodeURIComponent` leaves `(` and `)` alone, which let `)[x](javascript:…)` out).
 */
export function mdUrl(u: string): string {
  return u.replace(/[^A-Za-z0-9\-._~:/?#@$&'+,;=%]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** One line of inline text (title, byline): whitespace collapsed, Markdown and markup escaped. */
const inline = (td: TurndownService, s: string) => td.escape(s.replace(/\s+/g, ' ').trim());

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
      // Escaped once: escaping turndown's `\[` again would turn it back into a live `[`.
      const alt = inline(td, (node as Element).getAttribute('alt') ?? '');
      return src ? `![${alt}](${mdUrl(src)})` : '';
    },
  });
  return td;
}

/** The Markdown file's text. Images stay links to their original http(s) address. */
export function exportMarkdown(input: ExportInput, win: Window): string {
  const a = input.article;
  const body = exportBody(a, { win, imageSrc: (url) => httpUrl(url), translations: input.translations });
  const td = turndown();
  const head = [`# ${inline(td, a.title)}`, a.byline ? `*${inline(td, a.byline)}*` : null].filter(Boolean).join('\n\n');
  const url = httpUrl(a.url);
  return `${frontMatter(input)}\n${head}\n\n${td.turndown(body as HTMLElement)}\n${url ? `\n---\n\n<${mdUrl(url)}>\n` : ''}`;
}
