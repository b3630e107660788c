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
  {
    case: 'mozilla-readability/bbc-1',
    span: 'Five things we learned from Obama interview',
    why: 'one of two link-only paragraphs to other stories inside the body (link-runs)',
  },
  { case: 'mozilla-readability/bbc-1', span: 'The presidential body swerve', why: 'the second of the two related-story links (link-runs)' },
  {
    case: 'mozilla-readability/breitbart',
    span: 'SIGN UP FOR OUR NEWSLETTER',
    why: 'newsletter sign-up box (newsletter-boxes), twice in the page',
  },
  { case: 'mozilla-readability/breitbart', span: 'SIGN UP FOR OUR NEWSLETTER', why: 'the second copy of the same sign-up box' },
  {
    case: 'mozilla-readability/breitbart',
    span: '22 Dec, 2016',
    why: 'the published <time> stamp under the headline, printed hidden for Instant Articles (counters: a date line alone in the headline area); the reader shows the date in its header',
  },
  { case: 'mozilla-readability/breitbart', span: '22 Dec, 2016', why: 'the modified <time> stamp beside it' },
  {
    case: 'mozilla-readability/cnn',
    span: 'Related: Rich are paying more in taxes but not as much as they used to',
    why: 'inline "Related:" link to another story (read-also)',
  },
  {
    case: 'mozilla-readability/cnn',
    span: "Related: Chicago is America's most segregated city",
    why: 'inline "Related:" link to another story (read-also)',
  },
  { case: 'mozilla-readability/nytimes-5', span: 'Highlights', why: 'visually hidden heading of the highlights block (furniture)' },
  {
    case: 'mozilla-readability/nytimes-5',
    span: 'Photo CreditDanielle Chenette Photo CreditCari Vander Yacht Photo CreditBianca Bagnarelli',
    why: 'three Opinion teaser cards of a section front (issue 9 class 6), not one story (record-lists)',
  },
  {
    case: 'mozilla-readability/nytimes-5',
    span: 'Especial Más en Especial › Photo CreditPhoto Illustration by Andrew B. Myers for The New York Times El desafío Come bien Actualiza tus hábitos alimenticios este año, sin necesidad de hacer dieta. By Tara Parker-Pope Photo CreditPhoto Illustration by Andrew B. Myers for The New York Times Photo CreditFotoilustraciones de Andrew B. Myers para The New York Times Photo CreditFotoilustración de Andrew B. Myers para The New York Times',
    why: '"Más en Especial" teaser section of the section front (record-lists)',
  },
  {
    case: 'mozilla-readability/nytimes-5',
    span: 'El brote de Coronavirus Más en El brote de Coronavirus › Photo Credit Photo CreditDustin Chambers para The New York Times ¿Ómicron puede causar covid prolongada? Los científicos dicen que aún es muy pronto para saber si quienes se infectan con la nueva variante tendrán síntomas persistentes. Una infección leve no necesariamente es señal de que hay menos riesgo. By Pam Belluck Photo CreditJohnathon Kelso for The New York Times Photo CreditJenn Ackerman para The New York Times Photo CreditCharlie Rubin para The New York Times',
    why: '"Más en El brote de Coronavirus" teaser section (record-lists)',
  },
  {
    case: 'mozilla-readability/nytimes-5',
    span: 'Estados Unidos Más en Estados Unidos › Photo CreditChristopher Lee para The New York Times Photo CreditPete Marovich para The New York Times Photo CreditJason Andrew para The New York Times Photo CreditCooper Neill para The New York Times Photo CreditJenny Hueston El auge y la caída de Elizabeth Holmes El caso de la fundadora de Theranos podría cambiar el estatus de culto que tienen algunos emprendedores tecnológicos a los que no se les cuestionan sus ambiciosos proyectos ni se les exige que rindan cuentas. By David Streitfeld',
    why: '"Más en Estados Unidos" teaser section (record-lists)',
  },
  {
    case: 'mozilla-readability/nytimes-5',
    span: 'Lo más reciente Buscar',
    why: 'the "latest" link list and the search label at the foot of the section front (record-lists)',
  },
  {
    case: 'mozilla-readability/qq',
    span: '转播到腾讯微博',
    why: '"retweet to Tencent Weibo" button of the related-video carousel, removed with its < > arrows (page-nav)',
  },
  {
    case: 'mozilla-readability/qq',
    span: 'TNW中文站2016年10月14日07:17',
    why: 'source and time line inside the share box (boilerplate: share links, no prose)',
  },
  { case: 'mozilla-readability/qq', span: '[责任编辑：alonliu]', why: '"editor in charge" credit line below the story (boilerplate)' },
  {
    case: 'mozilla-readability/qq',
    span: '您认为这篇文章与"新一网（08008.HK）"相关度高吗？',
    why: 'relevance poll next to the comment count (boilerplate)',
  },
  {
    case: 'mozilla-readability/theverge',
    span: 'Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside conversation. Your first month is free!',
    why: 'newsletter promotion (newsletter-boxes)',
  },
  { case: 'mozilla-readability/wapo-1', span: 'Read more:', why: 'heading of a "Read more" list of other stories (related-sections)' },
  {
    case: 'mozilla-readability/wapo-1',
    span: 'Tunisia’s Islamists get a sobering lesson in governing',
    why: 'linked headline in the "Read more" list',
  },
  {
    case: 'mozilla-readability/wapo-1',
    span: 'Tunisia sends most foreign fighters to Islamic State in Syria',
    why: 'linked headline in the "Read more" list (its "[Read: ...]" copy in the body stays)',
  },
  {
    case: 'mozilla-readability/wapo-1',
    span: 'Tunisia’s Bardo museum is home to amazing Roman treasures',
    why: 'linked headline in the "Read more" list',
  },
  {
    case: 'mozilla-readability/yahoo-3',
    span: 'Pizza Man Making Special Delivery Pizza Delivery to Afghanistan During Super Bowl',
    why: 'first of three link-only paragraphs to other ABC stories after the story (link-runs)',
  },
  {
    case: 'mozilla-readability/yahoo-3',
    span: "Redesigned Scopes Fail to Stop 'Superbug Outbreaks",
    why: 'second related-story link (link-runs)',
  },
  {
    case: 'mozilla-readability/yahoo-3',
    span: "Antarctica 'Penguin Post Office' Attracts Record Number of Applicants",
    why: 'third related-story link (link-runs)',
  },
];
