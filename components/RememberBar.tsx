import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import type { DeriveResult } from '@/utils/site-rules/derive';
import type { UserRule } from '@/utils/site-rules/types';

interface Props {
  uiLang: UiLang;
  /** The site the rule is for (shown to the reader). */
  host: string;
  /** Derives the rule from the removed block's origin on the live page. */
  derive: () => DeriveResult;
  /** Stores the rule; Saaf applies it on this site's next pages. */
  save: (rule: UserRule) => Promise<void>;
}

type State =
  | { step: 'offer' }
  | { step: 'check'; rule: UserRule; matches: number }
  | { step: 'refused'; reason: 'story-text' | 'no-shape' | 'too-broad'; matches: number }
  | { step: 'saving'; rule: UserRule; matches: number }
  | { step: 'saved' | 'failed' };

/**
 * "Remember for this site", offered after a removal (under the toolbar, never in it): Saaf derives
 * a rule from the block's place in the page, says how many blocks on this page it matches, refuses
 * one that would also take story text (and says why), and saves it only when the reader confirms.
 */
export function RememberBar({ uiLang, host, derive, save }: Props) {
  const [state, setState] = useState<State>({ step: 'offer' });
  const bar = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // The button pressed goes away with its step: focus follows to the next step's first button
  // (or to the message), never to the page's start.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const target = bar.current?.querySelector<HTMLElement>('button') ?? bar.current?.querySelector<HTMLElement>('[tabindex]');
    target?.focus({ preventScroll: true });
  }, [state.step]);
  const go = (next: State) => {
    moved.current = true;
    setState(next);
  };

  const check = () => {
    let r: DeriveResult;
    try {
      r = derive();
    } catch (err) {
      console.warn('Saaf: could not derive a rule', err);
      go({ step: 'failed' });
      return;
    }
    go(r.ok ? { step: 'check', rule: r.rule, matches: r.matches } : { step: 'refused', reason: r.reason, matches: r.matches });
  };
  const confirm = (rule: UserRule, matches: number) => {
    setState({ step: 'saving', rule, matches });
    save(rule).then(
      () => go({ step: 'saved' }),
      (err: unknown) => {
        console.warn('Saaf: could not save the rule', err);
        go({ step: 'failed' });
      },
    );
  };
  const message =
    state.step === 'offer'
      ? t(uiLang, 'edit.remember.offer')
      : state.step === 'check' || state.step === 'saving'
        ? t(uiLang, 'edit.remember.matches', { n: state.matches, host }, { count: state.matches })
        : state.step === 'refused'
          ? t(uiLang, `edit.remember.refused.${state.reason}`, { n: state.matches })
          : state.step === 'saved'
            ? t(uiLang, 'edit.remember.saved', { host })
            : t(uiLang, 'edit.remember.failed');
  return (
    <div class="saaf-remember" ref={bar} data-control="remember-bar" data-step={state.step}>
      <p class="saaf-remember-msg" role="status" aria-live="polite" tabindex={-1}>
        {message}
      </p>
      {state.step === 'offer' && (
        <button type="button" class="saaf-btn" data-control="remember" title={t(uiLang, 'edit.rememberHint', { host })} onClick={check}>
          {t(uiLang, 'edit.remember')}
        </button>
      )}
      {(state.step === 'check' || state.step === 'saving') && (
        <>
          <button
            type="button"
            class="saaf-btn"
            data-control="remember-save"
            disabled={state.step === 'saving'}
            onClick={() => state.step === 'check' && confirm(state.rule, state.matches)}
          >
            {t(uiLang, 'edit.remember.save')}
          </button>
          <button type="button" class="saaf-btn" data-control="remember-cancel" onClick={() => go({ step: 'offer' })}>
            {t(uiLang, 'edit.remember.cancel')}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * After "Select the story": says the reader shows the region chosen on the page, and offers to
 * keep it as the site's story region ("always use this region here").
 */
export function RegionBar({
  uiLang,
  host,
  rule,
  save,
}: {
  uiLang: UiLang;
  host: string;
  rule: UserRule;
  save: (rule: UserRule) => Promise<void>;
}) {
  const [step, setStep] = useState<'offer' | 'saving' | 'saved' | 'failed'>('offer');
  const msg = useRef<HTMLParagraphElement>(null);
  const keep = () => {
    setStep('saving');
    save(rule).then(
      () => setStep('saved'),
      (err: unknown) => {
        console.warn('Saaf: could not save the region', err);
        setStep('failed');
      },
    );
  };
  // The button goes away once used: the focus moves to what happened.
  useEffect(() => {
    if (step === 'saved' || step === 'failed') msg.current?.focus({ preventScroll: true });
  }, [step]);
  const message =
    step === 'saved'
      ? t(uiLang, 'edit.region.saved', { host })
      : step === 'failed'
        ? t(uiLang, 'edit.region.failed')
        : t(uiLang, 'edit.region.shown');
  return (
    <div class="saaf-remember" data-control="region-bar" data-step={step}>
      <p class="saaf-remember-msg" ref={msg} role="status" aria-live="polite" tabindex={-1}>
        {message}
      </p>
      {(step === 'offer' || step === 'saving') && (
        <button type="button" class="saaf-btn" data-control="region-always" disabled={step === 'saving'} onClick={keep}>
          {t(uiLang, 'edit.region.always', { host })}
        </button>
      )}
    </div>
  );
}
