import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '@/tests/stubs/fake-fetch';
import { t } from '../i18n';
import { errorFromData, errorToData, ERROR_KINDS, TranslateError } from './errors';
import { DEFAULT_SETTINGS, buildServices, enabledIds, originPattern, parseSettings } from './settings';

describe('translation settings', () => {
  it('defaults send nothing anywhere: only the on-device translator is on', () => {
    expect(enabledIds(DEFAULT_SETTINGS)).toEqual(['browser']);
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.timeoutMs).toBe(10_000);
  });

  it('normalizes stored data of any shape', () => {
    const s = parseSettings({
      services: [
        { id: 'google', enabled: true },
        { id: 'evil', enabled: true },
        { id: 'google', enabled: false },
        'x',
        { id: 'browser', enabled: 'yes' },
      ],
      libretranslate: { url: '  http://127.0.0.1:5000  ', key: 42 },
      microsoft: { key: 'k', region: 'westeurope' },
      target: 'ur<script>',
      timeoutMs: -5,
    });
    expect(s.services).toEqual([
      { id: 'google', enabled: true },
      { id: 'browser', enabled: false },
      { id: 'libretranslate', enabled: false },
      { id: 'microsoft', enabled: false },
    ]);
    expect(s.libretranslate).toEqual({ url: 'http://127.0.0.1:5000', key: '' });
    expect(s.microsoft.endpoint).toBe(DEFAULT_SETTINGS.microsoft.endpoint);
    expect(s.target).toBeNull();
    expect(s.timeoutMs).toBe(500);
    expect(parseSettings({ target: 'ur-PK' }).target).toBe('ur-PK');
  });

  it.each([
    ['https://libretranslate.example.org/api', 'https://libretranslate.example.org/*'],
    ['http://127.0.0.1:5000', 'http://127.0.0.1/*'],
    ['javascript:alert(1)', null],
    ['', null],
  ])('host permission for %s is %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });

  it('builds exactly the enabled services, in order, and none that is off ever fetches', async () => {
    const f = fakeFetch(() => json({ translatedText: 'ترجمہ' }));
    const s = parseSettings({
      services: [
        { id: 'libretranslate', enabled: true },
        { id: 'google', enabled: false },
        { id: 'browser', enabled: true },
      ],
      libretranslate: { url: 'http://127.0.0.1:5000' },
    });
    const services = buildServices(s, { fetch: f.fetch, scope: {} });
    expect(services.map((x) => x.id)).toEqual(['libretranslate', 'browser']);
    await services[0]!.translate('Hello world', 'en', 'ur');
    expect(f.requests.map((r) => new URL(r.url).host)).toEqual(['127.0.0.1:5000']);
  });
});

describe('translation errors', () => {
  it.each(ERROR_KINDS)('%s has a message in Urdu and English', (kind) => {
    expect(t('en', `tr.error.${kind}`)).toMatch(/[a-z]/);
    expect(t('ur', `tr.error.${kind}`)).toMatch(/\p{Script=Arabic}/u);
  });

  it('round-trips through plain data and distrusts unknown kinds', () => {
    const back = errorFromData(errorToData(new TranslateError('quota', 'HTTP 429', 429)));
    expect([back.kind, back.status]).toEqual(['quota', 429]);
    expect(errorFromData({ kind: 'rm -rf', detail: 5 }).kind).toBe('server');
    expect(errorFromData(null).kind).toBe('server');
  });
});
