import { describe, expect, it } from 'vitest';
import { fakeTranslator } from '@/tests/stubs/fake-translator';
import { createBrowserTranslator } from './browser-translator';
import { TranslateError } from './errors';

const ARABIC = (t: string) => `ترجمة: ${t.length}`;

describe('browser on-device Translator', () => {
  it('is unavailable where the API does not exist (Firefox, Debian Chromium)', async () => {
    const svc = createBrowserTranslator({});
    expect(svc.remote).toBe(false);
    expect(await svc.availability('en', 'ar')).toBe('unavailable');
  });

  it("answers 'unavailable' for en->ur (Chrome has no Urdu model)", async () => {
    const { scope } = fakeTranslator({ pairs: { 'en>ar': 'available' } });
    const svc = createBrowserTranslator(scope);
    expect(await svc.availability('en', 'ur')).toBe('unavailable');
    expect(await svc.availability('auto', 'ar')).toBe('unavailable');
    expect(await svc.availability('en', 'ar')).toBe('available');
  });

  it('translates an available pair without any click', async () => {
    const { scope, state } = fakeTranslator({ pairs: { 'en>ar': 'available' }, translate: ARABIC });
    const svc = createBrowserTranslator(scope);
    expect(await svc.translate('Hello there', 'en', 'ar')).toBe(ARABIC('Hello there'));
    await svc.translate('Again', 'en', 'ar');
    expect(state.creates).toBe(1); // one translator per pair, reused
  });

  it("throws needs-click while 'downloadable' without a user click, then works after one", async () => {
    const { scope, state } = fakeTranslator({ pairs: { 'en>ar': 'downloadable' }, translate: ARABIC });
    const svc = createBrowserTranslator(scope);
    expect(await svc.availability('en', 'ar')).toBe('downloadable');
    const err = await svc.translate('Hello', 'en', 'ar').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranslateError);
    expect((err as TranslateError).kind).toBe('needs-click');

    state.userActivation = true; // the user clicks Translate
    const progress: number[] = [];
    await svc.prepare!('en', 'ar', (f) => progress.push(f));
    expect(progress).toEqual([0, 0.5, 1]);
    expect(await svc.translate('Hello', 'en', 'ar')).toBe(ARABIC('Hello'));
  });

  it('rejects an answer in the wrong script and times out a stuck model', async () => {
    const echo = fakeTranslator({ pairs: { 'en>ar': 'available' }, translate: (t) => t });
    expect(
      await createBrowserTranslator(echo.scope)
        .translate('Hello world', 'en', 'ar')
        .catch((e: TranslateError) => e.kind),
    ).toBe('malformed');

    const stuck = fakeTranslator({ pairs: { 'en>ar': 'available' } });
    const api = stuck.scope.Translator;
    const hanging = { ...api, create: async () => ({ translate: () => new Promise<string>(() => {}) }) };
    const svc = createBrowserTranslator({ Translator: hanging }, 20);
    expect(await svc.translate('Hello world', 'en', 'ar').catch((e: TranslateError) => e.kind)).toBe('timeout');
  });
});
