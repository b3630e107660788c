/**
 * EPUB 3 of one or many saved articles (fflate). The OCF rules that readers enforce: `mimetype`
 * is the first entry, stored uncompressed with no extra field; content documents are
 * well-formed XHTML. Right-to-left books get `page-progression-direction="rtl"` on the spine so
 * pages turn the Urdu way. Images travel as files in the book, never as remote links.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { fontStackFor } from '../fonts';
import { exportBody } from './body';
import { facesFor, fontFaceCss, type FontBytes } from './fonts';
import { articleFooter, articleHeader, EXPORT_CSP } from './html';
import { imageExt, type ExportInput } from './input';
import { exportCss } from './style';

const XHTML = 'http://www.w3.org/1999/xhtml';
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export interface EpubOptions {
  win: Window;
  /** Book title; defaults to the only article's title. */
  title?: string;
  /** Identifier and modification time: passed in so output is reproducible. */
  uuid: string;
  modified: Date;
  /** Font bytes by file name: the faces the book's text needs are embedded as files. */
  fonts?: FontBytes;
}

function chapter(input: ExportInput, images: Map<string, string>, win: Window): { xhtml: string; article: Element } {
  const a = input.article;
  const doc = win.document.implementation.createDocument(XHTML, 'html', null);
  const html = doc.documentElement;
  html.setAttribute('lang', a.lang);
  html.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', a.lang);
  html.setAttribute('dir', a.dir);
  const head = doc.createElementNS(XHTML, 'head');
  const meta = (attrs: Record<string, string>) => {
    const m = doc.createElementNS(XHTML, 'meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    return m;
  };
  const title = doc.createElementNS(XHTML, 'title');
  title.textContent = a.title;
  const link = doc.createElementNS(XHTML, 'link');
  link.setAttribute('rel', 'stylesheet');
  link.setAttribute('href', 'style.css');
  head.append(
    meta({ charset: 'utf-8' }),
    meta({
      'http-equiv': 'Content-Security-Policy',
      content: EXPORT_CSP.replace('img-src data:', "img-src 'self'")
        .replace('font-src data:', "font-src 'self'")
        .replace("style-src 'unsafe-inline'", "style-src 'self'"),
    }),
    title,
    link,
  );
  const body = doc.createElementNS(XHTML, 'body');
  const article = doc.createElementNS(XHTML, 'article');
  article.append(
    doc.importNode(articleHeader(win.document, input), true),
    exportBody(a, { win, doc, imageSrc: (url) => images.get(url) ?? null, translations: input.translations }),
    doc.importNode(articleFooter(win.document, input), true),
  );
  body.append(article);
  html.append(head, body);
  return {
    xhtml: `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n${new (win as unknown as { XMLSerializer: typeof XMLSerializer }).XMLSerializer().serializeToString(doc)}\n`,
    article,
  };
}

/** The EPUB file's bytes. */
export function exportEpub(inputs: ExportInput[], opts: EpubOptions): Uint8Array {
  if (inputs.length === 0) throw new Error('an EPUB needs at least one article');
  const first = inputs[0]!.article;
  const rtl = inputs.filter((i) => i.article.dir === 'rtl').length * 2 >= inputs.length;
  const title = opts.title ?? first.title;
  const langs = [...new Set(inputs.map((i) => i.article.lang))];
  const modified = opts.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files: Zippable = {};
  const manifest: string[] = [];
  const articles: Element[] = [];
  inputs.forEach((input, n) => {
    const images = new Map<string, string>();
    let k = 0;
    for (const [url, img] of input.images) {
      const name = `images/a${n + 1}-${++k}.${imageExt(img.type)}`;
      images.set(url, name);
      files[`OEBPS/${name}`] = [img.bytes, { level: 0 }];
      manifest.push(`<item id="img-${n + 1}-${k}" href="${name}" media-type="${img.type}"/>`);
    }
    const ch = chapter(input, images, opts.win);
    articles.push(ch.article);
    files[`OEBPS/a${n + 1}.xhtml`] = strToU8(ch.xhtml);
  });
  // The style sheet sets every chapter in the first article's stack: embed what that stack draws.
  const fonts = opts.fonts;
  const faces = fonts ? facesFor(articles, fontStackFor(first.lang)).filter((f) => fonts.has(f.file)) : [];
  faces.forEach((f, k) => {
    files[`OEBPS/fonts/${f.file}`] = [fonts!.get(f.file)!, { level: 0 }];
    manifest.push(`<item id="font-${k + 1}" href="fonts/${f.file}" media-type="font/woff2"/>`);
  });
  const items = inputs.map((_, n) => `<item id="a${n + 1}" href="a${n + 1}.xhtml" media-type="application/xhtml+xml"/>`);
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${esc(first.lang)}" dir="${rtl ? 'rtl' : 'ltr'}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:${esc(opts.uuid)}</dc:identifier>
    <dc:title>${esc(title)}</dc:title>
${langs.map((l) => `    <dc:language>${esc(l)}</dc:language>`).join('\n')}
${inputs.length === 1 && first.byline ? `    <dc:creator>${esc(first.byline)}</dc:creator>\n` : ''}${first.siteName && inputs.length === 1 ? `    <dc:publisher>${esc(first.siteName)}</dc:publisher>\n` : ''}    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="css" href="style.css" media-type="text/css"/>
    ${[...items, ...manifest].join('\n    ')}
  </manifest>
  <spine${rtl ? ' page-progression-direction="rtl"' : ''}>
    ${inputs.map((_, n) => `<itemref idref="a${n + 1}"/>`).join('\n    ')}
  </spine>
</package>
`;
  const nav = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${esc(first.lang)}" xml:lang="${esc(first.lang)}" dir="${rtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"/><title>${esc(title)}</title></head>
<body>
<nav epub:type="toc" id="toc"><h1>${esc(title)}</h1>
<ol>
${inputs.map((i, n) => `<li><a href="a${n + 1}.xhtml" dir="${i.article.dir}">${esc(i.article.title)}</a></li>`).join('\n')}
</ol>
</nav>
</body>
</html>
`;
  const container = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;
  const mtime = opts.modified;
  return zipSync(
    {
      // Insertion order is archive order: mimetype must come first, stored (level 0).
      mimetype: [strToU8('application/epub+zip'), { level: 0 }],
      'META-INF/container.xml': strToU8(container),
      'OEBPS/content.opf': strToU8(opf),
      'OEBPS/nav.xhtml': strToU8(nav),
      'OEBPS/style.css': strToU8(fontFaceCss(faces, (f) => `fonts/${f.file}`) + exportCss(first.lang)),
      ...files,
    },
    { level: 6, mtime },
  );
}
