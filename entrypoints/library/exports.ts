/** The library page's export and backup actions: fetch from the background, build, download. */
import { exportEpub } from '@/utils/export/epub';
import { safeFileName } from '@/utils/export/filename';
import type { FontBytes } from '@/utils/export/fonts';
import { exportFaces, exportHtml } from '@/utils/export/html';
import { exportInputOf, type ExportInput, type ExportKind } from '@/utils/export/input';
import { exportMarkdown } from '@/utils/export/markdown';
import { backupToBlob, importBackupFile, type ImportOutcome, type StreamProgress } from '@/utils/library/backup-stream';
import { BACKUP_PORT, IMPORT_PORT } from '@/utils/library/messages';
import { openPort, type PortClient } from '@/utils/messaging/port';
import { send } from '@/utils/messaging/send';
import type { FileDelivery } from '@/components/LibraryApp';
import { downloadBlob, requestDownloads } from './download';

async function inputs(ids: number[]): Promise<ExportInput[]> {
  const out: ExportInput[] = [];
  for (const id of ids) {
    const res = await send({ type: 'library-get', id });
    if (!res.ok) throw new Error(res.error);
    if (res.article) out.push(exportInputOf(res.article));
  }
  return out;
}

/**
 * The woff2 files the exports of `list` embed, from the extension's own fonts/ (the same files
 * the reader uses). A font that fails to load is left out: the export still works, in a fallback face.
 */
async function exportFonts(list: ExportInput[]): Promise<FontBytes> {
  const entries = await Promise.all(
    exportFaces(list, window).map(async (f) => {
      try {
        const res = await fetch(`/fonts/${f.file}`);
        return res.ok ? ([f.file, new Uint8Array(await res.arrayBuffer())] as const) : null;
      } catch {
        return null;
      }
    }),
  );
  return new Map(entries.filter((e) => e !== null));
}

/** Exports articles (one for HTML/Markdown, one or many for EPUB). Call straight from a click. */
export async function exportArticles(ids: number[], kind: ExportKind, bookTitle: string): Promise<FileDelivery> {
  const permission = requestDownloads();
  const list = await inputs(ids);
  const first = list[0];
  if (!first) throw new Error('nothing to export');
  if (kind === 'html')
    return downloadBlob(
      new Blob([exportHtml(first, window, await exportFonts([first]))], { type: 'text/html;charset=utf-8' }),
      safeFileName(first.article.title, 'html'),
      permission,
    );
  if (kind === 'md')
    return downloadBlob(
      new Blob([exportMarkdown(first, window)], { type: 'text/markdown;charset=utf-8' }),
      safeFileName(first.article.title, 'md'),
      permission,
    );
  const title = list.length === 1 ? first.article.title : bookTitle;
  const bytes = exportEpub(list, { win: window, title, uuid: crypto.randomUUID(), modified: new Date(), fonts: await exportFonts(list) });
  return downloadBlob(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/epub+zip' }),
    safeFileName(title, 'epub'),
    permission,
  );
}

/**
 * Downloads the whole library as one JSON backup file, streamed from the background piece by
 * piece into a Blob (utils/library/backup-stream.ts). Call straight from a click.
 */
export async function backupLibrary(progress: (p: StreamProgress) => void): Promise<FileDelivery> {
  const permission = requestDownloads();
  const port = openPort(BACKUP_PORT);
  try {
    const blob = await backupToBlob((msg) => port.request(msg), progress);
    const name = `saaf-library-${new Date().toISOString().slice(0, 10)}.json`;
    return await downloadBlob(blob, name, permission);
  } finally {
    port.close();
  }
}

/** Checks a backup file whole, then merges it into the library in batches (utils/library/backup-stream.ts). */
export async function importBackup(file: Blob, progress: (p: StreamProgress) => void): Promise<ImportOutcome> {
  // Opened on the first piece: a file refused by the check never reaches the background.
  let port = null as PortClient | null;
  try {
    return await importBackupFile(file, (msg) => (port ??= openPort(IMPORT_PORT)).request(msg), progress);
  } finally {
    port?.close();
  }
}
