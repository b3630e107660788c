import type { EmbedDetector } from './types';
import { tweetBlockquote, renderedTweet } from './tweets';
import { facebook, instagram, youtube } from './posts';
import { foreignQuote } from './quotes';
import { telegram } from './telegram';

export type { EmbedDetector } from './types';

/**
 * Detectors in priority order: an element claimed by one is not read again by the next (a
 * tweet blockquote carries `lang` on its paragraph and is a tweet, not a quote).
 */
export const EMBED_DETECTORS: readonly EmbedDetector[] = [
  tweetBlockquote,
  renderedTweet,
  instagram,
  facebook,
  youtube,
  telegram,
  foreignQuote,
];
