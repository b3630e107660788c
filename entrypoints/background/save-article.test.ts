import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb, sampleArticle } from '@/tests/helpers/library';
import { KEEP_ALL_IMAGE_LIMITS } from '@/utils/library/images';
import { storeArticle } from './save-article';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

afterEach(() => vi.unstubAllGlobals());

describe('storeArticle and the image limits', () => {
  it('reports how many images the count limit left out, and "keep all" stores every one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(PNG, { headers: { 'content-type': 'image/png' } })),
    );
    const imgs = Array.from({ length: 45 }, (_, i) => `<img src="https://cdn.news.pk/${i}.png">`).join('');
    const article = sampleArticle({ url: 'https://news.pk/many', leadImage: null, contentHtml: `<p>متن</p>${imgs}` });
    const db = freshDb();
    expect(await storeArticle(article, db)).toMatchObject({ ok: true, images: 40, imagesSkipped: 5, imagesCapped: 5 });
    expect(await storeArticle(article, db, undefined, KEEP_ALL_IMAGE_LIMITS)).toMatchObject({
      ok: true,
      created: false,
      images: 45,
      imagesSkipped: 0,
      imagesCapped: 0,
    });
    expect(await db.images.count()).toBe(45);
  });
});
