import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '@/tests/stubs/fake-fetch';
import { parseMessage } from '@/utils/messaging/protocol';
import { parseSettings } from '@/utils/translate/settings';
import { handleTranslate } from './translate-service';

const URDU = 'چین کے سفیر سے مل کر اچھا لگا';
const MSG = { type: 'translate', text: 'Wonderful to meet the Ambassador', source: 'en', target: 'ur' } as const;

function setup(settings: unknown, granted = ['http://127.0.0.1/*']) {
  const f = fakeFetch((req) =>
    new URL(req.url).pathname === '/translate' ? json({ translatedText: URDU }) : json({ sentences: [{ trans: URDU }] }),
  );
  const deps = { settings: parseSettings(settings), fetch: f.fetch, hasAccess: async (p: string) => granted.includes(p) };
  return { f, deps };
}

const LIBRE_ON = {
  services: [
    { id: 'browser', enabled: true },
    { id: 'libretranslate', enabled: true },
    { id: 'google', enabled: false },
  ],
  libretranslate: { url: 'http://127.0.0.1:5000' },
  google: { endpoint: 'http://127.0.0.1:5002' },
};

describe('background translate handler', () => {
  it('translates with the enabled remote service and reports which', async () => {
    const { f, deps } = setup(LIBRE_ON);
    expect(await handleTranslate(MSG, deps)).toEqual({ ok: true, text: URDU, service: 'libretranslate', label: 'LibreTranslate' });
    expect(f.requests.map((r) => r.url)).toEqual(['http://127.0.0.1:5000/translate']);
  });

  it('sends nothing with the default settings (no remote service chosen)', async () => {
    const { f, deps } = setup(undefined);
    expect(await handleTranslate(MSG, deps)).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
    expect(f.requests).toHaveLength(0);
  });

  it('refuses a service the message names but the user did not enable', async () => {
    const { f, deps } = setup(LIBRE_ON);
    expect(await handleTranslate({ ...MSG, service: 'google' }, deps)).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
    expect(f.requests).toHaveLength(0);
  });

  it('does not contact a host whose permission was withdrawn', async () => {
    const { f, deps } = setup(LIBRE_ON, []);
    expect(await handleTranslate(MSG, deps)).toMatchObject({ ok: false, error: { kind: 'permission' } });
    expect(f.requests).toHaveLength(0);
  });

  it('returns failures as typed data', async () => {
    const { deps } = setup(LIBRE_ON);
    deps.fetch = fakeFetch(() => json({ error: 'x' }, 429)).fetch;
    expect(await handleTranslate(MSG, deps)).toMatchObject({ ok: false, error: { kind: 'quota', status: 429 } });
  });

  it.each([
    [{ ...MSG, text: '' }],
    [{ ...MSG, text: 'x'.repeat(5001) }],
    [{ ...MSG, text: 42 }],
    [{ ...MSG, source: 'en"><script>' }],
    [{ ...MSG, target: 'auto' }],
    [{ ...MSG, service: 'https://evil.example/translate' }],
    [{ ...MSG, service: 'browser' }],
  ])('rejects a malformed message %#', (raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  it('accepts a well-formed message and drops unknown fields such as a URL', () => {
    expect(parseMessage({ ...MSG, source: 'auto', service: 'microsoft', url: 'https://evil.example' })).toEqual({
      ...MSG,
      source: 'auto',
      service: 'microsoft',
    });
  });
});
