import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';

/** How far the reader has scrolled (0..100) through the reader's own scroll container. */
export function Progress({ scroller, uiLang }: { scroller: () => HTMLElement | null; uiLang: UiLang }) {
  const [pct, setPct] = useState(0);
  useEffect(() => {
    const el = scroller();
    if (!el) return;
    const update = () => {
      const max = el.scrollHeight - el.clientHeight;
      setPct(max > 0 ? Math.round((el.scrollTop / max) * 100) : 100);
    };
    el.addEventListener('scroll', update, { passive: true });
    // The article is inserted after this effect and fonts change its height: follow the content.
    // The observer's first report comes after the frame's own layout. Reading the heights here
    // instead forced a layout of the reader before its first paint (about 20 ms on an Urdu page),
    // when the effect ran inside a render.
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    for (const child of el.children) ro?.observe(child);
    if (!ro) update();
    return () => {
      el.removeEventListener('scroll', update);
      ro?.disconnect();
    };
  }, [scroller]);
  return (
    <div
      class="saaf-progress"
      role="progressbar"
      aria-label={t(uiLang, 'progress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
    >
      <div class="saaf-progress-bar" style={{ width: `${pct}%` }} />
    </div>
  );
}
