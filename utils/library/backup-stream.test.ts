import { describe, expect, it } from 'vitest';
import { freshDb, pngBlob, sampleArticle } from '../../tests/helpers/library';
import { BACKUP_FORMAT, exportLibrary } from './backup';
import { BackupScanner, NotJsonError } from './backup-scan';
import {
  BackupSession,
  BlobSink,
  ImportSession,
  backupToBlob,
  checkBackup,
  importBackupFile,
  pieces,
  readText,
  safeCut,
  type StreamProgress,
} from './backup-stream';
import { bytesToBase64 } from './codec';
import { upsertArticle } from './store';

/** Feeds `text` to a scanner cut at `at` positions; returns the parsed articles, header and flags. */
function scan(text: string, cuts: number[] = []) {
  const scanner = new BackupScanner();
  const out: unknown[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    for (const raw of scanner.push(text.slice(from, at))) out.push(JSON.parse(raw));
    from = at;
  }
  scanner.end();
  return { articles: out, header: { ...scanner.header }, sawArticles: scanner.sawArticles, notObject: scanner.notObject };
}

const tricky = [
  { title: 'a "quoted" \\ back\\\\slash, with ] and } and [ and { inside', n: [1, [2, { x: '}' }]] },
  { title: 'پاکستان، چین: ایک ” نئی“ دوستی 😀', empty: {}, list: [], t: true, f: false, z: null, e: -1.5e3 },
  { title: '\\"', nested: { a: { b: { c: ['\\\\', '"'] } } } },
];

describe('BackupScanner', () => {
  const file = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 'x', articles: tricky });

  it('gives every article of the top-level array back, whatever the chunk boundaries', () => {
    for (let a = 0; a <= file.length; a += 3) {
      for (let b = a; b <= file.length; b += 17) {
        expect(scan(file, [a, b]).articles).toEqual(tricky);
      }
    }
  });

  it('reads the header in any member order and with any whitespace', () => {
    const pretty = JSON.stringify({ articles: tricky, version: 1, format: BACKUP_FORMAT, extra: { a: [1] } }, null, 2);
    expect(scan(`\n ${pretty} \n`, [5, 40, 41])).toEqual({
      articles: tricky,
      header: { version: 1, format: BACKUP_FORMAT, extra: { a: [1] } },
      sawArticles: true,
      notObject: false,
    });
  });

  it('tells a top-level value that is not an object apart, and an object without an articles array', () => {
    expect(scan('[{"url":"https://a.pk"}]')).toMatchObject({ notObject: true, articles: [] });
    expect(scan('{"articles": {"a": 1}, "format": "x"}')).toMatchObject({
      sawArticles: false,
      header: { articles: { a: 1 }, format: 'x' },
    });
    expect(scan('{}')).toMatchObject({ sawArticles: false, articles: [] });
  });

  it.each([
    ['cut short', file.slice(0, -2)],
    ['cut inside a string', file.slice(0, 30)],
    ['a trailing comma in the array', `${file.slice(0, -2)},]}`],
    ['text after the end', `${file} x`],
    ['a bare word for a key', file.replace('"format"', 'format')],
    ['a missing colon', file.replace('"version":', '"version"')],
    ['an unbalanced bracket', file.replace('"exportedAt":"x"', '"exportedAt":"x"]')],
    ['zip bytes', 'PK\u0003\u0004 zip bytes'],
    ['a broken non-object', '[1, 2'],
  ])('refuses %s as not JSON', (_l, text) => {
    expect(() => scan(text, [7])).toThrow(NotJsonError);
  });
});

describe('pieces and the streaming writer and reader', () => {
  it('never cuts a surrogate pair in two', () => {
    const s = 'a😀b😀😀c'.repeat(5);
    for (let max = 2; max < 9; max++) {
      const parts = [...pieces(s, max)];
      expect(parts.join('')).toBe(s);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(max);
        expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    }
    expect(safeCut('a😀', 2)).toBe(1);
    // A piece size of one still moves forward, keeping the pair whole.
    expect([...pieces('😀😀', 1)]).toEqual(['😀', '😀']);
  });

  it('BlobSink keeps every piece in order across folds', async () => {
    const sink = new BlobSink('application/json', 10);
    const parts = Array.from({ length: 50 }, (_, i) => `${i}:ایک،`);
    for (const p of parts) sink.write(p);
    const blob = sink.close();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(parts.join(''));
  });

  it('readText decodes UTF-8 split at any byte, and reports the bytes read', async () => {
    const text = 'Saaf صاف 😀 ”quoted“ '.repeat(20);
    const blob = new Blob([text]);
    for (const n of [1, 2, 3, 5, 64]) {
      const seen: number[] = [];
      let out = '';
      for await (const t of readText(blob, n, (b) => seen.push(b))) out += t;
      expect(out).toBe(text);
      expect(seen.at(-1)).toBe(blob.size);
    }
  });
});

/** A library of `n` articles, each with a photo of `photoBytes` (a PNG header, then noise). */
async function library(n: number, photoBytes: number) {
  const db = freshDb();
  for (let i = 0; i < n; i++) {
    const bytes = new Uint8Array(photoBytes);
    bytes.set(new Uint8Array(await pngBlob().arrayBuffer()));
    for (let j = 100; j < photoBytes; j++) bytes[j] = (i * 31 + j * 7) & 0xff;
    await upsertArticle(
      db,
      {
        article: sampleArticle({ url: `https://news.pk/${i}`, title: `خبر ${i}`, leadImage: `https://news.pk/${i}.png` }),
        images: [{ url: `https://news.pk/${i}.png`, blob: new Blob([bytes], { type: 'image/png' }) }],
      },
      1000 + i,
    );
  }
  return db;
}

describe('streamed backup and import', () => {
  it('keeps every message within the piece size, even for an article bigger than a piece, and reports progress', async () => {
    const db = await library(12, 3000);
    const pieceChars = 1500;
    const sizes: number[] = [];
    const backupSeen: StreamProgress[] = [];
    const session = new BackupSession(db, new Date(0), pieceChars);
    const file = await backupToBlob(
      async (m) => {
        const reply = await session.handle(m);
        if (reply.type === 'piece') sizes.push(reply.text.length);
        return reply;
      },
      (p) => backupSeen.push(p),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(pieceChars);
    expect(sizes.length).toBeGreaterThan(12);
    expect(backupSeen.at(-1)).toEqual({ phase: 'backup', done: 12, total: 12 });

    const target = freshDb();
    const importer = new ImportSession(target);
    const sent: number[] = [];
    const seen: StreamProgress[] = [];
    const outcome = await importBackupFile(
      file,
      (m) => {
        if (m.type === 'chunk') sent.push(m.text.length);
        return importer.handle(m);
      },
      (p) => seen.push(p),
      1024,
      pieceChars,
    );
    expect(outcome).toEqual({ ok: true, report: { added: 12, updated: 0, skipped: 0 } });
    expect(Math.max(...sent)).toBeLessThanOrEqual(pieceChars);
    // Checked first (bytes of the file), then imported in several batches (articles).
    const check = seen.filter((p) => p.phase === 'check');
    const imported = seen.filter((p) => p.phase === 'import').map((p) => p.done);
    expect(check.at(-1)).toEqual({ phase: 'check', done: file.size, total: file.size });
    expect(seen.indexOf(check.at(-1)!)).toBeLessThan(seen.findIndex((p) => p.phase === 'import'));
    expect(imported.at(-1)).toBe(12);
    expect(new Set(imported).size).toBeGreaterThan(3);
    expect(imported).toEqual([...imported].sort((a, b) => a - b));
    expect((await exportLibrary(target, new Date(0))).articles).toEqual((await exportLibrary(db, new Date(0))).articles);
  });

  it('a file whose last article has an invalid base64 photo changes nothing and sends nothing', async () => {
    const db = await library(6, 2000);
    const session = new BackupSession(db, new Date(0), 500);
    const text = await (await backupToBlob((m) => session.handle(m))).text();
    const file = JSON.parse(text) as { articles: { images: { data: string }[] }[] };
    file.articles.at(-1)!.images[0]!.data = `${bytesToBase64(new Uint8Array(await pngBlob().arrayBuffer())).slice(0, 12)}!!!!`;
    const target = await library(1, 500);
    const before = await exportLibrary(target, new Date(0));
    let calls = 0;
    const outcome = await importBackupFile(new Blob([JSON.stringify(file)]), async () => {
      calls++;
      return { type: 'ok', received: 0 };
    });
    expect(outcome).toEqual({ ok: false, error: 'broken-image', detail: '#6' });
    expect(calls).toBe(0);
    expect(await exportLibrary(target, new Date(0))).toEqual(before);
  });

  it('takes the header from after the articles, and refuses a foreign one there', async () => {
    const db = await library(2, 200);
    const file = await exportLibrary(db, new Date(0));
    const reordered = JSON.stringify({ articles: file.articles, version: 1, format: BACKUP_FORMAT }, null, 1);
    expect(await checkBackup(new Blob([reordered]), undefined, 100)).toMatchObject({ ok: true, count: 2 });
    const foreign = JSON.stringify({ articles: [{ junk: 1 }], format: 'pocket' });
    expect(await checkBackup(new Blob([foreign]))).toEqual({ ok: false, error: 'foreign' });
    const newer = JSON.stringify({ format: BACKUP_FORMAT, version: 2, articles: [{ junk: 1 }] });
    expect(await checkBackup(new Blob([newer]))).toEqual({ ok: false, error: 'newer-version' });
  });
});

describe('ImportSession (the background side)', () => {
  const line = (url: string) =>
    `${JSON.stringify({ article: sampleArticle({ url }), tags: [], savedAt: 1, updatedAt: 1, readAt: null, images: [] })}\n`;

  it('merges the articles each piece completes, one batch per piece, and an article split across pieces', async () => {
    const db = freshDb();
    const s = new ImportSession(db);
    const two = line('https://a.pk/1') + line('https://a.pk/2');
    const third = line('https://a.pk/3');
    expect(await s.handle({ type: 'chunk', text: two + third.slice(0, 10) })).toEqual({ type: 'ok', received: 2 });
    expect(await db.articles.count()).toBe(2);
    expect(await s.handle({ type: 'chunk', text: third.slice(10) })).toEqual({ type: 'ok', received: 3 });
    expect(await s.handle({ type: 'end' })).toEqual({ type: 'done', report: { added: 3, updated: 0, skipped: 0 } });
  });

  it('validates again: a piece with a broken article writes none of its articles and stops the session', async () => {
    const db = freshDb();
    const s = new ImportSession(db);
    const bad = line('https://a.pk/2').replace('"savedAt":1', '"savedAt":"yesterday"');
    expect(await s.handle({ type: 'chunk', text: line('https://a.pk/1') + bad })).toEqual({
      type: 'error',
      error: 'broken-article',
      detail: '#2',
    });
    expect(await db.articles.count()).toBe(0);
    expect(await s.handle({ type: 'chunk', text: line('https://a.pk/3') })).toMatchObject({ type: 'error' });
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses a stream that ends inside an article, and messages it does not know', async () => {
    const s = new ImportSession(freshDb());
    await s.handle({ type: 'chunk', text: line('https://a.pk/1').slice(0, 20) });
    expect(await s.handle({ type: 'end' })).toEqual({ type: 'error', error: 'not-json' });
    expect(await new ImportSession(freshDb()).handle({ type: 'chunk', text: 5 })).toMatchObject({ type: 'error', error: 'failed' });
    expect(await new BackupSession(freshDb()).handle({ type: 'less' })).toMatchObject({ type: 'error' });
  });
});
