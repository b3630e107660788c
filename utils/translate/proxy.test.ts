import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '@/tests/stubs/fake-fetch';
import { type TranslateError } from './errors';
import { createLibreTranslate } from './libretranslate';
import type { TranslateMessage } from './protocol';
import { createProxyService } from './proxy';

const remote = createLibreTranslate({ url: 'http://127.0.0.1:5000', key: 'secret' }, { fetch: fakeFetch(() => json({})).fetch });
const kind = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: TranslateError) => e.kind,
  );

describe('proxy service (page side of a remote service)', () => {
  it('asks the background by service id, never with the URL or key', async () => {
    const sent: TranslateMessage[] = [];
    const svc = createProxyService(
      remote,
      async (m) => (sent.push(m), { ok: true, text: 'ترجمہ', service: 'libretranslate', label: 'LibreTranslate' }),
      10_000,
    );
    expect([svc.id, svc.label, svc.remote]).toEqual(['libretranslate', 'LibreTranslate', true]);
    expect(await svc.availability('en', 'ur')).toBe('available');
    expect(await svc.translate('Hello world', 'en', 'ur')).toBe('ترجمہ');
    expect(sent).toEqual([{ type: 'translate', text: 'Hello world', source: 'en', target: 'ur', service: 'libretranslate' }]);
    expect(JSON.stringify(sent)).not.toMatch(/127\.0\.0\.1|secret/);
  });

  it.each([
    [{ ok: false, error: { kind: 'auth', status: 403 } }, 'auth'],
    [{ ok: false, error: { kind: 'nonsense' } }, 'server'],
    [undefined, 'server'],
    [{ ok: true, text: 5 }, 'server'],
  ])('turns the answer %j into %s', async (answer, expected) => {
    expect(await kind(createProxyService(remote, async () => answer, 10_000).translate('Hello world', 'en', 'ur'))).toBe(expected);
  });

  it('gives up when the background never answers, and on abort', async () => {
    expect(await kind(createProxyService(remote, () => new Promise(() => {}), -2_990).translate('Hello world', 'en', 'ur'))).toBe(
      'timeout',
    );
    const ctrl = new AbortController();
    const p = createProxyService(remote, () => new Promise(() => {}), 10_000).translate('Hello world', 'en', 'ur', ctrl.signal);
    ctrl.abort();
    expect(await kind(p)).toBe('aborted');
    expect(
      await kind(
        createProxyService(remote, () => Promise.reject(new Error('Receiving end does not exist')), 10_000).translate(
          'Hello world',
          'en',
          'ur',
        ),
      ),
    ).toBe('server');
  });
});
