/**
 * Where each entry of SITE_RULES (sites.ts) was learned: a corpus page, the theme's public code, a
 * public scraper. rules/site-rules.test.ts checks that every entry has one, and only they.
 */
export const LEARNED_FROM: Readonly<Record<string, string>> = {
  'ARY News': 'public scraper of urdu.arynews.tv: story in div.td-post-content (a tagDiv Newspaper site)',
  'Arya News': 'corpus htmldate-mediacloud2020/1641304459-aryanews.com: a broken comment leaves "-->" after the last paragraph',
  'BBC Urdu': 'BBC World Service renderer (bbc/simorgh) section markup, hidden by a public BBC scraper',
  Jang: 'corpus fetch_util-reduced/jang_liveblog_article: a live blog whose story is the latest update',
  Jannah: 'Jannah (TieLabs) theme markup, ../shared/notes/clutter-and-embeds.md',
  Jetpack: 'Jetpack plugin markup (related posts, sharing), ../shared/notes/clutter-and-embeds.md',
  JNews: 'JNews (Jegtheme) markup, ../shared/notes/clutter-and-embeds.md; elbaladtv.net runs it',
  Nawaiwaqt: 'public scraper of nawaiwaqt.com.pk: links in h3.jeg_post_title, story in div.jeg_post (a JNews site)',
  'Newspaper (tagDiv)': 'tagDiv Newspaper theme markup, ../shared/notes/clutter-and-embeds.md',
  'The Hill':
    'corpus article-extraction-benchmark/156770d676ce (thehill.com): a person hover card (photo, name, their stories) inside a sentence',
  'Urdu Point': 'corpus magic-html-benchmark/urdupoint-article-9860: trending bar, related-article cards, English SEO blurb',
  YARPP: 'Yet Another Related Posts Plugin markup, ../shared/notes/clutter-and-embeds.md',
  ZoxPress: 'ZoxPress (MVP Themes) markup, ../shared/notes/clutter-and-embeds.md; the mission page models it',
};
