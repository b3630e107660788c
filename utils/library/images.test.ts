import { describe, expect, it } from 'vitest';
import { fetchImages, imageUrlsOf, isPrivateHost, sniffImageType, type ImageLimits } from './images';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(200).fill(1)]);

/** A fake network: URL -> [status, body]. Records what was asked. */
function fakeFetch(routes: Record<string, [number, Uint8Array | string] | [number, string, string] | 'opaque'>) {
  const asked: { url: string; init?: RequestInit }[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    asked.push({ url, init });
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    // What browsers answer to redirect: 'manual': no status, no headers, no Location.
    if (route === 'opaque')
      return { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
    // [3xx, '', location]: a redirect; a real fetch would follow it unless told 'manual'.
    if (route.length === 3) {
      if (init?.redirect !== 'manual') return fn(route[2], init);
      return new Response(null, { status: route[0], headers: { location: route[2] } });
    }
    return new Response(route[1] as BodyInit, { status: route[0] });
  }) as typeof fetch;
  return { fn, asked };
}

const LIMITS: ImageLimits = { maxCount: 3, maxBytesEach: 1000, maxBytesTotal: 1100, timeoutMs: 1000 };

describe('imageUrlsOf', () => {
  it('lists body images (entities decoded) then the lead image, http(s) only, once each', () => {
    const html =
      '<p><img alt="a" src="https://a.pk/1.jpg?x=1&amp;y=2"><img src="data:image/png;base64,AAAA"><img src="https://a.pk/2.png"></p><img src="https://a.pk/2.png">';
    expect(imageUrlsOf({ contentHtml: html, leadImage: 'https://a.pk/lead.jpg' })).toEqual([
      'https://a.pk/1.jpg?x=1&y=2',
      'https://a.pk/2.png',
      'https://a.pk/lead.jpg',
    ]);
    expect(imageUrlsOf({ contentHtml: '<img src="javascript:alert(1)">', leadImage: 'file:///etc/passwd' })).toEqual([]);
  });
});

describe('fetchImages', () => {
  it('stores raster images by their real type, without cookies', async () => {
    const { fn, asked } = fakeFetch({ 'https://a.pk/1.png': [200, PNG], 'https://a.pk/2': [200, JPEG] });
    const r = await fetchImages(['https://a.pk/1.png', 'https://a.pk/2'], 'https://a.pk/news', fn, LIMITS);
    expect(r.images.map((i) => [i.url, i.blob.type, i.blob.size])).toEqual([
      ['https://a.pk/1.png', 'image/png', PNG.length],
      ['https://a.pk/2', 'image/jpeg', JPEG.length],
    ]);
    expect(asked.every((a) => a.init?.credentials === 'omit')).toBe(true);
  });

  it.each([
    ['an SVG', [200, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], 'not-image'],
    ['an HTML error page with status 200', [200, '<html>not found</html>'], 'not-image'],
    ['a 404', [404, PNG], 'http-error'],
    ['a too-large image', [200, new Uint8Array(1001).fill(0xff)], 'too-large'],
  ] as const)('skips %s', async (_l, route, reason) => {
    const { fn } = fakeFetch({ 'https://a.pk/x': route as [number, Uint8Array | string] });
    const r = await fetchImages(['https://a.pk/x'], 'https://a.pk/news', fn, LIMITS);
    expect(r).toEqual({ images: [], skipped: [{ url: 'https://a.pk/x', reason }] });
  });

  it('enforces the count and total limits and survives network errors', async () => {
    const big = new Uint8Array(600).fill(7);
    big.set([0xff, 0xd8, 0xff]);
    const { fn } = fakeFetch({
      'https://a.pk/1': [200, big],
      'https://a.pk/2': [200, big],
      'https://a.pk/3': [200, PNG],
      'https://a.pk/4': [200, PNG],
      'https://a.pk/5': [200, PNG],
    });
    const r = await fetchImages(
      ['https://a.pk/down', 'https://a.pk/1', 'https://a.pk/2', 'https://a.pk/3', 'https://a.pk/4', 'https://a.pk/5'],
      'https://a.pk/n',
      fn,
      LIMITS,
    );
    expect(r.images.map((i) => i.url)).toEqual(['https://a.pk/1', 'https://a.pk/3', 'https://a.pk/4']);
    expect(r.skipped).toEqual([
      { url: 'https://a.pk/down', reason: 'network' },
      { url: 'https://a.pk/2', reason: 'limit-total' },
      { url: 'https://a.pk/5', reason: 'limit-count' },
    ]);
  });

  it('never fetches a private address for a public page, but does for a local page', async () => {
    const { fn, asked } = fakeFetch({ 'http://127.0.0.1:8080/i.png': [200, PNG] });
    const pub = await fetchImages(['http://127.0.0.1:8080/i.png', 'http://192.168.1.1/a.png'], 'https://news.pk/a', fn, LIMITS);
    expect(pub.skipped.map((s) => s.reason)).toEqual(['private-address', 'private-address']);
    expect(asked).toEqual([]);
    const local = await fetchImages(['http://127.0.0.1:8080/i.png'], 'http://127.0.0.1:8080/a', fn, LIMITS);
    expect(local.images).toHaveLength(1);
  });
});

describe('fetchImages: redirects', () => {
  it('checks every hop before asking it: a public image redirecting to a private address is never fetched there', async () => {
    const { fn, asked } = fakeFetch({
      'https://a.pk/1.png': [302, '', 'http://[::ffff:7f00:1]/secret.png'],
      'https://a.pk/2.png': [301, '', '/moved/2.png'],
      'https://a.pk/moved/2.png': [307, '', 'http://169.254.169.254/latest/meta-data/'],
      'http://[::ffff:7f00:1]/secret.png': [200, PNG],
      'http://169.254.169.254/latest/meta-data/': [200, PNG],
    });
    const r = await fetchImages(['https://a.pk/1.png', 'https://a.pk/2.png'], 'https://a.pk/news', fn, LIMITS);
    expect(r.images).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual(['private-address', 'private-address']);
    expect(asked.map((a) => a.url)).toEqual(['https://a.pk/1.png', 'https://a.pk/2.png', 'https://a.pk/moved/2.png']);
    expect(asked.every((a) => a.init?.redirect === 'manual')).toBe(true);
  });

  it('follows public redirects, relative ones too, up to a limit', async () => {
    const { fn } = fakeFetch({
      'https://a.pk/1': [301, '', '//cdn.a.pk/1'],
      'https://cdn.a.pk/1': [302, '', '/real.png'],
      'https://cdn.a.pk/real.png': [200, PNG],
    });
    const loop = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`https://a.pk/l${i}`, [302, '', `https://a.pk/l${i + 1}`] as [number, string, string]]),
    );
    const { fn: loopFn } = fakeFetch(loop);
    expect((await fetchImages(['https://a.pk/1'], 'https://a.pk/n', fn, LIMITS)).images).toHaveLength(1);
    expect((await fetchImages(['https://a.pk/l0'], 'https://a.pk/n', loopFn, LIMITS)).skipped).toEqual([
      { url: 'https://a.pk/l0', reason: 'redirect' },
    ]);
  });

  it('browsers hide the target of a manual redirect: an http: image is tried once as https:, anything else is skipped', async () => {
    const { fn, asked } = fakeFetch({ 'http://a.pk/1.png': 'opaque', 'https://a.pk/1.png': [200, PNG], 'https://a.pk/2.png': 'opaque' });
    const r = await fetchImages(['http://a.pk/1.png', 'https://a.pk/2.png'], 'https://a.pk/n', fn, LIMITS);
    expect(r.images.map((i) => i.url)).toEqual(['http://a.pk/1.png']);
    expect(r.skipped).toEqual([{ url: 'https://a.pk/2.png', reason: 'redirect' }]);
    expect(asked.map((a) => a.url)).toEqual(['http://a.pk/1.png', 'https://a.pk/1.png', 'https://a.pk/2.png']);
  });
});

describe('helpers', () => {
  it.each([
    ['localhost', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['172.32.0.1', false],
    ['[::1]', true],
    ['cdn.dawn.com', false],
    ['8.8.8.8', false],
  ])('isPrivateHost(%s) = %s', (h, v) => {
    expect(isPrivateHost(h)).toBe(v);
  });
  it('sniffs types from bytes', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(new TextEncoder().encode('<svg'))).toBeNull();
  });
});
