import { useMemo, useRef, useState } from 'preact/hooks';
import { t, uiDir, type UiLang } from '@/utils/i18n';
import type { ExportKind } from '@/utils/export/input';
import type { ImportOutcome, StreamProgress } from '@/utils/library/backup-stream';
import type { SearchFilters } from '@/utils/library/search';
import { formatBytes, languageName } from '@/utils/i18n/format';
import { send } from '@/utils/messaging/send';
import { LibraryCard } from './library/LibraryCard';
import { StatusLine, useStatus } from './StatusLine';
import { applyFilters, facets, useLibrary } from './library/useLibrary';

/** Cards drawn at a time: each draws its photo from the database, so 5,000 at once would stall the page. */
const PAGE = 60;

/**
 * How a file reached the user: through the `downloads` API (the permission was given), or handed
 * to the browser as an `<a download>` link (refused or unavailable), which the page must say.
 */
export interface FileDelivery {
  via: 'downloads' | 'link';
  filename: string;
}

/** The page's file actions, built by the library entrypoint (they need downloads and the window). */
export interface LibraryFiles {
  /** Exports articles (one for HTML/Markdown, one or many for EPUB); call straight from a click. */
  exportArticles(ids: number[], kind: ExportKind, bookTitle: string): Promise<FileDelivery>;
  /** Downloads the whole library as one JSON backup, streamed; call straight from a click. */
  backupLibrary(progress: (p: StreamProgress) => void): Promise<FileDelivery>;
  /** Checks a backup file whole, then merges it in batches; never throws for a bad file. */
  importBackup(file: Blob, progress: (p: StreamProgress) => void): Promise<ImportOutcome>;
}

/** The label of the progress bar of a running backup or import. */
function progressLabel(uiLang: UiLang, p: StreamProgress): string {
  if (p.phase === 'check') return t(uiLang, 'lib.progress.check');
  return t(uiLang, p.phase === 'backup' ? 'lib.progress.backup' : 'lib.progress.import', { done: p.done, total: p.total });
}

/** The library page: search, filters, the saved articles newest first, backup and import. */
export function LibraryApp({ uiLang, files }: { uiLang: UiLang; files: LibraryFiles }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const status = useStatus();
  const [limit, setLimit] = useState(PAGE);
  const [busy, setBusy] = useState<StreamProgress | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { entries, bytes, results, indexing, error, reload } = useLibrary(query, filters);
  const f = useMemo(() => facets(entries ?? []), [entries]);
  const say = (text: string) => status.api.show({ source: 'library', kind: 'info', text });
  const fail = (err: unknown) =>
    status.api.show({ source: 'library', kind: 'error', text: t(uiLang, 'lib.failed', { error: String(err) }) });
  // Every file action says where its file went; a refused `downloads` permission is never a silent click.
  const delivered = ({ via, filename }: FileDelivery) =>
    status.api.show({
      source: 'library',
      kind: 'info',
      text: t(uiLang, via === 'downloads' ? 'lib.fileSaved' : 'lib.fileOffered', { file: filename }),
      // The fallback needs reading (and maybe acting on): it stays until dismissed.
      ttlMs: via === 'link' ? null : undefined,
    });

  const act = async (p: Promise<{ ok: boolean }>) => {
    await p;
    await reload();
  };
  const remove = async (id: number, title: string) => {
    await act(send({ type: 'library-delete', id }));
    status.api.show({
      source: 'library',
      kind: 'info',
      text: t(uiLang, 'lib.deleted', { title }),
      action: { label: t(uiLang, 'lib.undo'), run: () => void undo(id).catch(fail) },
    });
  };
  const undo = async (id: number) => {
    await act(send({ type: 'library-undo-delete', id }));
  };
  const doExport = (ids: number[], kind: ExportKind) =>
    void files.exportArticles(ids, kind, t(uiLang, 'lib.library')).then(delivered).catch(fail);
  /** Runs a backup or import with the progress bar shown; one at a time. */
  const withProgress = async <T,>(run: (progress: (p: StreamProgress) => void) => Promise<T>): Promise<T> => {
    status.dismiss();
    setBusy({ phase: 'check', done: 0, total: 0 });
    try {
      return await run(setBusy);
    } finally {
      setBusy(null);
    }
  };
  const onBackup = () =>
    void withProgress((progress) => files.backupLibrary(progress))
      .then(delivered)
      .catch(fail);
  const onImport = async (file: File) => {
    const res = await withProgress((progress) => files.importBackup(file, progress));
    if (!res.ok)
      return say(
        res.error === 'failed'
          ? t(uiLang, 'lib.failed', { error: res.detail })
          : t(uiLang, `lib.import.${res.error}`, { detail: res.detail ?? '' }),
      );
    say(t(uiLang, 'lib.imported', { ...res.report }));
    await reload();
  };

  const shown = results
    ? results.filter((r) => applyFilters([r.entry], filters).length)
    : applyFilters(entries ?? [], filters).map((entry) => ({ entry, title: undefined, snippet: undefined }));
  const setFilter = (key: keyof SearchFilters, value: string) => setFilters({ ...filters, [key]: value || undefined });

  return (
    <div class="lib" lang={uiLang} dir={uiDir(uiLang)}>
      <header class="lib-head">
        <h1>{t(uiLang, 'lib.library')}</h1>
        <p class="lib-usage" data-bytes={bytes}>
          {t(uiLang, 'lib.storage', { size: formatBytes(bytes, uiLang), n: entries?.length ?? 0 }, { count: entries?.length ?? 0 })}
        </p>
        <div class="lib-tools">
          <button type="button" disabled={busy !== null} onClick={onBackup}>
            {t(uiLang, 'lib.backup')}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
            {t(uiLang, 'lib.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void onImport(file).catch(fail);
            }}
          />
          {selected.size > 0 && (
            <button type="button" onClick={() => doExport([...selected], 'epub')}>
              {t(uiLang, 'lib.exportSelected')} ({selected.size})
            </button>
          )}
        </div>
        {busy && (
          <p class="lib-progress">
            <label>
              <span>{progressLabel(uiLang, busy)}</span>
              <progress max={busy.total || undefined} value={busy.total ? busy.done : undefined} />
            </label>
          </p>
        )}
      </header>
      <div class="lib-search" role="search">
        <input
          type="search"
          dir="auto"
          aria-label={t(uiLang, 'lib.search')}
          placeholder={t(uiLang, 'lib.searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select
          aria-label={t(uiLang, 'lib.allSites')}
          value={filters.site ?? ''}
          onChange={(e) => setFilter('site', e.currentTarget.value)}
        >
          <option value="">{t(uiLang, 'lib.allSites')}</option>
          {f.sites.map((s) => (
            <option key={s} value={s} dir="auto">
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label={t(uiLang, 'lib.allLangs')}
          value={filters.lang ?? ''}
          onChange={(e) => setFilter('lang', e.currentTarget.value)}
        >
          <option value="">{t(uiLang, 'lib.allLangs')}</option>
          {f.langs.map((s) => (
            <option key={s} value={s}>
              {languageName(s, uiLang)}
            </option>
          ))}
        </select>
        <select aria-label={t(uiLang, 'lib.allTags')} value={filters.tag ?? ''} onChange={(e) => setFilter('tag', e.currentTarget.value)}>
          <option value="">{t(uiLang, 'lib.allTags')}</option>
          {/* Tags are the user's own words, in whatever language they were typed. */}
          {f.tags.map((s) => (
            <option key={s} value={s} dir="auto">
              {s}
            </option>
          ))}
        </select>
      </div>
      {indexing && (
        <p class="lib-indexing" role="status">
          {t(uiLang, 'lib.indexing', { indexed: indexing.indexed, total: indexing.total })}
        </p>
      )}
      {error && (
        <p class="lib-error" role="alert">
          {t(uiLang, 'lib.failed', { error })}
        </p>
      )}
      {entries && shown.length === 0 && (
        <p class="lib-empty">
          {query || filters.site || filters.lang || filters.tag ? t(uiLang, 'lib.noResults') : t(uiLang, 'lib.empty')}
        </p>
      )}
      <ol class="lib-list" aria-live="polite">
        {shown.slice(0, limit).map(({ entry, title, snippet }) => (
          <LibraryCard
            key={entry.id}
            entry={entry}
            uiLang={uiLang}
            title={title}
            snippet={snippet}
            selected={selected.has(entry.id)}
            onSelect={(on) =>
              setSelected((s) => {
                const n = new Set(s);
                if (on) n.add(entry.id);
                else n.delete(entry.id);
                return n;
              })
            }
            onRead={(read) => void act(send({ type: 'library-set-read', id: entry.id, read })).catch(fail)}
            onTags={(tags) => void act(send({ type: 'library-set-tags', id: entry.id, tags })).catch(fail)}
            onDelete={() => void remove(entry.id, entry.title).catch(fail)}
            onExport={(kind) => doExport([entry.id], kind)}
          />
        ))}
      </ol>
      {shown.length > limit && (
        <p class="lib-more">
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {t(uiLang, 'lib.more', { n: shown.length - limit })}
          </button>
        </p>
      )}
      <StatusLine class="lib-status" uiLang={uiLang} message={status.message} onDismiss={status.dismiss} onHold={status.hold} />
    </div>
  );
}
