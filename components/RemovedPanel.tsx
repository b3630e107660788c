import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { groupRemovals, ruleKind, type RemovalLike, type RuleKind } from '@/utils/reader/removed';

interface Props {
  uiLang: UiLang;
  /** The article's removals (`Article.removed`). */
  removed: readonly RemovalLike[];
  /** Puts a rule's removals back (extracts again without the rule); resolves false when it could not. */
  onRestore: (r: RemovalLike) => Promise<boolean>;
  /** Records a general rule's miss on this machine. */
  onMiss?: (r: RemovalLike) => Promise<void>;
  /** Downloads the recorded misses as a JSON report. */
  onExportMisses?: () => Promise<void>;
  /** Deletes one of the reader's rules (`user:<id>`). */
  onDeleteRule?: (rule: string) => Promise<void>;
  /** "Select the story" (Saaf picked the wrong part of the page): the button is offered here. */
  selectStory?: ComponentChildren;
}

/** What the panel says after a "part of the story": what was put back, and what can follow. */
interface After {
  kind: RuleKind;
  rule: string;
  state: 'restored' | 'failed' | 'deleted' | 'missed' | 'exported';
}

const GROUP_TITLE = { general: 'edit.group.general', site: 'edit.group.site', user: 'edit.group.user' } as const;

/**
 * "What Saaf removed": every removal of this article grouped by rule (Saaf's general rules, its
 * rules for this site, the reader's own), each group in page order, with the text. "This was part
 * of the story" puts a removal back at once; for a rule of the reader's it then offers to delete
 * the rule, for a general rule it records the miss on this machine (exportable as a report).
 */
export function RemovedPanel({ uiLang, removed, onRestore, onMiss, onExportMisses, onDeleteRule, selectStory }: Props) {
  const [after, setAfter] = useState<After | null>(null);
  const [busy, setBusy] = useState(false);
  const groups = groupRemovals(removed);

  const restore = async (r: RemovalLike) => {
    setBusy(true);
    const kind = ruleKind(r.rule);
    try {
      const ok = await onRestore(r);
      setAfter({ kind, rule: r.rule, state: ok ? 'restored' : 'failed' });
      if (ok && kind === 'general' && onMiss) {
        await onMiss(r);
        setAfter({ kind, rule: r.rule, state: 'missed' });
      }
    } catch {
      setAfter({ kind, rule: r.rule, state: 'failed' });
    } finally {
      setBusy(false);
    }
  };
  const step = (state: After['state'], job: () => Promise<void>) => {
    if (!after) return;
    const was = after;
    setBusy(true);
    job().then(
      () => {
        setAfter({ ...was, state });
        setBusy(false);
      },
      () => {
        setAfter({ ...was, state: 'failed' });
        setBusy(false);
      },
    );
  };

  return (
    <section id="saaf-removed" class="saaf-panel saaf-removed" aria-labelledby="saaf-removed-title">
      <h2 id="saaf-removed-title" class="saaf-panel-title">
        {t(uiLang, 'edit.removedTitle')}
      </h2>
      <p class="saaf-sr" role="status" aria-live="polite">
        {after ? t(uiLang, `edit.after.${after.state}`) : ''}
      </p>
      {after && (
        <div class="saaf-removed-after" data-state={after.state} data-kind={after.kind}>
          <p aria-hidden="true">{t(uiLang, `edit.after.${after.state}`)}</p>
          {after.kind === 'user' && after.state === 'restored' && onDeleteRule && (
            <button
              type="button"
              class="saaf-btn"
              data-control="delete-rule"
              disabled={busy}
              onClick={() => step('deleted', () => onDeleteRule(after.rule))}
            >
              {t(uiLang, 'edit.deleteRule')}
            </button>
          )}
          {after.kind === 'general' && (after.state === 'missed' || after.state === 'exported') && onExportMisses && (
            <button
              type="button"
              class="saaf-btn"
              data-control="export-misses"
              disabled={busy}
              onClick={() => step('exported', onExportMisses)}
            >
              {t(uiLang, 'edit.exportMisses')}
            </button>
          )}
        </div>
      )}
      {selectStory && <p class="saaf-removed-select">{selectStory}</p>}
      {groups.length === 0 && <p class="saaf-hint">{t(uiLang, 'edit.nothingRemoved')}</p>}
      {groups.map((g) => (
        <section key={g.kind} class="saaf-removed-group" data-kind={g.kind}>
          <h3>{t(uiLang, GROUP_TITLE[g.kind])}</h3>
          <ol>
            {g.items.map((r, i) => (
              <li key={`${r.rule}-${i}`} data-rule={r.rule}>
                <p class="saaf-removed-text" dir="auto">
                  {r.text}
                </p>
                <p class="saaf-removed-rule">
                  <bdi dir="ltr">{r.rule}</bdi>{' '}
                  <button type="button" class="saaf-btn" data-control="restore" disabled={busy} onClick={() => void restore(r)}>
                    {t(uiLang, 'edit.partOfStory')}
                  </button>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
