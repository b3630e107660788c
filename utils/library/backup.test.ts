import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportLibrary, importArticles, type BackupFile } from './backup';
import { BackupSession, ImportSession, backupToBlob, checkBackup, importBackupFile } from './backup-stream';
import type { LibraryDb } from './db';
import { bytesToBase64 } from './codec';
import { getArticleWire, listEntries, upsertArticle } from './store';
import { freshDb, pngBlob, sampleArticle } from '../../tests/helpers/library';
import type { ArticleWire } from './types';
import { IMAGE_TYPES, validateArticleWire } from './validate';
import { saafVectors } from '../../tests/security/vectors';

const URDU = [...'ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئۓۂ۔،؟ ك ي'];
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...URDU, '<', '>', '"', '&', '\u200C', '\n'),
    fc.constantFrom('a', 'Z', '1'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 80,
});
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });

const articleWire: fc.Arbitrary<unknown> = fc
  .record({
    url: fc.webUrl({ withQueryParameters: true }),
    title: text,
    byline: nullable(text),
    siteName: nullable(text),
    lang: fc.constantFrom('ur', 'en', 'fa', 'ar-EG'),
    dir: fc.constantFrom('rtl', 'ltr'),
    publishedTime: nullable(fc.constantFrom('2023-09-27', '2024-01-01T10:00:00Z')),
    excerpt: nullable(text),
    contentHtml: text.map((t) => `<p>${t}</p>`),
    text,
    tags: fc.uniqueArray(fc.constantFrom('سیاست', 'کھیل', 'tech'), { maxLength: 3 }),
    savedAt: time,
    updatedAt: time,
    readAt: nullable(time),
    // Absent in backups from before reading positions.
    readPosition: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    images: fc.array(
      fc
        .record({ url: fc.webUrl(), type: fc.constantFrom(...IMAGE_TYPES), rest: fc.uint8Array({ maxLength: 40 }) })
        .map(({ url, type, rest }) => ({ url, type, data: bytesToBase64(Uint8Array.from([...MAGIC[type], ...rest])) })),
      { maxLength: 3 },
    ),
    translations: fc.dictionary(
      fc.constantFrom('embed-0', 'ur', 'en'),
      fc.record({ text, service: fc.constantFrom('chrome', 'libre'), target: fc.constantFrom('ur', 'en') }),
    ),
  })
  .map((r) => ({
    url: r.url,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    readAt: r.readAt,
    ...(r.readPosition === undefined ? {} : { readPosition: r.readPosition }),
    tags: r.tags,
    images: r.images,
    translations: r.translations,
    article: {
      url: r.url,
      title: r.title,
      byline: r.byline,
      siteName: r.siteName,
      lang: r.lang,
      dir: r.dir,
      publishedTime: r.publishedTime,
      excerpt: r.excerpt,
      leadImage: null,
      contentHtml: r.contentHtml,
      text: r.text,
      embeds: [],
      removed: [],
    },
  }));

/** The first bytes of each image type (what the validator recognises them by). */
const MAGIC: Record<(typeof IMAGE_TYPES)[number], number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/gif': [...'GIF89a'].map((c) => c.charCodeAt(0)),
  'image/webp': [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0)),
  'image/avif': [0, 0, 0, 0x1c, ...'ftypavif'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
};

const strip = (f: BackupFile) => f.articles;

/** The backup file of `db`, streamed the way the extension does (small pieces to cross many boundaries). */
async function backupBlob(db: LibraryDb, pieceChars = 1000): Promise<Blob> {
  const session = new BackupSession(db, new Date(0), pieceChars);
  return backupToBlob((m) => session.handle(m));
}

/** Imports a file into `db` the way the extension does; `sent` counts the pieces that reached the background. */
async function restore(db: LibraryDb, file: Blob | string, readBytes = 777, pieceChars = 1000) {
  const session = new ImportSession(db);
  const sent = { pieces: 0 };
  const outcome = await importBackupFile(
    typeof file === 'string' ? new Blob([file]) : file,
    (m) => {
      sent.pieces++;
      return session.handle(m);
    },
    undefined,
    readBytes,
    pieceChars,
  );
  return { outcome, sent };
}

describe('backup round trip', () => {
  it('export -> streamed file -> streamed import into an empty library -> export loses nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(articleWire, { maxLength: 6 }),
        fc.integer({ min: 5, max: 3000 }),
        fc.integer({ min: 2, max: 3000 }),
        async (raw, readBytes, pieceChars) => {
          const valid = raw.map(validateArticleWire);
          expect(valid).not.toContain(null);
          const first = freshDb();
          await importArticles(first, valid as ArticleWire[]);
          const exported = await exportLibrary(first, new Date(0));
          const file = await backupBlob(first, pieceChars);
          // The streamed file is plain JSON, the same as the whole library in one object.
          expect(JSON.parse(await file.text())).toEqual(exported);
          const second = freshDb();
          const { outcome } = await restore(second, file, readBytes, pieceChars);
          expect(outcome).toEqual({ ok: true, report: { added: exported.articles.length, updated: 0, skipped: 0 } });
          expect(strip(await exportLibrary(second))).toEqual(strip(exported));
          expect(exported.articles.length).toBe(new Set(valid.map((v) => v!.url)).size);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('import merge', () => {
  async function withOne() {
    const db = freshDb();
    const { id } = await upsertArticle(
      db,
      { article: sampleArticle(), images: [{ url: 'https://cdn.example.pk/lead.png', blob: pngBlob() }], tags: ['پرانا'] },
      5000,
    );
    return { db, id };
  }
  const fileWith = (...articles: ArticleWire[]) =>
    JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00Z', articles });

  it('adds new URLs, updates older rows, skips newer rows and in-file duplicates', async () => {
    const { db, id } = await withOne();
    const mine = (await getArticleWire(db, id))!;
    const older = { ...mine, updatedAt: 4000, tags: ['older'] };
    const newer = { ...mine, updatedAt: 6000, tags: ['newer'] };
    const other = { ...mine, url: 'https://b.pk/2', article: { ...mine.article, url: 'https://b.pk/2' }, updatedAt: 1 };
    expect((await restore(db, fileWith(older, other, other))).outcome).toEqual({ ok: true, report: { added: 1, updated: 0, skipped: 2 } });
    expect((await restore(db, fileWith(newer))).outcome).toEqual({ ok: true, report: { added: 0, updated: 1, skipped: 0 } });
    const entries = await listEntries(db);
    expect(entries.map((e) => e.url).sort()).toEqual(['https://b.pk/2', 'https://www.example.pk/news/1']);
    expect(entries.find((e) => e.id === id)!.tags).toEqual(['newer']);
  });

  const good = () => ({ ...sampleArticle(), images: [] });
  it.each([
    ['not JSON', 'PK\u0003\u0004 zip bytes', 'not-json'],
    ['truncated JSON', fileWith().slice(0, 20), 'not-json'],
    ['JSON of something else', JSON.stringify({ bookmarks: [] }), 'foreign'],
    ['a Pocket-style export', JSON.stringify([{ url: 'https://a.pk' }]), 'foreign'],
    ['a newer backup version', JSON.stringify({ format: BACKUP_FORMAT, version: 99, articles: [] }), 'newer-version'],
    [
      'an article with a javascript: URL',
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, articles: [{ ...good(), url: 'javascript:alert(1)' }] }),
      'broken-article',
    ],
    [
      'an article missing its text',
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        articles: [{ article: { ...sampleArticle(), text: undefined }, tags: [], savedAt: 1, updatedAt: 1, readAt: null, images: [] }],
      }),
      'broken-article',
    ],
    [
      'an SVG image',
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        articles: [
          {
            article: sampleArticle(),
            tags: [],
            savedAt: 1,
            updatedAt: 1,
            readAt: null,
            images: [{ url: 'https://a.pk/x.svg', type: 'image/svg+xml', data: 'PHN2Zz4=' }],
          },
        ],
      }),
      'broken-image',
    ],
  ])('refuses %s with a reason, changing nothing', async (_label, file, error) => {
    const { db } = await withOne();
    const before = await exportLibrary(db, new Date(0));
    expect(await checkBackup(new Blob([file]))).toMatchObject({ ok: false, error });
    const { outcome, sent } = await restore(db, file);
    expect(outcome).toMatchObject({ ok: false, error });
    expect(sent.pieces).toBe(0);
    expect(await exportLibrary(db, new Date(0))).toEqual(before);
  });

  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
  it.each(saafVectors('backup-image-data').map((v) => [v.id, v.payload]))(
    'tests/security %s: image data %j refuses the file before any write, naming the article',
    async (_id, data) => {
      const { db } = await withOne();
      const before = await exportLibrary(db, new Date(0));
      const ok = {
        article: sampleArticle(),
        tags: [],
        savedAt: 1,
        updatedAt: 1,
        readAt: null,
        images: [{ url: 'https://a.pk/1.png', type: 'image/png', data: png }],
      };
      const bad = {
        ...ok,
        article: { ...sampleArticle(), url: 'https://a.pk/2' },
        images: [{ url: 'https://a.pk/x.png', type: 'image/png', data }],
      };
      const { outcome, sent } = await restore(db, JSON.stringify({ format: BACKUP_FORMAT, version: 1, articles: [ok, bad] }));
      expect(outcome).toEqual({ ok: false, error: 'broken-image', detail: '#2' });
      expect(sent.pieces).toBe(0);
      // Even a caller that skips parseBackup cannot reach the transaction with it.
      expect(validateArticleWire(bad)).toBeNull();
      expect(await exportLibrary(db, new Date(0))).toEqual(before);
    },
  );

  it('a file whose last article is broken is refused whole, naming the article', async () => {
    const ok = { article: sampleArticle(), tags: [], savedAt: 1, updatedAt: 1, readAt: null, images: [] };
    const file = JSON.stringify({ format: BACKUP_FORMAT, version: 1, articles: [ok, ok, { ...ok, savedAt: 'yesterday' }] });
    expect(await checkBackup(new Blob([file]))).toEqual({ ok: false, error: 'broken-article', detail: '#3' });
  });
});
