import { useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { TimeoutError, withTimeout } from '@/utils/timeout';
import { send } from '@/utils/messaging/send';

type State = 'idle' | 'saving' | 'saved' | 'failed' | 'no-answer';

/**
 * How long Save waits for the background. A save fetches photos one by one within their own
 * limits; an answer that has not come by then will not come (Firefox leaves the message of an
 * extension that was reloaded mid-save pending for ever).
 */
export const SAVE_TIMEOUT_MS = 3 * 60_000;

/** Asks the background to save the tab this overlay runs in (it re-extracts with the same pipeline). */
function saveThisTab(): Promise<{ ok: boolean }> {
  return send({ type: 'save-current-tab' });
}

interface Props {
  uiLang: UiLang;
  /** Injected by tests; defaults to the `save-current-tab` message. */
  save?: () => Promise<{ ok: boolean }>;
  /** Injected by tests; defaults to SAVE_TIMEOUT_MS. */
  timeoutMs?: number;
}

/**
 * "Save" for the reader toolbar. Renders only in the reader overlay on a web page: in the
 * library's own article view (an extension page) the article is already saved.
 */
export function SaveButton({ uiLang, save = saveThisTab, timeoutMs = SAVE_TIMEOUT_MS }: Props) {
  const [state, setState] = useState<State>('idle');
  if (!/^https?:$/.test(location.protocol)) return null;
  const label = state === 'saving' ? t(uiLang, 'lib.saving') : state === 'saved' ? t(uiLang, 'lib.saved') : t(uiLang, 'lib.save');
  const status = state === 'saved' ? t(uiLang, 'lib.savedToLibrary') : state === 'failed' ? t(uiLang, 'lib.saveFailed') : state === 'no-answer' ? t(uiLang, 'lib.saveNoAnswer') : '';
  const title = status || `${t(uiLang, 'lib.save')} (Alt+Shift+S)`;
  const onClick = () => {
    setState('saving');
    let pending: Promise<{ ok: boolean }>;
    try {
      pending = save();
    } catch (err) {
      pending = Promise.reject(err); // "Extension context invalidated" is thrown, not returned
    }
    withTimeout(pending, timeoutMs).then(
      (r) => setState(r?.ok ? 'saved' : 'failed'),
      (err: unknown) => setState(err instanceof TimeoutError ? 'no-answer' : 'failed'),
    );
  };
  return (
    <button type="button" class="saaf-btn" data-control="save" data-state={state} aria-keyshortcuts="Alt+Shift+S" title={title} disabled={state === 'saving'} onClick={onClick}>
      <span aria-hidden="true">{state === 'saved' ? '✓' : state === 'failed' || state === 'no-answer' ? '!' : '⤓'}</span> <span class="saaf-btn-label">{label}</span>
      <span class="saaf-sr" role="status">{status}</span>
    </button>
  );
}
