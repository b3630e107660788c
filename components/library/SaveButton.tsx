import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type UiLang } from '@/utils/i18n';
import type { SaveOutcome } from '@/utils/library/messages';

type State = 'idle' | 'saving' | 'saved' | 'failed';

/** Asks the background to save the tab this overlay runs in (it re-extracts with the same pipeline). */
function saveThisTab(): Promise<SaveOutcome> {
  return browser.runtime.sendMessage({ type: 'save-current-tab' }) as Promise<SaveOutcome>;
}

interface Props {
  uiLang: UiLang;
  /** Injected by tests; defaults to the `save-current-tab` message. */
  save?: () => Promise<SaveOutcome>;
}

/**
 * "Save" for the reader toolbar. Renders only in the reader overlay on a web page: in the
 * library's own article view (an extension page) the article is already saved.
 */
export function SaveButton({ uiLang, save = saveThisTab }: Props) {
  const [state, setState] = useState<State>('idle');
  if (!/^https?:$/.test(location.protocol)) return null;
  const label = state === 'saving' ? t(uiLang, 'lib.saving') : state === 'saved' ? t(uiLang, 'lib.saved') : t(uiLang, 'lib.save');
  const title = state === 'saved' ? t(uiLang, 'lib.savedToLibrary') : state === 'failed' ? t(uiLang, 'lib.saveFailed') : `${t(uiLang, 'lib.save')} (Alt+Shift+S)`;
  const onClick = () => {
    setState('saving');
    save().then(
      (r) => setState(r?.ok ? 'saved' : 'failed'),
      () => setState('failed'),
    );
  };
  return (
    <button type="button" class="saaf-btn" data-control="save" data-state={state} aria-keyshortcuts="Alt+Shift+S" title={title} disabled={state === 'saving'} onClick={onClick}>
      <span aria-hidden="true">{state === 'saved' ? '✓' : state === 'failed' ? '!' : '⤓'}</span> <span class="saaf-btn-label">{label}</span>
      <span class="saaf-sr" role="status">{state === 'saved' ? t(uiLang, 'lib.savedToLibrary') : state === 'failed' ? t(uiLang, 'lib.saveFailed') : ''}</span>
    </button>
  );
}
