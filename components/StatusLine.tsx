import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';

/**
 * One message from an action (read aloud, translate, save, export). `source` names the action:
 * a new message from the same source replaces the old one, and the source clears its own message
 * when it stops being true (the voice appeared, the reading stopped).
 */
export interface StatusMessage {
  source: string;
  text: string;
  /** Errors are announced at once (`role="alert"`); everything else politely. */
  kind: 'info' | 'error';
  /** A follow-up the message offers ("Undo", "Open the translation settings"). */
  action?: { label: string; run: () => void };
  /** How long it stays; `null` = until dismissed or cleared by its source. Defaults by kind. */
  ttlMs?: number | null;
}

/** How long a message stays when it does not say: long enough to read twice, then it goes. */
export const STATUS_TTL_MS = { info: 6_000, error: 12_000 } as const;

export interface StatusApi {
  show(msg: StatusMessage): void;
  /** Removes the message of `source` (only if it is still the one shown). */
  clear(source: string): void;
}

/** For an action rendered where nothing shows its messages. */
export const NO_STATUS: StatusApi = { show: () => undefined, clear: () => undefined };

/**
 * The state behind a status line: one message at a time, replaced by the next, gone after its
 * time (the clock waits while the pointer or focus is on it, so it is never pulled away mid-read).
 */
export function useStatus(): { message: StatusMessage | null; api: StatusApi; dismiss: () => void; hold: (on: boolean) => void } {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [held, setHeld] = useState(false);
  const api = useRef<StatusApi>({
    show: (msg) => setMessage(msg),
    clear: (source) => setMessage((m) => (m?.source === source ? null : m)),
  }).current;
  // A new message (or none) starts with its own clock.
  useEffect(() => setHeld(false), [message]);
  useEffect(() => {
    if (!message || held) return;
    const ttl = message.ttlMs === undefined ? (message.action ? null : STATUS_TTL_MS[message.kind]) : message.ttlMs;
    if (ttl === null) return;
    const timer = setTimeout(() => setMessage((m) => (m === message ? null : m)), ttl);
    return () => clearTimeout(timer);
  }, [message, held]);
  const dismiss = useCallback(() => setMessage(null), []);
  return { message, api, dismiss, hold: setHeld };
}

interface Props {
  uiLang: UiLang;
  message: StatusMessage | null;
  onDismiss: () => void;
  /** Pauses the message's clock while the pointer or focus is on it. */
  onHold?: (on: boolean) => void;
  /** The class of the outer element; each page styles it (`saaf-status`, `lib-status`). */
  class: string;
}

/**
 * The one place where actions speak: a polite live region and an alert region that are always in
 * the document (a region that appears together with its text is often not read out), the text,
 * its follow-up and a close button. Positioned by the page's CSS out of the toolbar's flow.
 */
export function StatusLine({ uiLang, message, onDismiss, onHold, class: cls }: Props) {
  const error = message?.kind === 'error';
  const body = message && (
    <>
      <span class="status-text">{message.text}</span>
      {message.action && (
        <button
          type="button"
          class="status-action"
          onClick={() => {
            message.action!.run();
            onDismiss();
          }}
        >
          {message.action.label}
        </button>
      )}
    </>
  );
  return (
    <div
      class={cls}
      data-status={message ? message.kind : 'none'}
      data-source={message?.source}
      onMouseEnter={() => onHold?.(true)}
      onMouseLeave={() => onHold?.(false)}
      onFocusIn={() => onHold?.(true)}
      onFocusOut={() => onHold?.(false)}
    >
      <div class="status-polite" role="status" aria-live="polite">
        {!error && body}
      </div>
      <div class="status-alert" role="alert">
        {error && body}
      </div>
      {message && (
        <button
          type="button"
          class="status-close"
          aria-label={t(uiLang, 'statusDismiss')}
          title={t(uiLang, 'statusDismiss')}
          onClick={onDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
