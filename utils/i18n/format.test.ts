import { describe, expect, it } from 'vitest';
import { formatBytes, languageName, serviceName } from './format';

describe('UI formatting', () => {
  it.each([
    [0, '0 B'],
    [1023, '1,023 B'],
    [1536, '1.5 KB'],
    [20 * 1024, '20 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [3.25 * 1024 ** 3, '3.3 GB'],
    [2048 * 1024 ** 3, '2,048 GB'],
  ])('%d bytes -> %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });

  it('names languages in the UI language, and the unknown source politely', () => {
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('en', 'ur')).toMatch(/\p{Script=Arabic}/u);
    expect(languageName('auto', 'en')).toBe('another language');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });

  it('names every translation service from the settings table', () => {
    expect(serviceName('en', 'google')).toContain('Google');
    expect(serviceName('ur', 'microsoft')).toContain('Azure');
  });
});
