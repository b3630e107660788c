/**
 * Facts from a page's JSON-LD (schema.org NewsArticle and friends), read once. Broken JSON-LD is
 * common: a block that does not parse is skipped, never fatal.
 */

export interface JsonLdFacts {
  headline: string | null;
  datePublished: string[];
  /** Names of Person authors, in order. */
  authors: string[];
  /** An Organization given as the author (a wire credit, not a byline). */
  authorOrganization: string | null;
  publisher: string | null;
  image: string | null;
}

const ARTICLE = /Article|BlogPosting|NewsArticle|Report|LiveBlogPosting|SocialMediaPosting|WebPage/;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Record<string, unknown>).name);
  return null;
}

function imageOf(v: unknown): string | null {
  if (Array.isArray(v)) return imageOf(v[0]);
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).url);
  return null;
}

/** Reads every `<script type="application/ld+json">` of the document. */
export function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, datePublished: [], authors: [], authorOrganization: null, publisher: null, image: null };
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...[...node].reverse());
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const rec = node as Record<string, unknown>;
      if (rec['@graph']) stack.push(rec['@graph']);
      const type = String(rec['@type'] ?? '');
      if (!ARTICLE.test(type) && !rec.datePublished) continue;
      facts.headline ??= str(rec.headline);
      const date = str(rec.datePublished);
      if (date) facts.datePublished.push(date);
      facts.image ??= imageOf(rec.image);
      facts.publisher ??= nameOf(rec.publisher);
      for (const a of Array.isArray(rec.author) ? rec.author : rec.author ? [rec.author] : []) {
        const name = nameOf(a);
        if (!name) continue;
        const isOrg = a && typeof a === 'object' && /Organization/.test(String((a as Record<string, unknown>)['@type'] ?? ''));
        if (isOrg) facts.authorOrganization ??= name;
        else facts.authors.push(name);
      }
    }
  }
  return facts;
}
