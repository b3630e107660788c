/**
 * Backup and import in pieces, so no message is ever large (Chrome refuses a runtime message over
 * 64 MiB, and a library with its photos can be far bigger).
 *
 * Backup: the library page asks the background for the file's next piece (`more`); the
 * background answers with at most `PIECE_CHARS` of the file's text (`BackupSession`) and the page
 * appends it to a Blob built from parts (`BlobSink`), never one giant string.
 *
 * Import: the page reads the file in chunks (`readText`, `BackupScanner`) twice. First it
 * validates every article (`checkBackup`) and writes nothing; a broken or foreign file stops
 * there. Then it sends the articles as newline-separated JSON in pieces of at most `PIECE_CHARS`
 * (`chunk`); the background validates each article again (it trusts only itself) and merges the
 * articles each piece completes in one transaction (`ImportSession`), answering with the count
 * so far, which drives the page's progress bar.
 *
 * Pure: the transport (a `runtime.Port` in the extension, a direct call in tests) is passed in.
 */
import { BackupScanner, NotJsonError } from './backup-scan';
import {
  BACKUP_ERRORS,
  backupTexts,
  checkRecord,
  headerError,
  importBatch,
  type BackupError,
  type BackupRefusal,
  type ImportReport,
} from './backup';
import type { LibraryDb } from './db';
import type { ArticleWire } from './types';
import { validateArticleWire } from './validate';

/** Characters of file text in one message: far below Chrome's 64 MiB even if every one took 3 bytes of UTF-8. */
export const PIECE_CHARS = 4 * 2 ** 20;
/** Bytes of the file read at a time. */
export const READ_BYTES = 4 * 2 ** 20;

/** Page -> background on the backup port, and the answers. */
export type BackupRequest = { type: 'more' };
export type BackupReply = { type: 'piece'; text: string; done: boolean; written: number; total: number } | { type: 'error'; error: string };

/** Page -> background on the import port, and the answers. */
export type ImportRequest = { type: 'chunk'; text: string } | { type: 'end' };
export type ImportReply =
  | { type: 'ok'; received: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; error: BackupError | string; detail?: string };

/** Sends one request and resolves with its answer. */
export type Transport<Req, Reply> = (msg: Req) => Promise<Reply>;

/** What the page shows while a backup or import runs. */
export interface StreamProgress {
  phase: 'backup' | 'check' | 'import';
  /** Articles (backup, import) or bytes (check) done so far, of `total`. */
  done: number;
  total: number;
}

export type ImportOutcome = { ok: true; report: ImportReport } | BackupRefusal | { ok: false; error: 'failed'; detail: string };

/**
 * Where a string may be cut near `at` without splitting a surrogate pair (a lone half would not
 * survive JSON messaging): `at`, or one before it; never 0 for a non-empty string.
 */
export function safeCut(s: string, at: number): number {
  if (at >= s.length) return s.length;
  const c = s.charCodeAt(at - 1);
  const cut = c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
  return cut > 0 ? cut : Math.min(2, s.length);
}

/** Splits text into pieces of at most `max` characters, never inside a surrogate pair. */
export function* pieces(s: string, max = PIECE_CHARS): Generator<string> {
  for (let i = 0; i < s.length;) {
    const end = i + safeCut(s.slice(i, i + max + 1), max);
    yield s.slice(i, end);
    i = end;
  }
}

/**
 * A streaming writer: text goes in piece by piece and comes out as one Blob. Pieces are folded
 * into intermediate Blobs every `foldChars` characters, so the browser can keep the bytes out of
 * the page's heap.
 */
export class BlobSink {
  private blobs: Blob[] = [];
  private parts: string[] = [];
  private chars = 0;
  constructor(
    private readonly type: string,
    private readonly foldChars = 32 * 2 ** 20,
  ) {}
  write(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars >= this.foldChars) this.fold();
  }
  close(): Blob {
    this.fold();
    return new Blob(this.blobs, { type: this.type });
  }
  private fold(): void {
    if (this.parts.length) this.blobs.push(new Blob(this.parts));
    this.parts = [];
    this.chars = 0;
  }
}

/** The text of a Blob (UTF-8) in chunks of `readBytes`, with progress in bytes. */
export async function* readText(blob: Blob, readBytes = READ_BYTES, progress?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (let at = 0; at < blob.size; at += readBytes) {
    const bytes = new Uint8Array(await blob.slice(at, at + readBytes).arrayBuffer());
    yield decoder.decode(bytes, { stream: true });
    progress?.(Math.min(blob.size, at + readBytes));
  }
  yield decoder.decode();
}

/** The articles of a backup file as JSON texts, with their index; throws `NotJsonError`. */
async function* articleTexts(scanner: BackupScanner, blob: Blob, readBytes: number, progress?: (bytes: number) => void) {
  let n = 0;
  for await (const text of readText(blob, readBytes, progress)) for (const raw of scanner.push(text)) yield { raw, index: n++ };
  scanner.end();
}

export type CheckedBackup =
  | {
      ok: true;
      /** Articles in the file. */
      count: number;
      /** Indexes of the articles to import: of several with one URL, the newest (the first of equals). */
      keep: Set<number>;
    }
  | BackupRefusal;

/** First pass: reads the whole file and validates every article; writes nothing. Never throws on a bad file. */
export async function checkBackup(blob: Blob, progress?: (bytes: number) => void, readBytes = READ_BYTES): Promise<CheckedBackup> {
  const scanner = new BackupScanner();
  const newest = new Map<string, { index: number; updatedAt: number }>();
  let count = 0;
  let firstError: BackupRefusal | null = null;
  // The header usually comes first; when it comes after the articles, it still decides first.
  const early = () =>
    scanner.header.format !== undefined && scanner.header.version !== undefined ? headerError(scanner.header, true) : undefined;
  try {
    for await (const { raw, index } of articleTexts(scanner, blob, readBytes, progress)) {
      count++;
      if (firstError) continue;
      const head = early();
      if (head) return { ok: false, error: head };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return { ok: false, error: 'not-json' };
      }
      const a = checkRecord(parsed, index);
      if ('ok' in a) {
        if (head === null) return a;
        firstError = a;
        continue;
      }
      const prev = newest.get(a.url);
      if (!prev || a.updatedAt > prev.updatedAt) newest.set(a.url, { index, updatedAt: a.updatedAt });
    }
  } catch (err) {
    if (err instanceof NotJsonError) return { ok: false, error: 'not-json' };
    throw err;
  }
  if (scanner.notObject) return { ok: false, error: 'foreign' };
  const head = headerError(scanner.header, scanner.sawArticles);
  if (head) return { ok: false, error: head };
  if (firstError) return firstError;
  return { ok: true, count, keep: new Set([...newest.values()].map((v) => v.index)) };
}

const isBackupError = (e: string): e is BackupError => (BACKUP_ERRORS as readonly string[]).includes(e);

/**
 * Imports a backup file: checks all of it first, then sends the articles to keep in pieces and
 * reports progress after each. Never throws for a bad file; a transport failure is `failed`.
 */
export async function importBackupFile(
  blob: Blob,
  send: Transport<ImportRequest, ImportReply>,
  progress: (p: StreamProgress) => void = () => undefined,
  readBytes = READ_BYTES,
  pieceChars = PIECE_CHARS,
): Promise<ImportOutcome> {
  const checked = await checkBackup(blob, (done) => progress({ phase: 'check', done, total: blob.size }), readBytes);
  if (!checked.ok) return checked;
  const total = checked.keep.size;
  const refusal = (r: ImportReply & { type: 'error' }): ImportOutcome =>
    isBackupError(r.error) ? { ok: false, error: r.error, detail: r.detail } : { ok: false, error: 'failed', detail: r.error };
  progress({ phase: 'import', done: 0, total });
  let out = '';
  const flush = async (): Promise<ImportOutcome | null> => {
    for (const text of pieces(out, pieceChars)) {
      const reply = await send({ type: 'chunk', text });
      if (reply.type === 'error') return refusal(reply);
      if (reply.type === 'ok') progress({ phase: 'import', done: reply.received, total });
    }
    out = '';
    return null;
  };
  for await (const { raw, index } of articleTexts(new BackupScanner(), blob, readBytes)) {
    if (!checked.keep.has(index)) continue;
    // Checked in the first pass; a file changed on disk since then is caught here or in the background.
    const a = validateArticleWire(JSON.parse(raw));
    if (!a) return { ok: false, error: 'broken-article', detail: `#${index + 1}` };
    out += `${JSON.stringify(a)}\n`;
    if (out.length >= pieceChars) {
      const failed = await flush();
      if (failed) return failed;
    }
  }
  const failed = await flush();
  if (failed) return failed;
  const reply = await send({ type: 'end' });
  if (reply.type === 'error') return refusal(reply);
  if (reply.type !== 'done') return { ok: false, error: 'failed', detail: 'unexpected answer' };
  return { ok: true, report: { ...reply.report, skipped: reply.report.skipped + checked.count - total } };
}

/** Builds the backup file from the background's pieces; throws when the background fails. */
export async function backupToBlob(
  send: Transport<BackupRequest, BackupReply>,
  progress: (p: StreamProgress) => void = () => undefined,
): Promise<Blob> {
  const sink = new BlobSink('application/json');
  for (;;) {
    const reply = await send({ type: 'more' });
    if (reply.type !== 'piece') throw new Error(reply.error);
    sink.write(reply.text);
    progress({ phase: 'backup', done: reply.written, total: reply.total });
    if (reply.done) return sink.close();
  }
}

/** The background's side of one backup stream: answers each `more` with the file's next piece. */
export class BackupSession {
  private texts: AsyncGenerator<string>;
  private carry = '';
  private finished = false;
  private written = 0;
  private total = 0;
  constructor(
    db: LibraryDb,
    now = new Date(),
    private readonly pieceChars = PIECE_CHARS,
  ) {
    this.texts = backupTexts(db, now, (done, total) => {
      this.written = done;
      this.total = total;
    });
  }

  async handle(msg: unknown): Promise<BackupReply> {
    if ((msg as { type?: unknown } | null)?.type !== 'more') return { type: 'error', error: 'unexpected message' };
    let text = this.carry;
    while (text.length < this.pieceChars && !this.finished) {
      const next = await this.texts.next();
      if (next.done) this.finished = true;
      else text += next.value;
    }
    const cut = safeCut(text, this.pieceChars);
    this.carry = text.slice(cut);
    return { type: 'piece', text: text.slice(0, cut), done: this.finished && !this.carry, written: this.written, total: this.total };
  }

  close(): void {
    void this.texts.return(undefined);
  }
}

/**
 * The background's side of one import stream: newline-separated articles arrive in pieces; each
 * complete one is validated again, and those a piece completes are merged in one transaction.
 * After a refusal the session takes nothing more.
 */
export class ImportSession {
  readonly report: ImportReport = { added: 0, updated: 0, skipped: 0 };
  private pending = '';
  private received = 0;
  private failed = false;
  constructor(private readonly db: LibraryDb) {}

  async handle(msg: unknown): Promise<ImportReply> {
    const m = msg as { type?: unknown; text?: unknown } | null;
    if (this.failed) return { type: 'error', error: 'failed', detail: 'the import was stopped' };
    if (m?.type === 'chunk' && typeof m.text === 'string' && m.text.length <= PIECE_CHARS) {
      this.pending += m.text;
      const lines = this.pending.split('\n');
      this.pending = lines.pop()!;
      const batch: ArticleWire[] = [];
      for (const line of lines) {
        let a: ArticleWire | null;
        try {
          a = validateArticleWire(JSON.parse(line));
        } catch {
          a = null;
        }
        this.received++;
        if (!a) return this.refuse({ type: 'error', error: 'broken-article', detail: `#${this.received}` });
        batch.push(a);
      }
      if (batch.length) await importBatch(this.db, batch, this.report);
      return { type: 'ok', received: this.received };
    }
    if (m?.type === 'end') {
      if (this.pending) return this.refuse({ type: 'error', error: 'not-json' });
      return { type: 'done', report: { ...this.report } };
    }
    return this.refuse({ type: 'error', error: 'failed', detail: 'unexpected message' });
  }

  private refuse(reply: ImportReply): ImportReply {
    this.failed = true;
    return reply;
  }
}
