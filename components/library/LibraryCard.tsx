import { useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { formatDay } from '@/utils/i18n/format';
import type { Segment } from '@/utils/library/snippet';
import type { LibraryEntry } from '@/utils/library/types';
import { progressOf } from '@/utils/library/reading-position';
import { Cover } from './Cover';
import type { ExportKind } from '@/utils/export/input';
import { Highlighted } from './Highlighted';

interface Props {
  entry: LibraryEntry;
  uiLang: UiLang;
  title?: Segment[];
  snippet?: Segment[];
  selected: boolean;
  onSelect: (on: boolean) => void;
  onRead: (read: boolean) => void;
  onTags: (tags: string[]) => void;
  onDelete: () => void;
  onExport: (kind: ExportKind) => void;
}

/** One saved article in the list: cover, site, date, reading time, read state, tags, actions. */
export function LibraryCard({ entry: e, uiLang, title, snippet, selected, onSelect, onRead, onTags, onDelete, onExport }: Props) {
  const [editing, setEditing] = useState(false);
  const read = e.readAt !== null;
  const progress = progressOf(e.readPosition);
  return (
    <li class="lib-card" data-id={e.id} data-read={read}>
      <Cover id={e.id} imageCount={e.imageCount} />
      <div class="lib-card-body">
        <p class="lib-meta">
          <bdi>{e.siteName ?? e.site}</bdi> · <time dateTime={new Date(e.savedAt).toISOString()}>{formatDay(e.savedAt, uiLang)}</time> ·{' '}
          {t(uiLang, 'lib.minutes', { n: e.readingMinutes })} ·{' '}
          <span class="lib-state">{read ? t(uiLang, 'lib.read') : t(uiLang, 'lib.unread')}</span>
          {progress.kind !== 'none' && (
            <>
              {' · '}
              <span class="lib-readpos" data-progress={progress.kind === 'finished' ? 'finished' : progress.percent}>
                {progress.kind === 'finished' ? t(uiLang, 'lib.finished') : t(uiLang, 'lib.progress', { n: progress.percent })}
              </span>
            </>
          )}
        </p>
        {progress.kind !== 'none' && (
          // The words above say it; the bar is for the eye.
          <div class="lib-readbar" aria-hidden="true">
            <div class="lib-readbar-fill" style={{ width: `${progress.kind === 'finished' ? 100 : progress.percent}%` }} />
          </div>
        )}
        <h2 class="lib-title" lang={e.lang} dir={e.dir}>
          <a href={`library.html?id=${e.id}`}>{title ? <Highlighted segments={title} /> : e.title}</a>
        </h2>
        {e.byline && (
          <p class="lib-byline" lang={e.lang} dir={e.dir}>
            {e.byline}
          </p>
        )}
        {snippet ? (
          <p class="lib-snippet" lang={e.lang} dir={e.dir}>
            <Highlighted segments={snippet} />
          </p>
        ) : (
          e.excerpt && (
            <p class="lib-snippet" lang={e.lang} dir={e.dir}>
              {e.excerpt}
            </p>
          )
        )}
        <div class="lib-tags">
          {editing ? (
            <input
              type="text"
              aria-label={t(uiLang, 'lib.tagsHint')}
              placeholder={t(uiLang, 'lib.tagsHint')}
              value={e.tags.join('، ')}
              ref={(el) => el?.focus()}
              onBlur={() => setEditing(false)}
              onKeyDown={(ev) => {
                if (ev.key === 'Escape') setEditing(false);
                if (ev.key !== 'Enter') return;
                onTags(
                  ev.currentTarget.value
                    .split(/[,،]/)
                    .map((t) => t.trim())
                    .filter(Boolean),
                );
                setEditing(false);
              }}
            />
          ) : (
            <>
              {e.tags.map((t) => (
                <span class="lib-tag" key={t} dir="auto">
                  {t}
                </span>
              ))}
              <button type="button" class="lib-link" onClick={() => setEditing(true)}>
                {t(uiLang, 'lib.tags')}…
              </button>
            </>
          )}
        </div>
        <div class="lib-actions">
          <button type="button" onClick={() => onRead(!read)}>
            {read ? t(uiLang, 'lib.markUnread') : t(uiLang, 'lib.markRead')}
          </button>
          <button type="button" onClick={() => onExport('html')}>
            {t(uiLang, 'lib.exportHtml')}
          </button>
          <button type="button" onClick={() => onExport('md')}>
            {t(uiLang, 'lib.exportMd')}
          </button>
          <button type="button" onClick={() => onExport('epub')}>
            {t(uiLang, 'lib.exportEpub')}
          </button>
          <label class="lib-select">
            <input type="checkbox" checked={selected} onChange={(ev) => onSelect(ev.currentTarget.checked)} /> {t(uiLang, 'lib.select')}
          </label>
          <button type="button" class="lib-delete" onClick={onDelete}>
            {t(uiLang, 'lib.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
