/**
 * Where the misses a reader reports for general rules ("this was part of the story") are kept:
 * one `storage.local` item, on this machine only; nothing is sent anywhere. The reader exports
 * them as a JSON report when asked.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { addMiss, coerceMisses, type Miss } from './removed';

let item: WxtStorageItem<Miss[], Record<string, unknown>> | undefined;

function missesItem() {
  return (item ??= storage.defineItem<Miss[]>('local:reader.misses', { version: 1, fallback: [] }));
}

export async function loadMisses(): Promise<Miss[]> {
  return coerceMisses(await missesItem().getValue());
}

/** Adds a miss and returns the list as stored. */
export async function recordMiss(miss: Miss): Promise<Miss[]> {
  const list = addMiss(await loadMisses(), miss);
  await missesItem().setValue(list);
  return list;
}
