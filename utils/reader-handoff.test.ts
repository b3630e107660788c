import { describe, expect, it } from 'vitest';
import { readerSlot } from './reader-handoff';

describe('the reader handoff slot', () => {
  it('is one object per scope, shared by every caller in it', () => {
    const scope = {};
    const a = readerSlot(scope);
    a.ui = () => undefined;
    expect(readerSlot(scope)).toBe(a);
    expect(readerSlot({})).not.toBe(a);
  });
});
