import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { NO_STATUS, type StatusApi } from './StatusLine';

/**
 * "Translate all" for the reader's toolbar. Every mounted TranslateControls registers a trigger
 * here; the action presses each one (those already translated ignore it). Module state is fine:
 * one reader per page realm.
 */
const triggers = new Set<() => void>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Registers a translatable item; returns the unregister function. */
export function registerTranslatable(trigger: () => void): () => void {
  triggers.add(trigger);
  notify();
  return () => {
    triggers.delete(trigger);
    notify();
  };
}

/** Translates every embed and quote in the open reader; returns how many were asked. */
export function translateAll(): number {
  for (const t of [...triggers]) t();
  return triggers.size;
}

/** The toolbar button; renders nothing while no item needs translating. Says what it started in `status`. */
export function TranslateAllButton({ uiLang, status = NO_STATUS }: { uiLang: UiLang; status?: StatusApi }) {
  const [count, setCount] = useState(triggers.size);
  useEffect(() => {
    const l = () => setCount(triggers.size);
    listeners.add(l);
    l();
    return () => void listeners.delete(l);
  }, []);
  if (!count) return null;
  return (
    <button
      type="button"
      class="saaf-btn saaf-translate-all"
      data-control="translate-all"
      title={t(uiLang, 'tr.translateAll')}
      onClick={() => {
        const n = translateAll();
        status.show({ source: 'translate', kind: 'info', text: t(uiLang, 'tr.translatingAll', { n }, { count: n }) });
      }}
    >
      {/* Like the toolbar's other buttons: an icon, and a label that drops when the bar is narrow. */}
      <span aria-hidden="true">⇄</span> <span class="saaf-btn-label saaf-minor">{t(uiLang, 'tr.translateAll')}</span>
    </button>
  );
}
