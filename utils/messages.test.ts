import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages';

describe('parseMessage', () => {
  it.each([
    [{ type: 'open-reader', tabId: 3 }, { type: 'open-reader', tabId: 3 }],
    [{ type: 'open-reader', tabId: '3' }, null],
    [{ type: 'open-reader', tabId: -1 }, null],
    [{ type: 'open-reader' }, null],
    [{ type: 'nope', tabId: 1 }, null],
    ['open-reader', null],
    [null, null],
  ])('%j -> %j', (raw, parsed) => {
    expect(parseMessage(raw)).toEqual(parsed);
  });
});
