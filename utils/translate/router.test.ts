import { describe, expect, it } from 'vitest';
import { fakeTranslator } from '@/tests/stubs/fake-translator';
import { createBrowserTranslator } from './browser-translator';
import { TranslationCache, mapStore } from './cache';
import { TranslateError } from './errors';
import { routeTranslation } from './router';
import type { Availability, ServiceId, TranslationService } from './types';

const URDU = 'یہ ترجمہ ہے';

function fakeService(id: ServiceId, availability: Availability, result: () => string | Promise<string> = () => URDU) {
  const calls: string[] = [];
  const svc: TranslationService = {
    id,
    label: id,
    remote: id !== 'browser',
    availability: async () => availability,
    translate: async (text) => {
      calls.push(text);
      return result();
    },
  };
  return { svc, calls };
}

const kind = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: TranslateError) => e.kind,
  );

describe('routeTranslation', () => {
  it('uses the first available service in the user order and names it', async () => {
    const browser = createBrowserTranslator(fakeTranslator({ pairs: {} }).scope); // en->ur unavailable
    const a = fakeService('libretranslate', 'available');
    const b = fakeService('microsoft', 'available');
    const r = await routeTranslation([browser, a.svc, b.svc], '  Hello world  ', 'en-US', 'ur', {});
    expect(r).toMatchObject({ text: URDU, service: 'libretranslate', source: 'en', target: 'ur', fromCache: false });
    expect(a.calls).toEqual(['Hello world']);
    expect(b.calls).toEqual([]);
  });

  it('reports the failure of the chosen service instead of sending the text elsewhere', async () => {
    const a = fakeService('libretranslate', 'available', () => Promise.reject(new TranslateError('server', 'HTTP 500', 500)));
    const b = fakeService('google', 'available');
    expect(await kind(routeTranslation([a.svc, b.svc], 'Hello world', 'en', 'ur'))).toBe('server');
    expect(b.calls).toEqual([]);
  });

  it('moves on when a service turns out not to support the pair', async () => {
    const a = fakeService('libretranslate', 'available', () => Promise.reject(new TranslateError('unsupported')));
    const b = fakeService('google', 'available');
    expect((await routeTranslation([a.svc, b.svc], 'Hello world', 'en', 'ur')).service).toBe('google');
  });

  it('says "not configured" when only on-device services exist and none can do the pair', async () => {
    const browser = createBrowserTranslator(fakeTranslator({ pairs: { 'en>ar': 'available' } }).scope);
    expect(await kind(routeTranslation([browser], 'Hello world', 'en', 'ur'))).toBe('not-configured');
    expect(await kind(routeTranslation([], 'Hello world', 'en', 'ur'))).toBe('not-configured');
    expect(await kind(routeTranslation([fakeService('microsoft', 'unavailable').svc], 'Hello world', 'en', 'ur'))).toBe('unsupported');
  });

  it('prepares a downloadable on-device model from the click, with progress', async () => {
    const fake = fakeTranslator({ pairs: { 'en>ar': 'downloadable' }, translate: () => 'مرحبا' });
    fake.state.userActivation = true;
    const progress: number[] = [];
    const r = await routeTranslation([createBrowserTranslator(fake.scope)], 'Hello world', 'en', 'ar', {
      onProgress: (f) => progress.push(f),
    });
    expect(r).toMatchObject({ text: 'مرحبا', service: 'browser' });
    expect(progress.at(-1)).toBe(1);
  });

  it('answers from the cache per text, pair and service', async () => {
    const cache = new TranslationCache(mapStore());
    const a = fakeService('libretranslate', 'available');
    await routeTranslation([a.svc], 'Hello world', 'en', 'ur', { cache });
    const again = await routeTranslation([a.svc], 'Hello world', 'en', 'ur', { cache });
    expect(again.fromCache).toBe(true);
    expect(a.calls).toHaveLength(1);
    await routeTranslation([a.svc], 'Hello world', 'en', 'fa', { cache }); // other pair
    const b = fakeService('google', 'available');
    await routeTranslation([b.svc], 'Hello world', 'en', 'ur', { cache }); // other service
    expect([a.calls.length, b.calls.length]).toEqual([2, 1]);
  });

  it.each([
    ['', 'en', 'ur', 'malformed'],
    ['x'.repeat(5001), 'en', 'ur', 'unsupported'],
    ['Hello world', 'ur', 'ur-PK', 'unsupported'],
  ])('refuses %#', async (text, src, tgt, expected) => {
    const a = fakeService('libretranslate', 'available');
    expect(await kind(routeTranslation([a.svc], text, src, tgt))).toBe(expected);
    expect(a.calls).toEqual([]);
  });

  it('stops before translating when already aborted', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    expect(await kind(routeTranslation([fakeService('google', 'available').svc], 'Hello world', 'en', 'ur', { signal: ctrl.signal }))).toBe(
      'aborted',
    );
  });
});
