import { useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { formatNumber } from '@/utils/rtl/digits';
import { TimeoutError, withTimeout } from '@/utils/timeout';
import { NO_STATUS, type StatusApi } from '../StatusLine';

type State = 'idle' | 'saving' | 'saved' | 'failed' | 'no-answer';

/**
 * How long Save waits for the background. A save fetches photos one by one within their own
 * limits; an answer that has not come by then will not come (Firefox leaves the message of an
 * extension that was reloaded mid-save pending for ever).
 */
export const SAVE_TIMEOUT_MS = 3 * 60_000;

/** What a save answers: how many images were kept, skipped, and skipped only by the limits. */
export interface SaveReply {
  ok: boolean;
  images?: number;
  imagesSkipped?: number;
  imagesCapped?: number;
}

/** Saves the article; `allImages` lifts the count and total image limits ("keep all images"). */
export type SaveFn = (opts?: { allImages?: boolean }) => Promise<SaveReply>;

interface Props {
  uiLang: UiLang;
  /** Saves the article (the overlay sends the one it already extracted to the background). */
  save: SaveFn;
  /** Injected by tests; defaults to SAVE_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Where the outcome is said (the reader's status line). */
  status?: StatusApi;
}

/**
 * "Save" for the reader toolbar. Only the overlay on a web page gives the reader a `save`: in the
 * library's own article view (an extension page) the article is already saved. A save that left
 * images out says how many it kept ("Saved, 40 of 500 images"), and when the limits left them out,
 * offers "Keep all images", which saves again without the count and total limits.
 */
export function SaveButton({ uiLang, save, timeoutMs = SAVE_TIMEOUT_MS, status: line = NO_STATUS }: Props) {
  const [state, setState] = useState<State>('idle');
  const [reply, setReply] = useState<SaveReply | null>(null);
  const said = (state: State, reply: SaveReply | null): string => {
    const kept = reply?.images ?? 0;
    const total = kept + (reply?.imagesSkipped ?? 0);
    const partial = state === 'saved' && total > kept;
    return state === 'saved'
      ? partial
        ? t(uiLang, 'lib.savedImages', { n: formatNumber(kept, 'latn'), total: formatNumber(total, 'latn') }, { count: total })
        : t(uiLang, 'lib.savedToLibrary')
      : state === 'failed'
        ? t(uiLang, 'lib.saveFailed')
        : state === 'no-answer'
          ? t(uiLang, 'lib.saveNoAnswer')
          : '';
  };
  const kept = reply?.images ?? 0;
  const partial = state === 'saved' && kept + (reply?.imagesSkipped ?? 0) > kept;
  const label = state === 'saving' ? t(uiLang, 'lib.saving') : state === 'saved' ? t(uiLang, 'lib.saved') : t(uiLang, 'lib.save');
  const status = said(state, reply);
  // The outcome goes to the reader's status line (announced there); the button keeps its state.
  const settle = (next: State, r: SaveReply | null) => {
    setReply(r);
    setState(next);
    line.show({ source: 'save', kind: next === 'saved' ? 'info' : 'error', text: said(next, r) });
  };
  const title = status || `${t(uiLang, 'lib.save')} (Alt+Shift+S)`;
  const run = (opts?: { allImages?: boolean }) => {
    setState('saving');
    line.clear('save');
    let pending: Promise<SaveReply>;
    try {
      pending = save(opts);
    } catch (err) {
      pending = Promise.reject(err instanceof Error ? err : new Error(String(err))); // "Extension context invalidated" is thrown, not returned
    }
    withTimeout(pending, timeoutMs).then(
      (r) => settle(r?.ok ? 'saved' : 'failed', r?.ok ? r : null),
      (err: unknown) => settle(err instanceof TimeoutError ? 'no-answer' : 'failed', null),
    );
  };
  return (
    <>
      <button
        type="button"
        class="saaf-btn"
        data-control="save"
        data-state={state}
        aria-keyshortcuts="Alt+Shift+S"
        title={title}
        disabled={state === 'saving'}
        onClick={() => run()}
      >
        <span aria-hidden="true">{state === 'saved' ? '✓' : state === 'failed' || state === 'no-answer' ? '!' : '⤓'}</span>{' '}
        <span class="saaf-btn-label">{partial ? status : label}</span>
      </button>
      {partial && (reply?.imagesCapped ?? 0) > 0 && (
        <button type="button" class="saaf-btn" data-control="save-all-images" onClick={() => run({ allImages: true })}>
          {t(uiLang, 'lib.keepAllImages')}
        </button>
      )}
    </>
  );
}
