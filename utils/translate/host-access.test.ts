import { describe, expect, it } from 'vitest';
import { allCovered, patternCovers } from './host-access';

describe('host permission coverage', () => {
  it.each([
    ['<all_urls>', 'https://x.org/*', true],
    ['*://*/*', 'http://127.0.0.1/*', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*', true],
    ['http://127.0.0.1/*', 'https://127.0.0.1/*', false],
    ['http://localhost/*', 'http://127.0.0.1/*', false],
    ['https://*.example.org/*', 'https://lt.example.org/*', true],
    ['https://*.example.org/*', 'https://example.org/*', true],
    ['https://*.example.org/*', 'https://badexample.org/*', false],
    ['https://x.org/api/*', 'https://x.org/*', false],
  ])('%s covers %s: %s', (granted, requested, expected) => {
    expect(patternCovers(granted, requested)).toBe(expected);
  });

  it('needs every requested origin covered', () => {
    expect(allCovered(['http://127.0.0.1/*'], ['http://127.0.0.1/*', 'https://x.org/*'])).toBe(false);
    expect(allCovered(['http://127.0.0.1/*', 'https://x.org/*'], ['https://x.org/*'])).toBe(true);
    expect(allCovered([], [])).toBe(true);
  });
});
