/**
 * Where the reader stopped in a saved article: `readPosition`, the share of the article scrolled
 * (0 = the top, 1 = the end), stored with the article and in its list entry. Pure: the scroll
 * arithmetic, the check of an untrusted value, the words the library card shows, and the throttle
 * that keeps the saved view from writing the database at every scroll event.
 */

/** At or past this share an article counts as finished ("finished" on its card; reopened at the top). */
export const FINISHED_AT = 0.95;
/** Below this share an article counts as not started (its card shows no progress). */
export const STARTED_AT = 0.01;
/** The saved view writes the position at most this often while the reader scrolls. */
export const SAVE_EVERY_MS = 2000;

/** A stored or sent position: a finite number clamped to 0..1 and rounded to 1/1000; null when it is not a number. */
export function cleanPosition(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
}

/** The position of a scroll container, or null when it cannot scroll (the whole article is in view). */
export function positionOf(scrollTop: number, scrollHeight: number, clientHeight: number): number | null {
  const max = scrollHeight - clientHeight;
  if (max <= 1) return null;
  return cleanPosition(scrollTop / max);
}

/** The `scrollTop` that shows `position` in a container of these sizes. */
export function scrollTopFor(position: number, scrollHeight: number, clientHeight: number): number {
  return Math.round(Math.max(0, scrollHeight - clientHeight) * position);
}

/** Where a saved article opens: where the reader stopped, or the top when it was finished. */
export function openingPosition(stored: number): number {
  return stored >= FINISHED_AT ? 0 : stored;
}

/** What a library card says about a position. */
export type Progress = { kind: 'none' } | { kind: 'finished' } | { kind: 'part'; percent: number };

export function progressOf(position: number | undefined): Progress {
  const p = cleanPosition(position) ?? 0;
  if (p >= FINISHED_AT) return { kind: 'finished' };
  if (p < STARTED_AT) return { kind: 'none' };
  // Floor, so 94.9% never reads as 95% (which would be "finished"); at least 1.
  return { kind: 'part', percent: Math.max(1, Math.floor(p * 100)) };
}

/** Timers, passed in so tests drive time. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Saves the latest position at most once every `everyMs`: the first change at once, later ones
 * at the end of the interval (the last one wins), and `flush()` (page hidden or closed) at once.
 * A position equal to the last one saved is not saved again.
 */
export class PositionSaver {
  private last: number;
  private pending: number | null = null;
  private lastAt = -Infinity;
  private timer: unknown = null;

  constructor(
    private readonly save: (position: number) => void,
    initial: number,
    private readonly everyMs = SAVE_EVERY_MS,
    private readonly clock: Clock = realClock,
  ) {
    this.last = initial;
  }

  update(position: number): void {
    const p = cleanPosition(position);
    if (p === null) return;
    this.pending = p === this.last ? null : p;
    if (this.pending === null || this.timer !== null) return;
    const wait = this.lastAt + this.everyMs - this.clock.now();
    if (wait <= 0) this.flush();
    else this.timer = this.clock.setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === null) return;
    const p = this.pending;
    this.pending = null;
    this.last = p;
    this.lastAt = this.clock.now();
    this.save(p);
  }
}
