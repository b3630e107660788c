import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DETECT_ORIGINS, detectionService } from './detection-service';
import { detectItem } from './storage';

let origins: string[];
const remove = vi.fn(async () => true);

beforeEach(() => {
  fakeBrowser.reset();
  origins = [];
  remove.mockClear();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins, permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => origins.includes(DETECT_ORIGINS[0]!));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove);
});

describe('detection service', () => {
  it('is on only with both the switch and the permission', async () => {
    const d = detectionService();
    await detectItem().setValue(true);
    expect(await d.isOn()).toBe(false);
    origins = [...DETECT_ORIGINS];
    expect(await d.isOn()).toBe(true);
  });

  it('turns on only when the permission is granted', async () => {
    const d = detectionService();
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => false);
    expect(await d.enable()).toBe(false);
    expect(await detectItem().getValue()).toBe(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    expect(await d.enable()).toBe(true);
    expect(await detectItem().getValue()).toBe(true);
  });

  it('gives the broad permission back unless another feature holds host grants', async () => {
    const d = detectionService();
    origins = [...DETECT_ORIGINS, 'http://127.0.0.1/*'];
    await d.disable();
    expect(remove).not.toHaveBeenCalled();
    origins = [...DETECT_ORIGINS];
    await d.disable();
    expect(remove).toHaveBeenCalledWith({ origins: DETECT_ORIGINS });
    expect(await detectItem().getValue()).toBe(false);
  });
});
