import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMisses, recordMiss } from './misses-storage';
import { makeMiss } from './removed';

describe('misses storage', () => {
  beforeEach(() => fakeBrowser.reset());
  it('keeps reported misses in storage.local', async () => {
    expect(await loadMisses()).toEqual([]);
    const m = makeMiss('https://e.pk/a', { rule: 'disclaimers', text: 'part of the story' });
    await recordMiss(m);
    await recordMiss(makeMiss('https://e.pk/b', { rule: 'teasers', text: 'more' }));
    expect((await loadMisses()).map((x) => x.url)).toEqual(['https://e.pk/a', 'https://e.pk/b']);
    expect(await fakeBrowser.storage.local.get('reader.misses')).toHaveProperty('reader.misses');
  });
  it('reads a damaged item as empty', async () => {
    await fakeBrowser.storage.local.set({ 'reader.misses': 'broken' });
    expect(await loadMisses()).toEqual([]);
  });
});
