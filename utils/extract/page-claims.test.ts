import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { readPageMeta } from './metadata';
import { combineShapes, readPageClaims, urlShape } from './page-claims';

describe('urlShape', () => {
  it.each([
    ['https://www.nytimes.com/', 'root'],
    ['https://www.nytimes.com/es/', 'root'],
    ['https://www.bbc.com/urdu', 'root'],
    ['https://site.example/index.php', 'root'],
    ['https://site.example/category/pakistan/', 'listing'],
    ['https://site.example/tag/cricket', 'listing'],
    ['https://site.example/?s=بجٹ', 'listing'],
    ['https://site.example/search?q=budget', 'listing'],
    ['https://site.example/category/pakistan/page/2/', 'listing'],
    ['https://www.bbc.com/urdu/topics/cjgn7n9zzq7t', 'listing'],
    ['https://www.dawnnews.tv/pakistan', 'section'],
    ['https://www.aljazeera.net/news/politics', 'section'],
    ['https://www.yjc.ir/fa/news/7349926', 'story'],
    ['https://www.youm7.com/story/2024/5/13/وزارة-النقل-تشغل-10-سيارات', 'story'],
    ['https://www.bbc.com/urdu/articles/c4n8e2z1wvzo-world-12345', 'story'],
    ['https://site.example/2026/11/28/', 'story'],
    ['https://blog.example/diet-pills-burns-up-within', 'story'],
    ['http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sc', 'story'],
    // Jekyll's pagination, and short slugs right after an item container (Jekyll's Chirpy, Hugo, Wix)
    ['https://sindhitimes.example.pk/page2/', 'listing'],
    ['https://sindhitimes.example.pk/posts/sukkur-barrage-gates/', 'story'],
    ['https://www.frontierledger.example.pk/post/qissa-khwani-booksellers', 'story'],
    // Plone's search view and parameter; a percent-encoded Arabic search word's digits are no story id
    ['https://water.example.org/ar/@@search', 'listing'],
    ['https://water.example.org/ar/search_form?SearchableText=%D8%A7%D9%84%D8%AC%D9%81%D8%A7%D9%81', 'listing'],
    ['https://water.example.org/ar/view?Subject%3Alist=%D8%A7%D9%84%D8%AC%D9%81%D8%A7%D9%81', 'section'],
    // a site builder's blog index (Weebly, Jimdo, Wix); traps: its posts, and a blog subdomain's short page
    ['https://kooye-saadi.example.ir/blog', 'listing'],
    ['https://site.example/fa/blog/', 'listing'],
    ['https://kooye-saadi.example.ir/blog/park-lights', 'section'],
    ['https://blog.example/about', 'section'],
    // trap: a real id in the query is still a story
    ['https://old.example/show?Subject=%D8%A7&id=4471920', 'story'],
    // traps: a two-word slug after a container, a three-word section elsewhere
    ['https://site.example/posts/page-2/', 'section'],
    ['https://site.example/stories/sport-news/', 'section'],
    ['https://site.example/news/sindh-local-bodies/', 'section'],
    ['https://www.mozilla.org/en-US/firefox/desktop/customize/', 'unknown'],
    ['mailto:a@b.c', 'unknown'],
    [null, 'unknown'],
  ] as const)('%s is %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });

  it('resolves a relative URL against the page', () => {
    expect(urlShape('/2026/11/28/a', 'https://x.example/')).toBe('story');
    expect(urlShape('/', 'https://x.example/2026/11/28/a')).toBe('root');
  });

  it('lets any story-shaped URL of the page win (a canonical wrongly pointing home does not make a story a home page)', () => {
    expect(combineShapes(['root', 'story'])).toBe('story');
    expect(combineShapes(['section', 'root'])).toBe('root');
    expect(combineShapes(['unknown', 'unknown'])).toBe('unknown');
  });
});

function claims(head: string, url: string | null = null) {
  const doc = parsePage(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`, url).window.document;
  return readPageClaims(doc, readPageMeta(doc), url);
}

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('readPageClaims', () => {
  it('reads a JSON-LD CollectionPage as a strong listing claim, even when og:type says article (nytimes.com/es)', () => {
    const c = claims(
      `<meta property="og:type" content="article">${ld({ '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList' } })}`,
    );
    expect(c).toMatchObject({ claim: 'listing', strong: true });
    expect(c.ldTypes).toEqual(['CollectionPage', 'ItemList']);
  });

  it('unwraps JSON-LD in CDATA', () => {
    const c = claims('<script type="application/ld+json"><![CDATA[{"@type":"CollectionPage"}]]></script>');
    expect(c.ldTypes).toEqual(['CollectionPage']);
  });

  it('reads a Yoast @graph with WebPage + NewsArticle on a story URL as a strong story claim', () => {
    const c = claims(
      ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle' }, { '@type': 'WebSite' }] }),
      'https://x.example/2026/11/28/some-story-slug-here/',
    );
    expect(c).toMatchObject({ claim: 'story', strong: true, urlShape: 'story' });
  });

  it('reads a home or search URL as a listing claim without metadata', () => {
    expect(claims('', 'https://x.example/')).toMatchObject({ claim: 'listing', strong: true });
    expect(claims('', 'https://x.example/?s=budget')).toMatchObject({ claim: 'listing', strong: true });
  });

  it('takes og:type article on an unknown URL as a weak story claim, og:type website on a section URL as a weak listing claim', () => {
    expect(claims('<meta property="og:type" content="article">', 'https://x.example/a/b/c/d')).toMatchObject({
      claim: 'story',
      strong: false,
    });
    expect(claims('<meta property="og:type" content="website">', 'https://x.example/pakistan')).toMatchObject({
      claim: 'listing',
      strong: false,
    });
  });

  it('claims nothing when the page says nothing', () => {
    expect(claims('', null)).toMatchObject({ claim: null, strong: false });
  });

  it("keeps the page's <base href> to resolve teaser links only when it stays on the page's host (Contao)", () => {
    const url = 'https://peyvand.example.de/akhbar/mohajerat.html';
    expect(claims('<base href="https://peyvand.example.de/">', url).linkBase).toBe('https://peyvand.example.de/');
    // Trap: a base on another host (a copied page, a CDN) is not where the page's links go.
    expect(claims('<base href="https://cdn.example.net/">', url).linkBase).toBeUndefined();
    expect(claims('', url).linkBase).toBeUndefined();
  });
});
