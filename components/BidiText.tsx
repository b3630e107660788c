import { findLtrRuns } from '@/utils/rtl/runs';

/**
 * Plain text (a title, a byline) with its English runs, URLs and handles isolated in `<bdi>` when
 * it sits in right-to-left text: the same rule the bidi pass applies to the article body.
 * Renders text only, never HTML.
 */
export function BidiText({ text, dir }: { text: string; dir: 'ltr' | 'rtl' }) {
  if (dir !== 'rtl') return <>{text}</>;
  const parts: (string | { run: string })[] = [];
  let at = 0;
  for (const r of findLtrRuns(text)) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push({ run: text.slice(r.start, r.end) });
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <bdi key={i}>{p.run}</bdi>))}</>;
}
