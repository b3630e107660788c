/** The background's search index over the library: saved in the database, loaded, kept up to date. */
import type { LibraryDb } from './db';
import { INDEX_FORMAT, LibrarySearch, indexDocOf } from './search';
import type { IndexProgress, StoredArticle } from './types';

/**
 * The search index kept beside the database. When first needed (a background service worker may
 * have been restarted since), it loads the index saved in the database (`searchIndex`) and
 * indexes again only the articles whose revision (`entries.rev`, new at every write) differs from
 * the one saved: so the index is built once, not at every start. With no saved index (the first
 * time, or after a format change) it is built NEWEST articles first, in chunks with a pause
 * between them, so a search can answer from the articles indexed so far while the rest is added.
 * Then it is kept up to date on each save and delete, and saved again after a build and after
 * every `saveAfter` changes (a restart catches up on fewer than that from the entries).
 */
export class SearchCache {
  private index: LibrarySearch | null = null;
  /** The revision of each article in `index`. */
  private docs = new Map<number, string>();
  private firstChunk: Promise<void> | null = null;
  private building: Promise<LibrarySearch> | null = null;
  private progress: IndexProgress = { indexed: 0, total: 0 };
  private complete = false;
  private generation = 0;
  /** Articles indexed or removed since the index was last saved or loaded. */
  private unsaved = 0;
  private saving: Promise<void> | null = null;

  constructor(
    private readonly db: LibraryDb,
    private readonly chunkSize = 250,
    private readonly saveAfter = 100,
  ) {}

  /** The saved index, when there is one in the current format that loads. */
  private async loadSaved(): Promise<{ index: LibrarySearch; docs: Map<number, string> } | null> {
    try {
      const saved = await this.db.searchIndex.get('main');
      if (!saved || saved.format !== INDEX_FORMAT) return null;
      return { index: await LibrarySearch.fromJSON(saved.json), docs: new Map(saved.docs) };
    } catch {
      return null;
    }
  }

  private start(): void {
    if (this.building) return;
    const generation = ++this.generation;
    this.complete = false;
    this.progress = { indexed: 0, total: 0 };
    let chunkDone!: () => void;
    this.firstChunk = new Promise<void>((resolve) => (chunkDone = resolve));
    this.building = (async () => {
      const saved = await this.loadSaved();
      const index = saved?.index ?? new LibrarySearch();
      if (generation !== this.generation) return index;
      this.index = index;
      this.docs = saved?.docs ?? new Map();
      this.unsaved = saved ? 0 : this.saveAfter;
      // What the index must hold: every live article at its current revision, newest first.
      const live = (await this.db.entries.orderBy('savedAt').reverse().toArray()).filter((e) => e.deletedAt === null);
      if (generation !== this.generation) return index;
      const revs = new Map(live.map((e) => [e.id, e.rev]));
      for (const [id, rev] of this.docs)
        if (revs.get(id) !== rev) {
          index.remove(id);
          this.docs.delete(id);
          this.unsaved++;
        }
      const todo = live.filter((e) => !this.docs.has(e.id)).map((e) => e.id);
      this.progress = { indexed: live.length - todo.length, total: live.length };
      // A small first chunk so the first search answers quickly; larger ones after it.
      for (let i = 0, size = Math.min(100, this.chunkSize); i < todo.length; i += size, size = this.chunkSize) {
        const rows = await this.rowsWithRevs(todo.slice(i, i + size));
        // A reset (an import) started a newer build: this one stops adding to a dropped index.
        if (generation !== this.generation) return index;
        for (const r of rows) this.put(index, r.row, r.rev);
        this.progress = { indexed: this.progress.indexed + Math.min(size, todo.length - i), total: live.length };
        chunkDone();
        await new Promise((r) => setTimeout(r, 0));
      }
      if (generation === this.generation) this.complete = true;
      chunkDone();
      if (this.unsaved >= this.saveAfter) void this.save().catch(() => undefined);
      return index;
    })();
    this.building.catch(() => {
      if (generation !== this.generation) return;
      this.building = this.firstChunk = this.index = null;
      chunkDone();
    });
  }

  /** Rows and their revisions, read in one transaction so that each revision is its row's. */
  private rowsWithRevs(ids: number[]): Promise<{ id: number; row: StoredArticle | undefined; rev: string | undefined }[]> {
    return this.db.transaction('r', this.db.articles, this.db.entries, async () => {
      const [rows, entries] = await Promise.all([this.db.articles.bulkGet(ids), this.db.entries.bulkGet(ids)]);
      return ids.map((id, i) => ({ id, row: rows[i], rev: entries[i]?.rev }));
    });
  }

  /** Indexes a live row at its revision, or takes a deleted or missing one out. */
  private put(index: LibrarySearch, row: StoredArticle | undefined, rev: string | undefined, id = row?.id): void {
    if (id === undefined) return;
    if (row && row.deletedAt === null && rev !== undefined) {
      index.upsert(indexDocOf(row as StoredArticle & { id: number }));
      this.docs.set(id, rev);
    } else {
      index.remove(id);
      this.docs.delete(id);
    }
    this.unsaved++;
  }

  /** Saves the index as it is now (its JSON and revisions are taken at the same moment). */
  async save(): Promise<void> {
    const index = this.index;
    if (!index || this.saving) return this.saving ?? undefined;
    const row = { id: 'main' as const, format: INDEX_FORMAT, json: index.toJSON(), docs: [...this.docs] };
    this.unsaved = 0;
    this.saving = this.db.searchIndex.put(row).then(
      () => void (this.saving = null),
      (err: unknown) => {
        this.saving = null;
        throw err;
      },
    );
    return this.saving;
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

  /** Re-indexes one row after a save, tag change, delete or undo (no-op until an index is loaded). */
  async refresh(id: number): Promise<void> {
    const index = this.index;
    if (!index) return;
    const [r] = await this.rowsWithRevs([id]);
    if (index !== this.index) return;
    this.put(index, r!.row, r!.rev, id);
    if (this.complete && this.unsaved >= this.saveAfter) void this.save().catch(() => undefined);
  }

  /**
   * Forgets the index in memory (after an import, which may touch many rows): the next use loads
   * the saved one again and catches up on what the import changed.
   */
  reset(): void {
    this.generation++;
    this.index = this.building = this.firstChunk = null;
    this.complete = false;
  }
}
