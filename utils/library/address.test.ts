import { describe, expect, it } from 'vitest';
import { saafVectors } from '../../tests/security/vectors';
import { isPrivateHost, isPrivateUrl, normalizeHost } from './address';

describe('isPrivateHost: every spelling of a private address', () => {
  it.each([
    // loopback in decimal, octal, hex, short and IPv6 forms (the URL parser normalises them)
    ['127.0.0.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['::1', '[::1]'],
    ['[0:0:0:0:0:0:0:1]', '[::1]'],
    // IPv4-mapped, -compatible, -translated, NAT64 and 6to4 IPv6 around private IPv4
    ['[::ffff:7f00:1]', '[::ffff:7f00:1]'],
    ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]'],
    ['[::ffff:a9fe:a9fe]', '[::ffff:a9fe:a9fe]'],
    ['[::ffff:10.0.0.1]', '[::ffff:a00:1]'],
    ['[::127.0.0.1]', '[::7f00:1]'],
    ['[::ffff:0:7f00:1]', '[::ffff:0:7f00:1]'],
    ['[64:ff9b::7f00:1]', '[64:ff9b::7f00:1]'],
    ['[2002:7f00:1::]', '[2002:7f00:1::]'],
    // unspecified, this network
    ['[::]', '[::]'],
    ['0', '0.0.0.0'],
    ['0.0.0.0', '0.0.0.0'],
    // private, carrier-grade NAT, link-local (metadata), reserved
    ['10.1.2.3', '10.1.2.3'],
    ['172.16.0.1', '172.16.0.1'],
    ['172.31.255.255', '172.31.255.255'],
    ['192.168.1.1', '192.168.1.1'],
    ['100.64.0.1', '100.64.0.1'],
    ['100.127.255.254', '100.127.255.254'],
    ['100.100.100.200', '100.100.100.200'],
    ['169.254.169.254', '169.254.169.254'],
    ['224.0.0.1', '224.0.0.1'],
    ['255.255.255.255', '255.255.255.255'],
    ['198.18.0.1', '198.18.0.1'],
    // IPv6 unique-local, link-local, multicast
    ['[fd00::1]', '[fd00::1]'],
    ['[fc12:3456::1]', '[fc12:3456::1]'],
    ['[fe80::1]', '[fe80::1]'],
    ['[ff02::1]', '[ff02::1]'],
    // names: localhost with a trailing dot or in capitals, local suffixes, metadata names, single labels
    ['localhost', 'localhost'],
    ['localhost.', 'localhost'],
    ['LOCALHOST', 'localhost'],
    ['a.localhost', 'a.localhost'],
    ['printer.local', 'printer.local'],
    ['router.lan', 'router.lan'],
    ['db.internal', 'db.internal'],
    ['nas.home.arpa', 'nas.home.arpa'],
    ['metadata.google.internal', 'metadata.google.internal'],
    ['metadata.google.internal.', 'metadata.google.internal'],
    ['metadata', 'metadata'],
    ['instance-data', 'instance-data'],
    ['intranet', 'intranet'],
  ])('%s (= %s) is private', (host, normal) => {
    expect(normalizeHost(host)).toBe(normal);
    expect(isPrivateHost(host)).toBe(true);
  });

  it.each([
    'cdn.dawn.com',
    'www.bbc.com.',
    'i.urdupoint.com',
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.0.1',
    '172.32.0.1',
    '169.253.1.1',
    '[2606:4700:4700::1111]',
    '[::ffff:808:808]',
    '[64:ff9b::808:808]',
    '[2002:808:808::]',
  ])('%s is public', (host) => {
    expect(isPrivateHost(host)).toBe(false);
  });

  it('refuses what does not parse, and non-http(s) URLs', () => {
    expect(isPrivateHost('a b')).toBe(true);
    expect(isPrivateUrl('file:///etc/passwd')).toBe(true);
    expect(isPrivateUrl('https://cdn.dawn.com:8443/a.jpg')).toBe(false);
    expect(isPrivateUrl('http://[::ffff:7f00:1]:8080/a.png')).toBe(true);
  });

  it.each(saafVectors('image-url').map((v) => [v.id, v.payload]))('tests/security %s: %s is refused', (_id, url) => {
    expect(isPrivateUrl(url)).toBe(true);
  });
});
