import type { Segment } from '@/utils/library/snippet';

/** Search-highlighted text: matched whole words in `<mark>` (background colour only), all as text. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
