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
  /**
   * `@type`s the page gives itself: of the top-level nodes, `@graph` members and their
   * `mainEntity` (not of nested values such as an article's author or an ItemList's items).
   */
  types: string[];
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

/**
 * The parsed `<script type="application/ld+json">` blocks of the document. A block wrapped in
 * `<![CDATA[ ... ]]>` or an HTML comment (React Helmet on nytimes.com, old XHTML templates) is
 * unwrapped first; a block that still does not parse is skipped.
 */
export function ldBlocks(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = (script.textContent ?? '')
      .trim()
      .replace(/^(?:<!\[CDATA\[|<!--)/, '')
      .replace(/(?:\]\]>|-->)$/, '');
    try {
      out.push(JSON.parse(raw));
    } catch {
      // broken JSON-LD is common: skip the block
    }
  }
  return out;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Every node with an `@id` in the blocks (Yoast and other SEO plugins write one `@graph` whose
 * article names its author as `{"@id": "...#/schema/person/..."}` and the Person elsewhere).
 */
function idIndex(blocks: unknown[]): Map<string, Rec> {
  const ids = new Map<string, Rec>();
  const stack = [...blocks];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isRec(node)) {
      const id = node['@id'];
      if (typeof id === 'string' && Object.keys(node).some((k) => k !== '@id')) ids.set(id, node);
      for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  return ids;
}

/** A bare `{"@id": ...}` reference replaced by the node it names (when the page has it). */
function resolve(v: unknown, ids: Map<string, Rec>): unknown {
  if (isRec(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
  return v;
}

/** Reads every `<script type="application/ld+json">` of the document. */
export function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = {
    headline: null,
    datePublished: [],
    authors: [],
    authorOrganization: null,
    publisher: null,
    image: null,
    types: [],
  };
  const blocks = ldBlocks(doc);
  const ids = idIndex(blocks);
  for (const data of blocks) {
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
      const type = typeText(rec['@type']);
      if (type) facts.types.push(type);
      if (isRec(rec.mainEntity) && rec.mainEntity['@type']) facts.types.push(typeText(rec.mainEntity['@type']));
      if (!ARTICLE.test(type) && !rec.datePublished) continue;
      facts.headline ??= str(rec.headline);
      const date = str(rec.datePublished);
      if (date) facts.datePublished.push(date);
      facts.image ??= imageOf(rec.image);
      facts.publisher ??= nameOf(resolve(rec.publisher, ids));
      for (const ref of Array.isArray(rec.author) ? rec.author : rec.author ? [rec.author] : []) {
        const a = resolve(ref, ids);
        const name = nameOf(a);
        if (!name) continue;
        const isOrg = a && typeof a === 'object' && /Organization/.test(typeText((a as Record<string, unknown>)['@type']));
        if (isOrg) facts.authorOrganization ??= name;
        else facts.authors.push(name);
      }
    }
  }
  return facts;
}

/** A JSON-LD `@type` as text: a string, or a list of them joined with commas. */
function typeText(v: unknown): string {
  if (typeof v === 'string') return v;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').join(',') : '';
}
