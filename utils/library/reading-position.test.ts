import { describe, expect, it } from 'vitest';
import {
  FINISHED_AT,
  PositionSaver,
  cleanPosition,
  openingPosition,
  positionOf,
  progressOf,
  scrollTopFor,
  type Clock,
} from './reading-position';

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        timers.delete(id);
        t.fn();
      }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('reading position values', () => {
  it('clamps and rounds numbers, refuses anything else', () => {
    expect(cleanPosition(0.4567)).toBe(0.457);
    expect(cleanPosition(-2)).toBe(0);
    expect(cleanPosition(7)).toBe(1);
    for (const bad of [Number.NaN, Infinity, '0.5', null, undefined, {}]) expect(cleanPosition(bad)).toBeNull();
  });

  it('turns a scroll offset into a share and back', () => {
    expect(positionOf(450, 1000, 100)).toBe(0.5);
    expect(positionOf(900, 1000, 100)).toBe(1);
    expect(scrollTopFor(0.5, 1000, 100)).toBe(450);
    // A taller layout (a larger font) keeps the share, not the pixels.
    expect(scrollTopFor(positionOf(450, 1000, 100)!, 3000, 100)).toBe(1450);
    // Nothing to scroll: no position.
    expect(positionOf(0, 100, 100)).toBeNull();
  });

  it('opens a finished article at the top and any other where it stopped', () => {
    expect(openingPosition(0.42)).toBe(0.42);
    expect(openingPosition(FINISHED_AT)).toBe(0);
    expect(openingPosition(1)).toBe(0);
  });

  it('says nothing for an unread article, a whole percentage while reading, finished at 95%', () => {
    expect(progressOf(undefined)).toEqual({ kind: 'none' });
    expect(progressOf(0)).toEqual({ kind: 'none' });
    expect(progressOf(0.005)).toEqual({ kind: 'none' });
    expect(progressOf(0.011)).toEqual({ kind: 'part', percent: 1 });
    expect(progressOf(0.4)).toEqual({ kind: 'part', percent: 40 });
    expect(progressOf(0.949)).toEqual({ kind: 'part', percent: 94 });
    expect(progressOf(0.95)).toEqual({ kind: 'finished' });
    expect(progressOf(1)).toEqual({ kind: 'finished' });
  });
});

describe('PositionSaver', () => {
  it('saves the first change at once and then at most once an interval, the latest value', () => {
    const { clock, advance } = fakeClock();
    const saved: number[] = [];
    const s = new PositionSaver((p) => saved.push(p), 0, 2000, clock);
    s.update(0.1);
    expect(saved).toEqual([0.1]);
    advance(500);
    s.update(0.2);
    advance(500);
    s.update(0.3);
    expect(saved).toEqual([0.1]);
    advance(999);
    expect(saved).toEqual([0.1]);
    advance(1);
    expect(saved).toEqual([0.1, 0.3]);
    // After a quiet interval a change is saved at once again.
    advance(5000);
    s.update(0.5);
    expect(saved).toEqual([0.1, 0.3, 0.5]);
  });

  it('flushes the pending position at once and never saves the same value twice', () => {
    const { clock, advance, pending } = fakeClock();
    const saved: number[] = [];
    const s = new PositionSaver((p) => saved.push(p), 0.25, 2000, clock);
    s.update(0.25);
    expect(saved).toEqual([]);
    s.update(0.3);
    s.update(0.6);
    expect(saved).toEqual([0.3]);
    s.flush();
    expect(saved).toEqual([0.3, 0.6]);
    expect(pending()).toBe(0);
    s.flush();
    advance(10_000);
    expect(saved).toEqual([0.3, 0.6]);
    // Scrolling back to the saved place before the interval ends cancels the pending write.
    s.update(0.7);
    expect(saved).toEqual([0.3, 0.6, 0.7]);
    s.update(0.8);
    s.update(0.7);
    advance(10_000);
    expect(saved).toEqual([0.3, 0.6, 0.7]);
  });
});
