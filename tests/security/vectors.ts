/**
 * The project's own security suite data (tests/security/README.md): DOMPurify's XSS fixtures and
 * Saaf's vectors for the traps in the security notes and the audit findings. Tests read them from
 * here, never from ../shared, and a missing or damaged file THROWS: the run fails, it never skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A small Urdu article with a marker where XSS payloads go. */
export const HOSTILE_TEMPLATE = fileURLToPath(new URL('../fixtures/pages/hostile/source.html', import.meta.url));
export const PAYLOAD_MARKER = '<!--SAAF-PAYLOADS-->';

export const SECURITY_DIR = fileURLToPath(new URL('.', import.meta.url));

/** One DOMPurify fixture payload (tests/security/dompurify-vectors.json). */
export interface XssVector {
  id: string;
  source?: string;
  family: string;
  title?: string;
  payload: string;
}

/**
 * Where a Saaf vector goes, and who reads it:
 * - `body`: HTML inside the article body (sanitizer and export unit tests, security e2e pages);
 * - `head`: HTML in the page's `<head>` (pipeline + export unit tests, one e2e page each);
 * - `html-attrs`: attributes of the page's `<html>` element (same consumers as `head`);
 * - `page-script`: a script the hostile page runs against the reader (security e2e);
 * - `image-url`: an image URL the image fetcher must refuse (utils/library/address tests);
 * - `backup-image-data`: base64 a backup must be refused for (backup tests);
 * - `filename`: a title used as a download file name (filename tests).
 */
export const VECTOR_PLACES = ['body', 'head', 'html-attrs', 'page-script', 'image-url', 'backup-image-data', 'filename'] as const;
export type VectorPlace = (typeof VECTOR_PLACES)[number];

/** One Saaf vector (tests/security/saaf-vectors.json). */
export interface SaafVector {
  id: string;
  where: VectorPlace;
  family: string;
  /** The trap or finding it exercises: `security.md: ...` or `issue 14 #N: ...`. */
  trap: string;
  title: string;
  payload: string;
}

function readJson(name: string): unknown {
  const file = fileURLToPath(new URL(name, import.meta.url));
  if (!existsSync(file)) throw new Error(`tests/security/${name} is missing: the security suite cannot run without it (restore it from git)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The 221 DOMPurify fixture payloads. Throws when the file is missing or not what it should be. */
export function dompurifyVectors(): XssVector[] {
  const v = readJson('dompurify-vectors.json');
  if (!Array.isArray(v) || v.length !== 221 || !v.every((x) => typeof x?.id === 'string' && typeof x.payload === 'string')) {
    throw new Error('tests/security/dompurify-vectors.json must hold the 221 DOMPurify fixtures as {id, payload}');
  }
  return v as XssVector[];
}

/** Saaf's own vectors, all or those for one place. Throws when the file is missing or malformed. */
export function saafVectors(where?: VectorPlace): SaafVector[] {
  const v = readJson('saaf-vectors.json');
  const ok = (x: Partial<SaafVector>) =>
    typeof x?.id === 'string' && typeof x.payload === 'string' && typeof x.trap === 'string' && VECTOR_PLACES.includes(x.where as VectorPlace);
  if (!Array.isArray(v) || !v.every(ok)) throw new Error('tests/security/saaf-vectors.json: every entry needs {id, where, family, trap, title, payload}');
  const all = v as SaafVector[];
  if (!where) return all;
  const some = all.filter((x) => x.where === where);
  if (some.length === 0) throw new Error(`tests/security/saaf-vectors.json has no "${where}" vectors`);
  return some;
}

/**
 * Hostile pages: the hostile fixture with the payloads spliced in at the marker, `perPage` to a
 * page, each in its own block followed by a plain paragraph. Several pages, because a payload
 * that opens a raw-text element (`<xmp>`, `<noembed>`, an unclosed `<style>`) swallows the rest of
 * its page, and every vector should reach the extractor as markup.
 */
export function hostilePages(vectors: readonly { id: string; payload: string }[], perPage: number): string[] {
  const template = readFileSync(HOSTILE_TEMPLATE, 'utf8');
  if (!template.includes(PAYLOAD_MARKER)) throw new Error(`${HOSTILE_TEMPLATE} lost its ${PAYLOAD_MARKER} marker`);
  const pages: string[] = [];
  for (let i = 0; i < vectors.length; i += perPage) {
    const blocks = vectors
      .slice(i, i + perPage)
      .map((v) => `<div class="payload" data-vector="${v.id}">${v.payload}</div>\n<p>اس کے بعد خبر کا متن جاری ہے۔</p>`);
    pages.push(template.replace(PAYLOAD_MARKER, () => blocks.join('\n')));
  }
  return pages;
}

/**
 * One hostile page for a metadata vector: the hostile fixture with `head` HTML first in its head,
 * or `html-attrs` as the attributes of its `<html>` element.
 */
export function hostileHeadPage(v: Pick<SaafVector, 'where' | 'payload'>): string {
  const template = readFileSync(HOSTILE_TEMPLATE, 'utf8').replace(PAYLOAD_MARKER, '');
  if (v.where === 'head') return template.replace('<head>', () => `<head>\n${v.payload}`);
  if (v.where === 'html-attrs') return template.replace(/<html[^>]*>/, () => `<html${v.payload}>`);
  throw new Error(`not a head vector: ${v.where}`);
}
