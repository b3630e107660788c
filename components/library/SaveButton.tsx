import { useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { TimeoutError, withTimeout } from '@/utils/timeout';

type State = 'idle' | 'saving' | 'saved' | 'failed' | 'no-answer';

/**
 * How long Save waits for the background. A save fetches photos one by one within their own
 * limits; an answer that has not come by then will not come (Firefox leaves the message of an
 * extension that was reloaded mid-save pending for ever).
 */
export const SAVE_TIMEOUT_MS = 3 * 60_000;

interface Props {
  uiLang: UiLang;
  /** Saves the article (the overlay sends the one it already extracted to the background). */
  save: () => Promise<{ ok: boolean }>;
  /** Injected by tests; defaults to SAVE_TIMEOUT_MS. */
  timeoutMs?: number;
}

/**
 * "Save" for the reader toolbar. Only the overlay on a web page gives the reader a `save`: in the
 * library's own article view (an extension page) the article is already saved.
 */
export function SaveButton({ uiLang, save, timeoutMs = SAVE_TIMEOUT_MS }: Props) {
  const [state, setState] = useState<State>('idle');
  const label = state === 'saving' ? t(uiLang, 'lib.saving') : state === 'saved' ? t(uiLang, 'lib.saved') : t(uiLang, 'lib.save');
  const status =
    state === 'saved'
      ? t(uiLang, 'lib.savedToLibrary')
      : state === 'failed'
        ? t(uiLang, 'lib.saveFailed')
        : state === 'no-answer'
          ? t(uiLang, 'lib.saveNoAnswer')
          : '';
  const title = status || `${t(uiLang, 'lib.save')} (Alt+Shift+S)`;
  const onClick = () => {
    setState('saving');
    let pending: Promise<{ ok: boolean }>;
    try {
      pending = save();
    } catch (err) {
      pending = Promise.reject(err instanceof Error ? err : new Error(String(err))); // "Extension context invalidated" is thrown, not returned
    }
    withTimeout(pending, timeoutMs).then(
      (r) => setState(r?.ok ? 'saved' : 'failed'),
      (err: unknown) => setState(err instanceof TimeoutError ? 'no-answer' : 'failed'),
    );
  };
  return (
    <button
      type="button"
      class="saaf-btn"
      data-control="save"
      data-state={state}
      aria-keyshortcuts="Alt+Shift+S"
      title={title}
      disabled={state === 'saving'}
      onClick={onClick}
    >
      <span aria-hidden="true">{state === 'saved' ? '✓' : state === 'failed' || state === 'no-answer' ? '!' : '⤓'}</span>{' '}
      <span class="saaf-btn-label">{label}</span>
      <span class="saaf-sr" role="status">
        {status}
      </span>
    </button>
  );
}
