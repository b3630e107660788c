/** Shared fixtures for the library's unit tests (not shipped: imported by *.test.ts only). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createLibraryDb, type LibraryDb } from '../../utils/library/db';
import type { Article } from '../../utils/types';

let n = 0;

/** A fresh library on its own in-memory IndexedDB. */
export function freshDb(): LibraryDb {
  return createLibraryDb(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A small valid Urdu article; `over` replaces fields. */
export function sampleArticle(over: Partial<Article> = {}): Article {
  return {
    url: 'https://www.example.pk/news/1',
    title: 'پاکستان میں برقی گاڑیاں',
    byline: 'نامہ نگار',
    siteName: 'مثال نیوز',
    lang: 'ur',
    dir: 'rtl',
    publishedTime: '2023-09-27',
    excerpt: 'چین کی برقی گاڑیاں',
    leadImage: 'https://cdn.example.pk/lead.png',
    contentHtml: '<p>چین کی برقی گاڑیاں <img src="https://cdn.example.pk/lead.png" alt="تصویر"></p>',
    text: 'چین کی برقی گاڑیاں',
    embeds: [],
    removed: [],
    ...over,
  };
}

/** A 1x1 PNG. */
export function pngBlob(): Blob {
  const b64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
  return new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
}
