import type { ProblemKind } from '../../scripts/lib/check';

/**
 * The ONE list of corpus checks the engine does not pass yet: case, the fragment (or field) and
 * why. The harness fails when a listed failure no longer happens, so this list only shrinks.
 * The mission page (mission/ev-china-tweet) is never on it.
 */
export interface KnownFailure {
  case: string;
  kind: ProblemKind;
  fragment: string;
  reason: string;
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [
  {
    case: 'fetch_util-reduced/generic_mobile_arabic_article',
    kind: 'field',
    fragment: 'publishedTime',
    reason:
      'annotation says null, but the URL carries /2026/07/09/ and Saaf reads URL dates as a last resort (CNN Arabic needs it); a disagreement with the annotation, not a wrong date',
  },
];
