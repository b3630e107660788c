/** The background's search index over the library, built lazily and kept beside the database. */
import type { LibraryDb } from './db';
import { LibrarySearch, indexDocOf } from './search';
import type { IndexProgress, StoredArticle } from './types';

/**
 * The search index kept beside the database. Built when first needed (a background service worker
 * may have been restarted since), NEWEST articles first, in chunks with a pause between them, so
 * a search can answer from the articles indexed so far while the rest is added; then kept up to
 * date on each save and delete.
 */
export class SearchCache {
  private index: LibrarySearch | null = null;
  private firstChunk: Promise<void> | null = null;
  private building: Promise<LibrarySearch> | null = null;
  private progress: IndexProgress = { indexed: 0, total: 0 };
  private complete = false;
  private generation = 0;

  constructor(
    private readonly db: LibraryDb,
    private readonly chunkSize = 250,
  ) {}

  private start(): void {
    if (this.building) return;
    const generation = ++this.generation;
    const index = new LibrarySearch();
    this.index = index;
    this.complete = false;
    this.progress = { indexed: 0, total: 0 };
    let chunkDone!: () => void;
    this.firstChunk = new Promise<void>((resolve) => (chunkDone = resolve));
    this.building = (async () => {
      const ids = (await this.db.articles.orderBy('savedAt').reverse().primaryKeys()) as number[];
      this.progress = { indexed: 0, total: ids.length };
      // A small first chunk so the first search answers quickly; larger ones after it.
      for (let i = 0, size = Math.min(100, this.chunkSize); i < ids.length; i += size, size = this.chunkSize) {
        const rows = await this.db.articles.bulkGet(ids.slice(i, i + size));
        // A reset (an import) started a newer build: this one stops adding to a dropped index.
        if (generation !== this.generation) return index;
        for (const row of rows) if (row && row.deletedAt === null) index.upsert(indexDocOf(row as StoredArticle & { id: number }));
        this.progress = { indexed: Math.min(ids.length, i + size), total: ids.length };
        chunkDone();
        await new Promise((r) => setTimeout(r, 0));
      }
      if (generation === this.generation) this.complete = true;
      chunkDone();
      return index;
    })();
    this.building.catch(() => {
      if (generation !== this.generation) return;
      this.building = this.firstChunk = this.index = null;
      chunkDone();
    });
  }

  /** The index as far as it is built (at least its newest chunk), and whether it is complete. */
  async current(): Promise<{ index: LibrarySearch; complete: boolean; progress: IndexProgress }> {
    // Twice at most: a reset (an import) may drop the build this call was waiting for.
    for (let attempt = 0; attempt < 2; attempt++) {
      this.start();
      await this.firstChunk;
      if (this.index) return { index: this.index, complete: this.complete, progress: { ...this.progress } };
    }
    throw new Error('the search index could not be built');
  }

  /** The complete index (waits for the build). */
  async get(): Promise<LibrarySearch> {
    this.start();
    return this.building!;
  }

  /** Re-indexes one row after a save, tag change or undo (no-op until a build has started). */
  async refresh(id: number): Promise<void> {
    const index = this.index;
    if (!index) return;
    const row = await this.db.articles.get(id);
    if (row && row.deletedAt === null) index.upsert(indexDocOf(row as StoredArticle & { id: number }));
    else index.remove(id);
  }

  /** Forgets the index (after an import, which may touch many rows); the next use rebuilds it. */
  reset(): void {
    this.generation++;
    this.index = this.building = this.firstChunk = null;
    this.complete = false;
  }
}
