/**
 * Spans of Readability's own expected output (mozilla-readability/*) that Saaf drops on purpose
 * because they are clutter, each named. The non-regression check leaves their words out before
 * requiring 99% of the rest; the harness fails if a span is no longer dropped (stale entry).
 */
export interface DroppedClutter {
  case: string;
  span: string;
  why: string;
}

export const DROPPED_CLUTTER: readonly DroppedClutter[] = [
  { case: 'mozilla-readability/bbc-1', span: 'Five things we learned from Obama interview', why: 'one of two link-only paragraphs to other stories inside the body (link-runs)' },
  { case: 'mozilla-readability/bbc-1', span: 'The presidential body swerve', why: 'the second of the two related-story links (link-runs)' },
  { case: 'mozilla-readability/breitbart', span: 'SIGN UP FOR OUR NEWSLETTER', why: 'newsletter sign-up box (newsletter-boxes), twice in the page' },
  { case: 'mozilla-readability/breitbart', span: 'SIGN UP FOR OUR NEWSLETTER', why: 'the second copy of the same sign-up box' },
  { case: 'mozilla-readability/cnn', span: 'Related: Rich are paying more in taxes but not as much as they used to', why: 'inline "Related:" link to another story (read-also)' },
  { case: 'mozilla-readability/cnn', span: "Related: Chicago is America's most segregated city", why: 'inline "Related:" link to another story (read-also)' },
  { case: 'mozilla-readability/qq', span: 'TNW中文站2016年10月14日07:17', why: 'source and time line inside the share box (boilerplate: share links, no prose)' },
  { case: 'mozilla-readability/qq', span: '[责任编辑：alonliu]', why: '"editor in charge" credit line below the story (boilerplate)' },
  { case: 'mozilla-readability/qq', span: '您认为这篇文章与"新一网（08008.HK）"相关度高吗？', why: 'relevance poll next to the comment count (boilerplate)' },
  {
    case: 'mozilla-readability/theverge',
    span: 'Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside conversation. Your first month is free!',
    why: 'newsletter promotion (newsletter-boxes)',
  },
  { case: 'mozilla-readability/wapo-1', span: 'Read more:', why: 'heading of a "Read more" list of other stories (related-sections)' },
  { case: 'mozilla-readability/wapo-1', span: 'Tunisia’s Islamists get a sobering lesson in governing', why: 'linked headline in the "Read more" list' },
  { case: 'mozilla-readability/wapo-1', span: 'Tunisia sends most foreign fighters to Islamic State in Syria', why: 'linked headline in the "Read more" list (its "[Read: ...]" copy in the body stays)' },
  { case: 'mozilla-readability/wapo-1', span: 'Tunisia’s Bardo museum is home to amazing Roman treasures', why: 'linked headline in the "Read more" list' },
  {
    case: 'mozilla-readability/yahoo-3',
    span: 'Pizza Man Making Special Delivery Pizza Delivery to Afghanistan During Super Bowl',
    why: 'first of three link-only paragraphs to other ABC stories after the story (link-runs)',
  },
  { case: 'mozilla-readability/yahoo-3', span: "Redesigned Scopes Fail to Stop 'Superbug Outbreaks", why: 'second related-story link (link-runs)' },
  { case: 'mozilla-readability/yahoo-3', span: "Antarctica 'Penguin Post Office' Attracts Record Number of Applicants", why: 'third related-story link (link-runs)' },
];
