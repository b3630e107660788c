/**
 * Site and theme selectors, for clutter no general rule can recognise. Sorted by name; each entry
 * names where its selectors were learned. General rules run first: an entry here only mops up.
 * Themes apply on any host (the same WordPress theme runs on many news sites); sites apply only
 * on their own hosts. Every entry has a fixture test in rules/site-rules.test.ts, and says where
 * its selectors were learned in sites-learned.ts (kept apart: this table ships in the script
 * injected into every page, its sources need not).
 */
export interface SiteRule {
  /** The site or theme, as readers and developers know it. */
  name: string;
  kind: 'site' | 'theme';
  /** Host names (or parent domains) a site entry applies to. Themes have none. */
  hosts?: readonly string[];
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
    remove: [],
    theme: 'Newspaper (tagDiv)',
  },
  {
    name: 'Arya News',
    kind: 'site',
    hosts: ['aryanews.com'],
    remove: [],
    text: ['-->'],
  },
  {
    name: 'BBC Urdu',
    kind: 'site',
    hosts: ['bbc.com', 'bbc.co.uk'],
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
    remove: ['.timeline_left', '.time_first_story ul', '#liveBlogStorySection .listpost > li ~ li'],
  },
  {
    name: 'Jannah',
    kind: 'theme',
    remove: ['#related-posts', '#check-also-box', '.go-to-top-button'],
  },
  {
    name: 'Jetpack',
    kind: 'theme',
    remove: ['#jp-relatedposts', '.jp-relatedposts', '.sharedaddy'],
  },
  {
    name: 'JNews',
    kind: 'theme',
    remove: ['.jnews_inline_related_post_wrapper', '.jnews_related_post_container', '.jeg_share_button', '.jeg_post_tags', '.jeg_ad'],
  },
  {
    name: 'Nawaiwaqt',
    kind: 'site',
    hosts: ['nawaiwaqt.com.pk'],
    remove: [],
    theme: 'JNews',
  },
  {
    name: 'Newspaper (tagDiv)',
    kind: 'theme',
    remove: ['.td_block_related_posts', '.td-post-sharing', '.td-post-source-tags', '.td-a-rec'],
  },
  {
    name: 'The Hill',
    kind: 'site',
    hosts: ['thehill.com'],
    remove: ['.rollover-people-block'],
  },
  {
    name: 'Urdu Point',
    kind: 'site',
    hosts: ['urdupoint.com'],
    remove: ['#trending_topics_wrap', '.relc_box', '.cnt_box'],
  },
  {
    name: 'YARPP',
    kind: 'theme',
    remove: ['.yarpp-related', '.yarpp-related-widget'],
  },
  {
    name: 'ZoxPress',
    kind: 'theme',
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
