import { describe, expect, it } from 'vitest';
import {
  UNDO_WINDOW_MS,
  getArticleWire,
  listEntries,
  purgeDeleted,
  setRead,
  setTags,
  softDelete,
  undoDelete,
  upsertArticle,
  usage,
} from './store';
import { freshDb, pngBlob, sampleArticle } from '../../tests/helpers/library';

describe('library store', () => {
  it('saves an article with its images and lists it', async () => {
    const db = freshDb();
    const { id, created } = await upsertArticle(
      db,
      { article: sampleArticle(), images: [{ url: 'https://cdn.example.pk/lead.png', blob: pngBlob() }] },
      1000,
    );
    expect(created).toBe(true);
    const [entry] = await listEntries(db);
    expect(entry).toMatchObject({
      id,
      title: 'پاکستان میں برقی گاڑیاں',
      site: 'www.example.pk',
      savedAt: 1000,
      readAt: null,
      imageCount: 1,
      readingMinutes: 1,
    });
    const wire = await getArticleWire(db, id);
    expect(wire!.images).toEqual([{ url: 'https://cdn.example.pk/lead.png', type: 'image/png', data: expect.stringMatching(/^iVBOR/) }]);
  });

  it('saving the same URL again updates the row and replaces its images, keeping tags, read state and first-save date', async () => {
    const db = freshDb();
    const { id } = await upsertArticle(
      db,
      { article: sampleArticle(), images: [{ url: 'https://cdn.example.pk/lead.png', blob: pngBlob() }] },
      1000,
    );
    await setTags(db, id, ['معیشت'], 1500);
    await setRead(db, id, true, 1600);
    const again = await upsertArticle(db, { article: sampleArticle({ title: 'نئی سرخی' }), images: [] }, 2000);
    expect(again).toEqual({ id, created: false });
    const entries = await listEntries(db);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title: 'نئی سرخی', savedAt: 1000, updatedAt: 2000, readAt: 1600, tags: ['معیشت'], imageCount: 0 });
    expect(await db.images.count()).toBe(0);
  });

  it('lists newest first', async () => {
    const db = freshDb();
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/1' }), images: [] }, 1);
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/2' }), images: [] }, 3);
    await upsertArticle(db, { article: sampleArticle({ url: 'https://a.pk/3' }), images: [] }, 2);
    expect((await listEntries(db)).map((e) => e.url)).toEqual(['https://a.pk/2', 'https://a.pk/3', 'https://a.pk/1']);
  });

  it('deletes with undo, and purges only after the undo window', async () => {
    const db = freshDb();
    const { id } = await upsertArticle(
      db,
      { article: sampleArticle(), images: [{ url: 'https://cdn.example.pk/lead.png', blob: pngBlob() }] },
      1,
    );
    await softDelete(db, id, 10_000);
    expect(await listEntries(db)).toEqual([]);
    expect(await getArticleWire(db, id)).toBeNull();
    expect((await usage(db)).count).toBe(0);
    await undoDelete(db, id);
    expect(await listEntries(db)).toHaveLength(1);
    await softDelete(db, id, 10_000);
    expect(await purgeDeleted(db, 10_000 + UNDO_WINDOW_MS - 1)).toBe(0);
    expect(await purgeDeleted(db, 10_000 + UNDO_WINDOW_MS + 1)).toBe(1);
    expect(await db.articles.count()).toBe(0);
    expect(await db.images.count()).toBe(0);
  });

  it('counts storage used from the text and the image bytes', async () => {
    const db = freshDb();
    await upsertArticle(db, { article: sampleArticle(), images: [] });
    const without = (await usage(db)).bytes;
    await upsertArticle(db, { article: sampleArticle(), images: [{ url: 'https://cdn.example.pk/lead.png', blob: pngBlob() }] });
    expect((await usage(db)).bytes).toBe(without + pngBlob().size);
  });

  it('refuses an article without a URL', async () => {
    await expect(upsertArticle(freshDb(), { article: sampleArticle({ url: null }), images: [] })).rejects.toThrow(/URL/);
  });
});
