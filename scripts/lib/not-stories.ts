/**
 * Corpus pages that are not one story (home, section, search, tag pages): the reader must show
 * the "no article here" message on them (`not-a-story`), and Readability's word check, which
 * expects Readability's own output of such a page, is not applied. Every other corpus page must
 * come out as an article.
 */
export interface NotAStory {
  case: string;
  why: string;
}

export const NOT_STORIES: readonly NotAStory[] = [
  {
    case: 'mozilla-readability/nytimes-5',
    why: 'the front page of The New York Times en Español: JSON-LD CollectionPage with an ItemList, canonical https://www.nytimes.com/es/, a column of teasers',
  },
];
