/**
 * Is a host private? Loopback, private, carrier-grade NAT, link-local (cloud metadata), multicast
 * and reserved addresses in any of their spellings, and names that only mean something on a
 * local network. A public page must not make Saaf fetch from the user's machine or LAN.
 *
 * Hosts are normalised the way browsers do before the check: the WHATWG URL parser turns
 * `2130706433`, `0x7f000001`, `0177.0.0.1` and `127.1` into `127.0.0.1`, and writes IPv6 in one
 * compressed form; trailing dots are dropped (`localhost.` is `localhost`); IPv6 forms that embed
 * an IPv4 address (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`, translated, NAT64, 6to4) are
 * judged by that IPv4 address. A name that resolves to a private address (DNS rebinding) cannot
 * be seen from here: the extension has no DNS lookup in Chrome.
 */

/** IPv4 blocks that are not the public internet, as [first address, prefix length]. */
const PRIVATE_V4: [number, number][] = (
  [
    ['0.0.0.0', 8], // "this network"
    ['10.0.0.0', 8],
    ['100.64.0.0', 10], // carrier-grade NAT (also Alibaba Cloud's metadata, 100.100.100.200)
    ['127.0.0.0', 8],
    ['169.254.0.0', 16], // link-local: cloud metadata at 169.254.169.254
    ['172.16.0.0', 12],
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.0.2.0', 24], // documentation
    ['192.88.99.0', 24], // 6to4 relay anycast
    ['192.168.0.0', 16],
    ['198.18.0.0', 15], // benchmarking
    ['198.51.100.0', 24], // documentation
    ['203.0.113.0', 24], // documentation
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved and broadcast
  ] as const
).map(([a, bits]) => [v4Number(a)!, bits]);

/** Names that only resolve inside a machine or a network, and cloud metadata names. */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'home.arpa', 'localdomain'];
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.com',
  'metadata.tencentyun.com',
]);

/** A dotted-decimal IPv4 address as a number, or null. */
function v4Number(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

function privateV4(n: number): boolean {
  return PRIVATE_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** An IPv6 address (no brackets) as eight 16-bit groups, or null. A dotted IPv4 tail is allowed. */
function v6Groups(s: string): number[] | null {
  let text = s.replace(/%.*$/, ''); // zone id
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const n = v4Number(tail[1]!);
    if (n === null) return null;
    text = `${text.slice(0, -tail[1]!.length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string) => (h === '' ? [] : h.split(':').map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...head, ...rest].some(Number.isNaN)) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
}

function privateV6(g: number[]): boolean {
  const v4At = (i: number) => g[i]! * 65536 + g[i + 1]!;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return true; // :: unspecified
  if (zeros(0, 7) && g[7] === 1) return true; // ::1
  if (zeros(0, 5) && g[5] === 0xffff) return privateV4(v4At(6)); // ::ffff:a.b.c.d mapped
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return privateV4(v4At(6)); // ::ffff:0:a.b.c.d translated
  if (zeros(0, 6)) return privateV4(v4At(6)); // ::a.b.c.d compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return privateV4(v4At(6)); // NAT64
  if (g[0] === 0x2002) return privateV4(v4At(1)); // 6to4
  if (g[0] === 0x2001 && g[1] === 0) return true; // Teredo: tunnels to anything
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  const first = g[0]!;
  return (
    (first & 0xfe00) === 0xfc00 ||
    (first & 0xffc0) === 0xfe80 ||
    (first & 0xffc0) === 0xfec0 ||
    (first & 0xff00) === 0xff00 ||
    first === 0x100
  );
}

/** The host as a browser would contact it: parsed by the URL parser, lower case, no trailing dot. */
export function normalizeHost(host: string): string | null {
  let h: string;
  try {
    h = new URL(`http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}/`).hostname;
  } catch {
    return null;
  }
  return h.replace(/\.+$/, '');
}

/** True for a host that is not a public internet address or name (see the module comment). */
export function isPrivateHost(host: string): boolean {
  const h = normalizeHost(host);
  if (h === null || h === '') return true; // unparseable: never fetch it
  if (h.startsWith('[')) {
    const g = v6Groups(h.slice(1, -1));
    return g === null || privateV6(g);
  }
  const n = v4Number(h);
  if (n !== null) return privateV4(n);
  if (!h.includes('.') || METADATA_NAMES.has(h)) return true; // single-label names are intranet names
  return PRIVATE_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** True unless `url` is http(s) on a public host. */
export function isPrivateUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return !(u.protocol === 'http:' || u.protocol === 'https:') || isPrivateHost(u.host.replace(/:\d+$/, ''));
  } catch {
    return true;
  }
}
