/**
 * Site and theme selectors, for clutter no general rule can recognise. Sorted by name; each entry
 * names where its selectors were learned. General rules run first: an entry here only mops up.
 * Themes apply on any host (the same WordPress theme runs on many news sites); sites apply only
 * on their own hosts. Every entry has a fixture test in rules/site-rules.test.ts.
 */
export interface SiteRule {
  /** The site or theme, as readers and developers know it. */
  name: string;
  kind: 'site' | 'theme';
  /** Host names (or parent domains) a site entry applies to. Themes have none. */
  hosts?: readonly string[];
  /** Where the selectors come from: a corpus page, the theme's public code, a public scraper. */
  learnedFrom: string;
  /** Clutter to remove. */
  remove: readonly string[];
  /** Text the site's broken markup leaves in the page: a text node that is exactly one of these goes. */
  text?: readonly string[];
  /** A site that runs a theme listed here relies on that theme's entry (documented, and tested on the site's markup). */
  theme?: string;
}

export const SITE_RULES: readonly SiteRule[] = [
  {
    name: 'ARY News',
    kind: 'site',
    hosts: ['arynews.tv'],
    learnedFrom: 'public scraper of urdu.arynews.tv: story in div.td-post-content (a tagDiv Newspaper site)',
    remove: [],
    theme: 'Newspaper (tagDiv)',
  },
  {
    name: 'Arya News',
    kind: 'site',
    hosts: ['aryanews.com'],
    learnedFrom: 'corpus htmldate-mediacloud2020/1641304459-aryanews.com: a broken comment leaves "-->" after the last paragraph',
    remove: [],
    text: ['-->'],
  },
  {
    name: 'BBC Urdu',
    kind: 'site',
    hosts: ['bbc.com', 'bbc.co.uk'],
    learnedFrom: 'BBC World Service renderer (bbc/simorgh) section markup, hidden by a public BBC scraper',
    remove: [
      '[data-e2e="related-content-heading"]',
      '[data-e2e="top-stories-heading"]',
      '[data-e2e="features-analysis-heading"]',
      '[data-e2e="most-read"]',
      '[data-e2e="advertisement"]',
      'section[aria-labelledby="related-content-heading"]',
    ],
  },
  {
    name: 'Jang',
    kind: 'site',
    hosts: ['jang.com.pk'],
    learnedFrom: 'corpus fetch_util-reduced/jang_liveblog_article: a live blog whose story is the latest update',
    remove: ['.timeline_left', '.time_first_story ul', '#liveBlogStorySection .listpost > li ~ li'],
  },
  {
    name: 'Jannah',
    kind: 'theme',
    learnedFrom: 'Jannah (TieLabs) theme markup, ../shared/notes/clutter-and-embeds.md',
    remove: ['#related-posts', '#check-also-box', '.go-to-top-button'],
  },
  {
    name: 'Jetpack',
    kind: 'theme',
    learnedFrom: 'Jetpack plugin markup (related posts, sharing), ../shared/notes/clutter-and-embeds.md',
    remove: ['#jp-relatedposts', '.jp-relatedposts', '.sharedaddy'],
  },
  {
    name: 'JNews',
    kind: 'theme',
    learnedFrom: 'JNews (Jegtheme) markup, ../shared/notes/clutter-and-embeds.md; elbaladtv.net runs it',
    remove: ['.jnews_inline_related_post_wrapper', '.jnews_related_post_container', '.jeg_share_button', '.jeg_post_tags', '.jeg_ad'],
  },
  {
    name: 'Nawaiwaqt',
    kind: 'site',
    hosts: ['nawaiwaqt.com.pk'],
    learnedFrom: 'public scraper of nawaiwaqt.com.pk: links in h3.jeg_post_title, story in div.jeg_post (a JNews site)',
    remove: [],
    theme: 'JNews',
  },
  {
    name: 'Newspaper (tagDiv)',
    kind: 'theme',
    learnedFrom: 'tagDiv Newspaper theme markup, ../shared/notes/clutter-and-embeds.md',
    remove: ['.td_block_related_posts', '.td-post-sharing', '.td-post-source-tags', '.td-a-rec'],
  },
  {
    name: 'The Hill',
    kind: 'site',
    hosts: ['thehill.com'],
    learnedFrom:
      'corpus article-extraction-benchmark/156770d676ce (thehill.com): a person hover card (photo, name, their stories) inside a sentence',
    remove: ['.rollover-people-block'],
  },
  {
    name: 'Urdu Point',
    kind: 'site',
    hosts: ['urdupoint.com'],
    learnedFrom: 'corpus magic-html-benchmark/urdupoint-article-9860: trending bar, related-article cards, English SEO blurb',
    remove: ['#trending_topics_wrap', '.relc_box', '.cnt_box'],
  },
  {
    name: 'YARPP',
    kind: 'theme',
    learnedFrom: 'Yet Another Related Posts Plugin markup, ../shared/notes/clutter-and-embeds.md',
    remove: ['.yarpp-related', '.yarpp-related-widget'],
  },
  {
    name: 'ZoxPress',
    kind: 'theme',
    learnedFrom: 'ZoxPress (MVP Themes) markup, ../shared/notes/clutter-and-embeds.md; the mission page models it',
    remove: [
      '#mvp-related-posts',
      '#mvp-post-more-wrap',
      '#mvp-post-add-box',
      '.mvp-prev-next-wrap',
      '.mvp-cont-read-wrap',
      '.mvp-post-soc-wrap',
    ],
  },
];

/** Does a site entry apply to `host` (exact host or a subdomain of one of its hosts)? */
export function siteMatches(rule: SiteRule, host: string | null): boolean {
  if (rule.kind === 'theme') return true;
  if (!host) return false;
  const h = host.toLowerCase().replace(/^www\./, '');
  return (rule.hosts ?? []).some((d) => h === d || h.endsWith(`.${d}`));
}
